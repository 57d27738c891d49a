import OpenAPILoader
import OpenAPIModel
import Testing

/// Objects the spec wants inline but that bundled specs (DigitalOcean's) write as a `$ref` to another file.
struct InlineReferenceTests {
    @Test("an operation written as a $ref is read from its target")
    func operationReference() throws {
        let folder = try TemporarySpecFolder(texts: [
            (
                "api.yaml",
                header30 + "paths:\n  /pets:\n    get:\n      $ref: 'operations/list.yaml'\n"
            ),
            (
                "operations/list.yaml",
                "operationId: listPets\nsummary: List pets\nresponses:\n  '200':\n    description: ok\n"
            ),
        ])
        defer { folder.remove() }
        let result = folder.load("api.yaml")
        #expect(result.diagnostics.map(folder.relative) == [])
        let operation = try #require(result.spec?.document.paths["/pets"]?.value?.operations[.get])
        #expect(operation.operationId == "listPets")
        #expect(operation.summary == "List pets")
        #expect(operation.responses[.status(200)]?.value?.description == "ok")
    }

    @Test("a tag description written as a $ref reads the string it points to")
    func describedStringReference() throws {
        let folder = try TemporarySpecFolder(texts: [
            (
                "api.yaml",
                header30 + "paths: {}\ntags:\n  - name: Intro\n    description:\n      $ref: 'text.yaml#/intro'\n"
            ),
            ("text.yaml", "intro: Welcome to the API.\n"),
        ])
        defer { folder.remove() }
        let result = folder.load("api.yaml")
        #expect(result.diagnostics.map(folder.relative) == [])
        #expect(result.spec?.document.tags.first?.description == "Welcome to the API.")
    }
}
