import Testing

@testable import Translator

/// `StrongComponents`, which finds the properties that close a cycle of stored structs (and so are boxed).
@Suite struct StrongComponentsTests {
    /// Whether two nodes are in one component, for each pair.
    func together(_ successors: [[Int]]) -> [[Bool]] {
        let component = StrongComponents.of(successors)
        return component.map { a in component.map { b in a == b } }
    }

    /// Each node reaches the others by a plain search: the definition the components must agree with.
    func reachable(_ successors: [[Int]]) -> [[Bool]] {
        successors.indices.map { start in
            var seen = Set([start])
            var stack = [start]
            while let node = stack.popLast() {
                for next in successors[node] where seen.insert(next).inserted { stack.append(next) }
            }
            return successors.indices.map { seen.contains($0) }
        }
    }

    @Test func cyclesChainsAndSelfLoops() {
        // 0 → 1 → 2 → 0 is a cycle; 3 → 3 loops on itself; 4 → 0 only leads into the cycle; 5 stands alone.
        let successors = [[1], [2], [0], [3], [0], []]
        let component = StrongComponents.of(successors)
        #expect(component[0] == component[1] && component[1] == component[2])
        #expect(Set([component[0], component[3], component[4], component[5]]).count == 4)
    }

    @Test func agreesWithReachability() {
        // A deterministic pseudo-random graph: two nodes share a component exactly when each reaches the other.
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let count = 60
        let successors = (0..<count).map { _ in (0..<next(3)).map { _ in next(count) } }
        let reach = reachable(successors)
        let same = together(successors)
        for a in 0..<count {
            for b in 0..<count { #expect(same[a][b] == (reach[a][b] && reach[b][a]), "\(a) \(b)") }
        }
    }

    @Test func aLongChainDoesNotRecurse() {
        // 200,000 nodes in one cycle: a recursive search would exhaust the stack.
        let count = 200_000
        let successors = (0..<count).map { [($0 + 1) % count] }
        #expect(Set(StrongComponents.of(successors)).count == 1)
    }
}
