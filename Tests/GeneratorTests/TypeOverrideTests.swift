import Foundation
import GeneratorCore
import Testing

/// Schema type overrides: the schema's file becomes a type alias to the user's type, which every use then is.
@Suite("Type overrides", .serialized)
struct TypeOverrideTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /prices/{id}:
            get:
              operationId: getPrice
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: min, in: query, schema: {$ref: '#/components/schemas/Money'}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Price'}
        components:
          schemas:
            Money: {type: string, format: decimal}
            Price:
              type: object
              required: [amount]
              properties:
                amount: {$ref: '#/components/schemas/Money'}
                history: {type: array, items: {$ref: '#/components/schemas/Money'}}
        """

    func generate(
        _ workspace: Workspace, overrides: [PackageGenerator.SchemaTypeOverride]
    ) throws -> (PackageGenerator.Outcome, URL) {
        let spec = workspace.path("shop.yaml")
        try Data(Self.spec.utf8).write(to: spec)
        let output = workspace.path("Shop")
        var options = PackageGenerator.Options(
            specPath: spec.path, outputDirectory: output.path, modes: [.models, .client])
        options.schemaTypeOverrides = overrides
        return (PackageGenerator.generate(options), output)
    }

    @Test func anOverriddenSchemaIsTheUsersTypeAndBuilds() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let override = PackageGenerator.SchemaTypeOverride(
            schema: "Money", type: "Foundation.Decimal", module: "Foundation", label: "type-overrides.schemas.Money",
            location: nil)
        let (outcome, output) = try generate(workspace, overrides: [override])
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let sources = output.appendingPathComponent("Sources/Shop")
        let money = try String(contentsOf: sources.appendingPathComponent("Money.swift"), encoding: .utf8)
        #expect(
            money.hasSuffix(
                "import Foundation\n\n/// The schema `Money`, generated as `Foundation.Decimal` (a type override).\npublic typealias Money = Foundation.Decimal\n"
            ))
        let price = try String(contentsOf: sources.appendingPathComponent("Price.swift"), encoding: .utf8)
        #expect(price.contains("public var amount: Money\n"))
        try workspace.buildWithoutWarnings(output, label: "type override")
    }

    @Test func anUnknownSchemaIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let override = PackageGenerator.SchemaTypeOverride(
            schema: "Mony", type: "Decimal", module: nil, label: "type-overrides.schemas.Mony", location: nil)
        let (outcome, output) = try generate(workspace, overrides: [override])
        #expect(!outcome.succeeded)
        #expect(
            outcome.diagnostics.map(\.description).contains(
                "error: type-overrides.schemas.Mony: the spec has no component schema 'Mony'; did you mean 'Money'?"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
