import GeneratorCore
import Testing

/// The unified diffs `generate --check` prints: the same hunks as `diff -u`.
@Suite struct UnifiedDiffTests {
    static func numbers(_ values: [String]) -> String { values.joined(separator: "\n") + "\n" }

    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.make(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y") == "")
    }

    @Test func twoHunksLikeDiffU() {
        let old = Self.numbers((1...15).map(String.init))
        let new = Self.numbers(["1", "2", "3", "4", "five"] + (6...13).map(String.init) + ["15", "16"])
        #expect(
            UnifiedDiff.make(old: old, new: new, oldName: "a.txt", newName: "b.txt") == """
                --- a.txt
                +++ b.txt
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                @@ -11,5 +11,5 @@
                 11
                 12
                 13
                -14
                 15
                +16

                """)
    }

    @Test func addedAndRemovedFiles() {
        #expect(
            UnifiedDiff.make(old: "", new: "x\ny\n", oldName: "/dev/null", newName: "c.txt")
                == "--- /dev/null\n+++ c.txt\n@@ -0,0 +1,2 @@\n+x\n+y\n")
        #expect(
            UnifiedDiff.make(old: "x\ny\n", new: "", oldName: "c.txt", newName: "/dev/null")
                == "--- c.txt\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n")
    }

    @Test func nearbyChangesShareAHunk() {
        let old = Self.numbers((1...8).map(String.init))
        let new = Self.numbers(["1", "two", "3", "4", "5", "6", "seven", "8"])
        #expect(
            UnifiedDiff.make(old: old, new: new, oldName: "a", newName: "b") == """
                --- a
                +++ b
                @@ -1,8 +1,8 @@
                 1
                -2
                +two
                 3
                 4
                 5
                 6
                -7
                +seven
                 8

                """)
    }
}
