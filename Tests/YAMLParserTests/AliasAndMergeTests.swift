import Testing
import YAMLParser

/// Anchors, aliases and merge keys.
struct AliasAndMergeTests {
    @Test func aliasYieldsTheAnchoredNode() throws {
        let root = try parse("base: &b\n  type: string\nother: *b\nlist: [&s x, *s]\n")
        #expect(scalar(root, "other", "type")?.value == "string")
        #expect(scalar(root, "other", "type")?.location.line == 2)
        #expect(scalar(root, "list", 1)?.value == "x")
    }

    @Test func unknownAliasIsAnError() {
        #expect(errorText("a: 1\nb: *nope\n") == "t.yaml:2:4: error: unknown alias '*nope'")
    }

    @Test func selfReferenceIsAnUnknownAlias() {
        #expect(errorText("a: &x [1, *x]\n") == "t.yaml:1:11: error: unknown alias '*x'")
    }

    @Test func mergeKeyAddsMissingKeys() throws {
        let root = try parse("base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  b: 3\n  c: 4\n")
        let m = try #require(root.mapping?["m"]?.mapping)
        #expect(m.entries.map(\.key.value) == ["a", "b", "c"])
        #expect(scalar(root, "m", "b")?.value == "3")
        #expect(scalar(root, "m", "a")?.value == "1")
    }

    @Test func earlierMappingsInAMergeSequenceWin() throws {
        let root = try parse("x: &x {a: 1, b: 1}\ny: &y {b: 2, c: 2}\nm:\n  <<: [*x, *y]\n  d: 4\n")
        let m = try #require(root.mapping?["m"]?.mapping)
        #expect(m.entries.map(\.key.value) == ["a", "b", "c", "d"])
        #expect(scalar(root, "m", "b")?.value == "1")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try parse("m:\n  '<<': 1\n")
        #expect(scalar(root, "m", "<<")?.value == "1")
    }

    @Test func mergeOfAScalarIsAnError() {
        #expect(
            errorText("m:\n  <<: 1\n")
                == "t.yaml:2:7: error: expected a mapping or a sequence of mappings to merge with '<<', found an integer"
        )
    }

    @Test func billionLaughsFailsFastAtTheAlias() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            let items = Array(repeating: previous, count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(items)]\n"
        }
        #expect(
            errorText(text)
                == "t.yaml:5:45: error: alias expansion exceeds the limit of 100000 nodes (a 'billion laughs' document?)"
        )
    }

    @Test func aliasLimitCanBeLowered() {
        let limits = YAMLLimits(maxAliasExpansion: 5)
        #expect(
            errorText("a: &a [1, 2, 3]\nb: *a\n", limits: limits)
                == "t.yaml:2:4: error: alias expansion exceeds the limit of 5 nodes (a 'billion laughs' document?)")
    }
}
