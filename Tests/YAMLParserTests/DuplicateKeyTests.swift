import Testing
import YAMLParser

/// Duplicate mapping keys are errors located at the second key.
struct DuplicateKeyTests {
    @Test func yamlDuplicateKey() {
        #expect(
            errorText("x: 0\na: 1\nb:\n    a: 2\n  \na: 3\n")
                == "t.yaml:6:1: error: duplicate key 'a' in mapping (first at 2:1)")
    }

    @Test func yamlDuplicateKeyInFlowMapping() {
        #expect(errorText("{name: 1, name: 2}") == "t.yaml:1:11: error: duplicate key 'name' in mapping (first at 1:2)")
    }

    @Test func yamlDuplicateKeyInLargeMapping() {
        var text = ""
        for index in 0..<40 { text += "k\(index): \(index)\n" }
        text += "k17: again\n"
        #expect(errorText(text) == "t.yaml:41:1: error: duplicate key 'k17' in mapping (first at 18:1)")
    }

    @Test func mergedKeysAreNotDuplicates() throws {
        _ = try parse("b: &b {a: 1}\nm:\n  <<: *b\n  a: 2\n")
    }

    @Test func jsonDuplicateKey() {
        #expect(
            errorText("{\n  \"name\": 1,\n  \"name\": 2\n}", file: "t.json")
                == "t.json:3:3: error: duplicate key 'name' in mapping (first at 2:3)")
    }

    @Test func nonScalarKeyIsAnError() {
        #expect(errorText("? [a]\n: 1\n") == "t.yaml:1:3: error: expected a scalar mapping key, found a sequence")
        #expect(errorText("{{a: 1}: 2}") == "t.yaml:1:2: error: expected a scalar mapping key, found a mapping")
    }
}
