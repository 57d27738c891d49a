import Testing
import YAMLParser

/// Deep nesting fails with a located error instead of overflowing the stack.
struct LimitTests {
    static let depth = 100_000

    @Test func deepYAMLFlowNesting() {
        let text = String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
        #expect(errorText(text) == "t.yaml:1:513: error: nesting deeper than 512 levels")
    }

    @Test func deepYAMLBlockNesting() {
        var text = ""
        text.reserveCapacity(Self.depth * 4)
        for _ in 0..<Self.depth { text += "- " }
        text += "x\n"
        #expect(errorText(text) == "t.yaml:1:1025: error: nesting deeper than 512 levels")
    }

    @Test func deepYAMLBlockMappingNesting() {
        var text = ""
        for level in 0..<600 { text += String(repeating: " ", count: level) + "k:\n" }
        #expect(errorText(text) == "t.yaml:513:513: error: nesting deeper than 512 levels")
    }

    @Test func deepJSONNesting() {
        let text = String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
        #expect(errorText(text, file: "t.json") == "t.json:1:513: error: nesting deeper than 512 levels")
        let objects = String(repeating: "{\"a\":", count: Self.depth)
        #expect(errorText(objects, file: "t.json") == "t.json:1:2561: error: nesting deeper than 512 levels")
    }

    @Test func nestingAtTheLimitParses() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try parse(text)
        _ = try parse(text, file: "t.json")
    }

    @Test func depthLimitCanBeLowered() {
        #expect(
            errorText("a:\n  b:\n    c: 1\n", limits: YAMLLimits(maxDepth: 2))
                == "t.yaml:3:5: error: nesting deeper than 2 levels")
    }

    @Test func fileSizeLimit() {
        #expect(
            errorText("a: 1\n", limits: YAMLLimits(maxFileBytes: 4))
                == "t.yaml:1:1: error: the file is too large (5 bytes; the limit is 4 bytes)")
    }
}
