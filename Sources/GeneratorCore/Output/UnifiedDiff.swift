/// Unified diffs of text files, for `generate --check`.
public enum UnifiedDiff {
    /// The unified diff (3 lines of context) that turns `old` into `new`; empty when they are equal.
    ///
    /// Common leading and trailing lines are matched first; the lines between are aligned by their longest common
    /// subsequence when there are at most 4 million pairs of them, and shown as replaced as a whole otherwise.
    public static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old)
        let b = lines(new)
        let edits = script(a, b)
        var text = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(edits, context: context) {
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0
            let newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .equal: text += " " + a[edit.oldIndex] + "\n"
                case .delete: text += "-" + a[edit.oldIndex] + "\n"
                case .insert: text += "+" + b[edit.newIndex] + "\n"
                }
            }
        }
        return text
    }

    /// One line of the edit script, with the positions it stands at in both files.
    struct Edit {
        enum Kind { case equal, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `start,count` in 1-based lines (`start` is the line before an empty range, as diff prints it).
    static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// The edit script from `a` to `b`.
    static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var edits = (0..<prefix).map { Edit(kind: .equal, oldIndex: $0, newIndex: $0) }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        for var edit in middle(middleA, middleB) {
            edit.oldIndex += prefix
            edit.newIndex += prefix
            edits.append(edit)
        }
        for offset in 0..<suffix {
            edits.append(Edit(kind: .equal, oldIndex: a.count - suffix + offset, newIndex: b.count - suffix + offset))
        }
        return edits
    }

    /// The edit script between two blocks that differ at both ends, by longest common subsequence.
    static func middle(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count
        let m = b.count
        guard n > 0, m > 0, n * m <= 4_000_000 else {
            return (0..<n).map { Edit(kind: .delete, oldIndex: $0, newIndex: 0) }
                + (0..<m).map { Edit(kind: .insert, oldIndex: n, newIndex: $0) }
        }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] =
                    a[i] == b[j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(Edit(kind: .equal, oldIndex: i, newIndex: j))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
                edits.append(Edit(kind: .delete, oldIndex: i, newIndex: j))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, oldIndex: i, newIndex: j))
                j += 1
            }
        }
        return edits
    }

    /// The changes with `context` equal lines around each, merged where their contexts touch.
    static func hunks(_ edits: [Edit], context: Int) -> [[Edit]] {
        let changes = edits.indices.filter { edits[$0].kind != .equal }
        var hunks: [[Edit]] = []
        var start: Int?
        var end = 0
        for index in changes {
            if let current = start, index - end <= 2 * context + 1 {
                end = index
                start = current
            } else {
                if let current = start {
                    hunks.append(Array(edits[max(0, current - context)...min(edits.count - 1, end + context)]))
                }
                start = index
                end = index
            }
        }
        if let current = start {
            hunks.append(Array(edits[max(0, current - context)...min(edits.count - 1, end + context)]))
        }
        return hunks
    }
}
