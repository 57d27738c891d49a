import SpecDiagnostics
import Testing
import YAMLParser

/// The parser's index of `$ref`s, which spares the loader a second walk over the tree.
struct ReferenceIndexTests {
    @Test("every string $ref is indexed with the keys leading to it, in YAML and JSON alike")
    func pathsOfReferences() throws {
        let yaml = """
            paths:
              /pets:
                get:
                  parameters:
                    - $ref: '#/components/parameters/Limit'
            components:
              schemas:
                Pet:
                  $ref: 'pet.yaml'
                Odd:
                  $ref: 3
            """
        let json = """
            {"paths": {"/pets": {"get": {"parameters": [{"$ref": "#/components/parameters/Limit"}]}}},
             "components": {"schemas": {"Pet": {"$ref": "pet.yaml"}, "Odd": {"$ref": 3}}}}
            """
        for (text, file) in [(yaml, "api.yaml"), (json, "api.json")] {
            let parsed = try DocumentParser.parseDocument(bytes: Array(text.utf8), file: file)
            #expect(parsed.references.map(\.value.value) == ["#/components/parameters/Limit", "pet.yaml"])
            #expect(
                parsed.references.map(\.path) == [
                    ["paths", "/pets", "get", "parameters", nil], ["components", "schemas", "Pet"],
                ])
        }
    }

    @Test("the index points at the $ref value's location")
    func locations() throws {
        let parsed = try DocumentParser.parseDocument(bytes: Array("a:\n  $ref: 'x.yaml'\n".utf8), file: "t.yaml")
        #expect(parsed.references.first?.value.location == SourceLocation(file: "t.yaml", line: 2, column: 9))
    }
}
