/// The strongly connected components of a directed graph, found by Tarjan's algorithm in one pass over the nodes
/// and edges (linear time), with an explicit stack instead of recursion so that a long chain of references cannot
/// exhaust the thread's stack.
enum StrongComponents {
    /// The component of each node: two nodes have the same number exactly when each reaches the other.
    /// - Parameter successors: For each node (`0..<successors.count`), the nodes its edges lead to.
    static func of(_ successors: [[Int]]) -> [Int] {
        let count = successors.count
        var order = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var component = Array(repeating: -1, count: count)
        var stack: [Int] = []
        var visited = 0
        var components = 0
        for root in 0..<count where order[root] < 0 {
            order[root] = visited
            low[root] = visited
            visited += 1
            stack.append(root)
            onStack[root] = true
            // Each entry is a node being visited and the index of the next edge of it to follow.
            var path: [(node: Int, edge: Int)] = [(root, 0)]
            while let top = path.last {
                let node = top.node
                if top.edge < successors[node].count {
                    path[path.count - 1].edge += 1
                    let target = successors[node][top.edge]
                    if order[target] < 0 {
                        order[target] = visited
                        low[target] = visited
                        visited += 1
                        stack.append(target)
                        onStack[target] = true
                        path.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], order[target])
                    }
                    continue
                }
                path.removeLast()
                if let parent = path.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == order[node] else { continue }
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = components
                    if member == node { break }
                }
                components += 1
            }
        }
        return component
    }
}
