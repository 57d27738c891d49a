import SpecDiagnostics
import Testing
import YAMLParser

/// Every node carries its 1-based line and column.
struct LocationTests {
    @Test func yamlKeysValuesAndItemsAreLocated() throws {
        let root = try parse("openapi: 3.1.0\ninfo:\n  title: \"Pets\"\ntags:\n  - a\n  -   b\n")
        let mapping = try #require(root.mapping)
        #expect(mapping.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(mapping.entries[0].key.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(mapping.entries[0].value.location == SourceLocation(file: "t.yaml", line: 1, column: 10))
        let info = try #require(mapping["info"])
        #expect(info.location == SourceLocation(file: "t.yaml", line: 3, column: 3))
        #expect(scalar(root, "info", "title")?.location == SourceLocation(file: "t.yaml", line: 3, column: 10))
        let tags = try #require(mapping["tags"])
        #expect(tags.location == SourceLocation(file: "t.yaml", line: 5, column: 3))
        #expect(scalar(root, "tags", 0)?.location == SourceLocation(file: "t.yaml", line: 5, column: 5))
        #expect(scalar(root, "tags", 1)?.location == SourceLocation(file: "t.yaml", line: 6, column: 7))
    }

    @Test func yamlColumnsCountUnicodeScalars() throws {
        let root = try parse("é🛠: x\n")
        #expect(scalar(root, "é🛠")?.location.column == 5)
    }

    @Test func jsonKeysValuesAndItemsAreLocated() throws {
        let root = try parse("{\n  \"a\": [1, \"é\", true],\n  \"🛠\": null\n}\n", file: "t.json")
        let mapping = try #require(root.mapping)
        #expect(mapping.location == SourceLocation(file: "t.json", line: 1, column: 1))
        #expect(mapping.entries[0].key.location == SourceLocation(file: "t.json", line: 2, column: 3))
        #expect(mapping["a"]?.location == SourceLocation(file: "t.json", line: 2, column: 8))
        #expect(scalar(root, "a", 1)?.location == SourceLocation(file: "t.json", line: 2, column: 12))
        #expect(scalar(root, "a", 2)?.location == SourceLocation(file: "t.json", line: 2, column: 17))
        #expect(scalar(root, "🛠")?.location == SourceLocation(file: "t.json", line: 3, column: 8))
    }

    @Test func jsonScalarsHaveTheirKinds() throws {
        let root = try parse("[\"s\", 1, -0, 1.5, 1e3, true, false, null]", file: "t.json")
        let sequence = try #require(root.sequence)
        let items = sequence.items.compactMap { $0.scalar }
        #expect(items.map(\.kind) == [.string, .integer, .integer, .float, .float, .boolean, .boolean, .null])
        #expect(items.map(\.value) == ["s", "1", "-0", "1.5", "1e3", "true", "false", "null"])
        #expect(items.map(\.style) == [.doubleQuoted, .plain, .plain, .plain, .plain, .plain, .plain, .plain])
    }
}
