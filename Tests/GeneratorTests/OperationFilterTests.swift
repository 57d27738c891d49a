import Foundation
import GeneratorCore
import OpenAPILoader
import OpenAPIModel
import SpecDiagnostics
import Testing
import YAMLParser

/// Filters keep the selected operations and what they reference, nothing else.
@Suite struct OperationFilterTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
          /pets/{id}:
            parameters:
              - $ref: '#/components/parameters/ID'
            get:
              operationId: getPet
              tags: [pets]
              responses:
                '200': {$ref: '#/components/responses/PetResponse'}
          /stores:
            get:
              operationId: listStores
              tags: [stores]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Store'}
        components:
          parameters:
            ID: {name: id, in: path, required: true, schema: {type: string}}
          responses:
            PetResponse:
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Animal'}
          schemas:
            Animal:
              oneOf: [{$ref: '#/components/schemas/Pet'}]
              discriminator: {propertyName: kind, mapping: {robot: RobotPet}}
            Pet:
              type: object
              properties:
                kind: {type: string}
                owner: {$ref: '#/components/schemas/Owner'}
            RobotPet: {type: object, properties: {kind: {type: string}}}
            Owner: {type: object, properties: {name: {type: string}}}
            Store: {type: object, properties: {name: {type: string}}}
            Unused: {type: object}
        """

    static func load() throws -> (OpenAPI.ResolvedSpec, [String: YAMLNode]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shop.yaml").path
        try Data(spec.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = SpecLoader.load(path: path)
        let spec = try #require(loaded.spec, "\(loaded.diagnostics)")
        return (spec, loaded.documents)
    }

    static func entry(_ value: String, _ label: String = "--include-tag") -> OperationFilter.Entry {
        .init(value: value, label: label, location: nil)
    }

    static func operations(_ spec: OpenAPI.ResolvedSpec) -> [String] {
        spec.document.paths.values.compactMap { spec.resolve($0) }.flatMap { $0.operations.values }
            .compactMap(\.operationId)
    }

    @Test func aTagKeepsItsOperationsAndWhatTheyReference() throws {
        let (spec, documents) = try Self.load()
        let filter = OperationFilter(include: .init(tags: [Self.entry("pets")]))
        let filtered = try filter.apply(to: spec, documents: documents)
        #expect(Self.operations(filtered) == ["listPets", "getPet"])
        #expect(Array(filtered.document.components.schemas.keys) == ["Animal", "Pet", "RobotPet", "Owner"])
        #expect(Array(filtered.document.components.parameters.keys) == ["ID"])
        #expect(Array(filtered.document.components.responses.keys) == ["PetResponse"])
        #expect(!filtered.references.schemas.keys.contains { $0.pointer.hasSuffix("/Store") })
    }

    @Test func pathsOperationIDsAndExclusions() throws {
        let (spec, documents) = try Self.load()
        let below = OperationFilter(include: .init(paths: [Self.entry("/pets/*", "--include-path")]))
        #expect(Self.operations(try below.apply(to: spec, documents: documents)) == ["listPets", "getPet"])
        let exact = OperationFilter(include: .init(paths: [Self.entry("/pets", "--include-path")]))
        let listOnly = try exact.apply(to: spec, documents: documents)
        #expect(Self.operations(listOnly) == ["listPets"])
        #expect(Array(listOnly.document.components.schemas.keys) == ["Pet", "Owner"])
        #expect(listOnly.document.components.parameters.isEmpty)
        let excluded = OperationFilter(exclude: .init(operationIDs: [Self.entry("getPet", "--exclude-operation-id")]))
        #expect(Self.operations(try excluded.apply(to: spec, documents: documents)) == ["listPets", "listStores"])
    }

    @Test func entriesThatMatchNothingAreLocatedErrors() throws {
        let (spec, documents) = try Self.load()
        let location = SourceLocation(file: "openapi-swift.yml", line: 4, column: 12)
        let filter = OperationFilter(
            include: .init(
                tags: [.init(value: "pest", label: "filters.include.tags[0]", location: location)],
                operationIDs: [Self.entry("nothing", "--include-operation-id")],
                paths: [Self.entry("/pet", "--include-path")]))
        #expect {
            _ = try filter.apply(to: spec, documents: documents)
        } throws: { error in
            (error as? FilterErrors)?.diagnostics.map(\.description) == [
                "openapi-swift.yml:4:12: error: filters.include.tags[0]: no operation has the tag 'pest'; did you "
                    + "mean 'pets'?",
                "error: --include-operation-id: no operation has the operationId 'nothing'",
                "error: --include-path: no operation is at '/pet'; did you mean '/pets'?",
            ]
        }
        let everything = OperationFilter(exclude: .init(paths: [Self.entry("/*", "--exclude-path")]))
        #expect {
            _ = try everything.apply(to: spec, documents: documents)
        } throws: { error in
            (error as? FilterErrors)?.diagnostics.map(\.description) == [
                "error: the filters leave no operation to generate"
            ]
        }
    }
}
