import Foundation
import GeneratorCore
import Testing

/// Names chosen by the user (`naming:` in the config file, `--rename-*` options): a schema's type, a property and
/// an operation, used by the models, the client and the server, and checked against the spec.
@Suite("Naming overrides", .serialized)
struct NamingOverrideTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /pets/{id}:
            get:
              operationId: getPetById
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/pet_record'}
          /pets:
            get:
              operationId: fetchPet
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
            post:
              operationId: createPet
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        pet: {$ref: '#/components/schemas/pet_record'}
              responses:
                '204': {description: created}
        components:
          schemas:
            pet_record:
              type: object
              required: [pet_id]
              properties:
                pet_id: {type: integer}
                ID: {type: string}
                friend: {$ref: '#/components/schemas/Pet'}
                home: {type: object, properties: {city: {type: string}}}
            Pet:
              type: object
              properties:
                name: {type: string}
        """

    /// The renames of these tests, as the config file's `naming:` section labels them.
    static func naming(
        schemas: [(String, String)] = [("pet_record", "Pet")],
        properties: [(String, String)] = [("pet_record.pet_id", "id"), ("pet_record.home", "residence")],
        operations: [(String, String)] = [("getPetById", "fetchPet"), ("createPet", "addPet")]
    ) -> PackageGenerator.Naming {
        func renames(_ list: [(String, String)], _ key: String) -> [PackageGenerator.Rename] {
            list.map { .init(original: $0.0, swiftName: $0.1, label: "naming.\(key).\($0.0)", location: nil) }
        }
        return .init(
            schemas: renames(schemas, "schemas"), properties: renames(properties, "properties"),
            operations: renames(operations, "operations"))
    }

    func generate(
        _ workspace: Workspace, naming: PackageGenerator.Naming, modes: Set<GenerationMode> = [.models, .client]
    ) throws -> (PackageGenerator.Outcome, URL) {
        try workspace.generateShop(spec: Self.spec, modes: modes) { $0.naming = naming }
    }

    @Test func theChosenNamesWinEverywhere() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (outcome, output) = try generate(workspace, naming: Self.naming(), modes: [.models, .client, .server])
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        func file(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        let sources = "Sources/Shop/"
        // The schema: its type and file, its chosen property (coded under the JSON name) taking precedence over
        // the derived `id` of `ID`, which gets a number.
        let pet = try file(sources + "Pet.swift")
        #expect(pet.contains("public struct Pet: Swift.Codable"))
        #expect(pet.contains("    public var id: Swift.Int\n"))
        #expect(pet.contains("    public var id2: Swift.String?\n"))
        #expect(pet.contains("self.id = try container.decode(Swift.Int.self, forKey: \"pet_id\")"))
        #expect(pet.contains("try container.encode(self.id, forKey: \"pet_id\")"))
        #expect(pet.contains("self.id2 = try container.decodeIfPresent(Swift.String.self, forKey: \"ID\")"))
        #expect(pet.contains("public var friend: Pet2?\n"))
        // An inline type is named after the chosen property name.
        #expect(pet.contains("public var residence: Pet.Residence?\n"))
        #expect(pet.contains("public struct Residence: Swift.Codable"))
        #expect(pet.contains("try container.encodeIfPresent(self.residence, forKey: \"home\")"))
        // The schema whose derived name the chosen one took.
        #expect(try file(sources + "Pet2.swift").contains("public struct Pet2: Swift.Codable"))
        #expect(
            outcome.diagnostics.map(\.message).contains(
                "the schema 'Pet' is generated as 'Pet2' because 'Pet' is taken"))
        #expect(
            !FileManager.default.fileExists(atPath: output.appendingPathComponent(sources + "PetRecord.swift").path))
        // The operations: namespace, file and method; the derived `fetchPet` of another operation gets a number.
        let fetch = try file(sources + "Operations+FetchPet.swift")
        #expect(fetch.contains("public enum FetchPet: ClientOperation"))
        #expect(fetch.contains("case ok(Shop.Pet)"))
        #expect(
            fetch.contains(
                "public func fetchPet(\n        id: Swift.String\n    ) async throws -> Operations.FetchPet.Output"))
        let other = try file(sources + "Operations+FetchPet2.swift")
        #expect(other.contains("public func fetchPet2("))
        #expect(other.contains("case ok(Shop.Pet2)"))
        let add = try file(sources + "Operations+AddPet.swift")
        #expect(add.contains("public func addPet(\n        body: Shop.AddPetRequest? = nil"))
        #expect(try file(sources + "AddPetRequest.swift").contains("public var pet: Pet?\n"))
        // The server's handler protocol and routes.
        let handler = try file("Sources/ShopServer/ShopHandler.swift")
        #expect(handler.contains("func fetchPet(\n        _ input: Shop.Operations.FetchPet.Input"))
        #expect(handler.contains("func addPet(\n        _ input: Shop.Operations.AddPet.Input"))
        #expect(try file("Sources/ShopServer/Routes+FetchPet.swift").contains("Shop.Operations.FetchPet.Input("))
    }

    @Test func mistakesAreErrorsAtTheirEntries() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let naming = Self.naming(
            schemas: [
                ("pet_recrod", "Pet"), ("pet_record", "pet-record"), ("Pet", "class"), ("pet_record", "JSONValue"),
                ("pet_record", "Animal"), ("Pet", "animal"),
            ],
            properties: [("pet_record.pet_di", "id"), ("Pett.name", "title"), ("Pet.name", "init")],
            operations: [("getPetByID", "pet"), ("createPet", "send"), ("getPetById", "pet"), ("fetchPet", "Pet")])
        let (outcome, output) = try generate(workspace, naming: naming)
        #expect(!outcome.succeeded)
        #expect(
            outcome.diagnostics.map(\.description).joined(separator: "\n") == """
                error: naming.schemas.pet_recrod: the spec has no component schema 'pet_recrod'; did you mean \
                'pet_record'?
                error: naming.schemas.pet_record: 'pet-record' is not a Swift identifier (letters, digits and '_', \
                not starting with a digit)
                error: naming.schemas.Pet: 'class' is a Swift keyword, which a type name cannot be
                error: naming.schemas.pet_record: 'JSONValue' is a name generated code declares itself; choose another
                error: naming.schemas.Pet: 'animal' is also the name chosen for the schema 'pet_record'
                error: naming.properties.pet_record.pet_di: the schema 'pet_record' has no property 'pet_di'; did \
                you mean 'pet_id'?
                error: naming.properties.Pett.name: the spec has no component schema 'Pett'; did you mean 'Pet'?
                error: naming.properties.Pet.name: 'init' is a member name generated code uses itself; choose another
                error: naming.operations.getPetByID: the spec has no operation with the operationId 'getPetByID'; \
                did you mean 'getPetById'?
                error: naming.operations.createPet: 'send' is a name the client declares itself; choose another
                error: naming.operations.fetchPet: 'Pet' is also the name chosen for the operation 'getPetById'
                """)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func noChosenNameLeavesTheOutputAsItWas() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (outcome, output) = try generate(workspace, naming: PackageGenerator.Naming())
        try #require(outcome.succeeded)
        let sources = output.appendingPathComponent("Sources/Shop")
        for name in ["PetRecord.swift", "Pet.swift", "Operations+GetPetByID.swift", "CreatePetRequest.swift"] {
            #expect(FileManager.default.fileExists(atPath: sources.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func aRenamedPackageBuildsAndWorks() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (outcome, output) = try generate(workspace, naming: Self.naming())
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let main = """
            import Foundation
            import Shop

            struct Stub: ClientTransport {
                func send(_ request: ClientRequest) async throws -> ClientResponse {
                    let json = request.url.path == "/pets/7" ? #"{"pet_id": 7, "ID": "x"}"# : #"{"name": "Rex"}"#
                    return ClientResponse(
                        status: request.method == "POST" ? 204 : 200,
                        headers: [ClientHeader(name: "Content-Type", value: "application/json")],
                        body: .data(Data(json.utf8)))
                }
            }

            let client = ShopClient(serverURL: URL(string: "https://example.com")!, transport: Stub())
            do {
                let pet: Pet = try await client.fetchPet(id: "7").body()
                check("renamed schema and property decode", pet.id == 7 && pet.id2 == "x", "\\(pet)")
                let other: Pet2 = try await client.fetchPet2().body()
                check("the displaced schema decodes", other.name == "Rex", "\\(other)")
                let added = try await client.addPet(body: AddPetRequest(pet: Pet(id: 3, friend: other)))
                check("renamed operation with a body", added.status == 204, "\\(added)")
                let input = Operations.FetchPet.Input(id: "7")
                check("renamed namespace", input.id == "7")
                let pet3 = Pet(id: 3, residence: Pet.Residence(city: "Oslo"))
                let json = String(decoding: try JSONEncoder().encode(pet3), as: UTF8.self)
                let decoded = try JSONDecoder().decode(Pet.self, from: Data(json.utf8))
                check("the coding keys are the JSON names", json.contains(#""pet_id":3"#) && decoded == pet3, json)
            } catch {
                check("renamed calls", false, "\\(error)")
            }

            """
        try await GeneratedRunner.expectCleanRun(
            name: "NamingRunner", package: output, module: "Shop", main: main, expectedCount: 5)
    }
}
