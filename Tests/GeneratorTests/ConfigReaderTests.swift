import Foundation
import GeneratorCore
import Testing

/// `openapi-swift.yml` reading: every kind of mistake gets a located message with its key path.
@Suite struct ConfigReaderTests {
    /// A fresh folder with a spec file, for configs whose `spec` must exist.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try Data("openapi: 3.0.0\n".utf8).write(to: url.appendingPathComponent("specs/api.yaml"))
        return url
    }

    /// The one-line diagnostics of reading `text` as `<folder>/openapi-swift.yml`, with the folder cut off.
    static func messages(_ text: String) throws -> [String] {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("openapi-swift.yml").path
        let result = ConfigReader.read(text: text, path: path)
        return result.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    @Test func readsEverySetting() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            spec: specs/api.yaml
            output: Out/API
            package-name: My API
            module-name: MyAPI
            modes: [models, client]
            access-level: public
            loader:
              root: specs
              allow-outside-root: true
              unknown-key-warnings: false
            filters:
              include: { tags: [pets], operation-ids: [listPets], paths: [/pets] }
              exclude: { tags: [internal] }
            naming:
              schemas: { pet_record: Pet }
              properties: { Pet.pet_id: id }
              operations: { getPet: pet }
            type-overrides:
              formats: { decimal: Decimal }
              schemas: { Money: { type: MoneyKit.Money, import: MoneyKit } }
            """
        let path = folder.appendingPathComponent("openapi-swift.yml").path
        let result = ConfigReader.read(text: text, path: path)
        #expect(result.diagnostics.isEmpty)
        let config = try #require(result.config)
        #expect(config.spec?.value == folder.path + "/specs/api.yaml")
        #expect(config.output?.value == folder.path + "/Out/API")
        #expect(config.packageName?.value == "My API")
        #expect(config.moduleName?.value == "MyAPI")
        #expect(config.modes?.value == [.models, .client])
        #expect(config.accessLevel?.value == .public)
        #expect(config.loader.root?.value == folder.path + "/specs")
        #expect(config.loader.allowOutsideRoot?.value == true)
        #expect(config.loader.unknownKeyWarnings?.value == false)
        #expect(config.filters.include.tags.map(\.value) == ["pets"])
        #expect(config.filters.include.operationIDs.map(\.value) == ["listPets"])
        #expect(config.filters.include.paths.map(\.value) == ["/pets"])
        #expect(config.filters.exclude.tags.map(\.value) == ["internal"])
        #expect(config.naming.properties.map(\.value) == [.init(original: "Pet.pet_id", swiftName: "id")])
        #expect(config.typeOverrides.formats.map(\.value) == [.init(name: "decimal", type: "Decimal", module: nil)])
        #expect(
            config.typeOverrides.schemas.map(\.value) == [
                .init(name: "Money", type: "MoneyKit.Money", module: "MoneyKit")
            ])
        #expect(
            config.typeOverrides.formatOverrides.map(\.label) == ["type-overrides.formats.decimal"])
        #expect(
            config.filters.operationFilter.include.tags.map(\.label) == ["filters.include.tags[0]"])
    }

    @Test func relativeConfigPathKeepsPathsRelative() {
        let result = ConfigReader.read(
            text: "spec: api.yaml\noutput: Out\n", path: "proj/openapi-swift.yml", checkPaths: false)
        #expect(result.config?.spec?.value == "proj/api.yaml")
        #expect(result.config?.output?.value == "proj/Out")
        let local = ConfigReader.read(text: "output: /tmp/x\n", path: "openapi-swift.yml", checkPaths: false)
        #expect(local.config?.output?.value == "/tmp/x")
    }

    @Test(arguments: [
        (
            "spec: specs/api.yaml\noutptu: Out\n",
            "openapi-swift.yml:2:1: error: unknown key 'outptu'; did you mean 'output'?"
        ),
        (
            "spec: specs/api.yaml\nloader:\n  rot: specs\n",
            "openapi-swift.yml:3:3: error: loader: unknown key 'rot'; did you mean 'root'?"
        ),
        (
            "spec: specs/api.yaml\ncolour: red\n",
            "openapi-swift.yml:2:1: error: unknown key 'colour'; expected one of: spec, output, package-name, "
                + "module-name, modes, access-level, templates, loader, filters, naming, type-overrides"
        ),
        (
            "spec: specs/api.yaml\nmodes:\n  - models\n  - client\n  - clinet\n",
            "openapi-swift.yml:5:5: error: modes[2]: unknown mode 'clinet'; did you mean 'client'?"
        ),
        (
            "spec: specs/api.yaml\nmodes: client\n",
            "openapi-swift.yml:2:8: error: modes: expected a sequence of modes, found a string 'client'"
        ),
        (
            "spec: specs/api.yaml\nmodes: [models, models]\n",
            "openapi-swift.yml:2:17: error: modes[1]: the mode 'models' is listed twice"
        ),
        (
            "spec: [a.yaml]\n",
            "openapi-swift.yml:1:7: error: spec: expected a string, found a sequence"
        ),
        (
            "spec: specs/api.yaml\nloader:\n  allow-outside-root: maybe\n",
            "openapi-swift.yml:3:23: error: loader.allow-outside-root: expected true or false, found a string 'maybe'"
        ),
        (
            "spec: specs/missing.yaml\n",
            "openapi-swift.yml:1:7: error: spec: no file at 'specs/missing.yaml' (relative to the config file's folder)"
        ),
        (
            "spec: specs\n",
            "openapi-swift.yml:1:7: error: spec: 'specs' is not a file"
        ),
        (
            "spec: specs/api.yaml\ntemplates: Templates\n",
            "openapi-swift.yml:2:12: error: templates: no folder at 'Templates' (relative to the config file's folder)"
        ),
        (
            "spec: specs/api.yaml\naccess-level: publc\n",
            "openapi-swift.yml:2:15: error: access-level: unknown access level 'publc'; did you mean 'public'?"
        ),
        (
            "spec: specs/api.yaml\nmodule-name: 2fast\n",
            "openapi-swift.yml:2:14: error: module-name: '2fast' is not a Swift identifier (letters, digits and '_', "
                + "not starting with a digit)"
        ),
        (
            "spec: specs/api.yaml\nfilters:\n  include:\n    paths: [v1/customers]\n",
            "openapi-swift.yml:4:13: error: filters.include.paths: expected a path starting with '/', found "
                + "'v1/customers'"
        ),
        (
            "spec: specs/api.yaml\nfilters:\n  include:\n    tag: [pets]\n",
            "openapi-swift.yml:4:5: error: filters.include: unknown key 'tag'; did you mean 'tags'?"
        ),
        (
            "spec: specs/api.yaml\nnaming:\n  properties:\n    pet_id: id\n",
            "openapi-swift.yml:4:5: error: naming.properties.pet_id: expected 'Schema.property', found 'pet_id'"
        ),
        (
            "spec: specs/api.yaml\ntype-overrides:\n  schemas:\n    Money: { import: Foundation }\n",
            "openapi-swift.yml:4:12: error: type-overrides.schemas.Money: missing key 'type'"
        ),
        (
            "spec: specs/api.yaml\ntype-overrides:\n  formats:\n    decimal: Big Decimal\n",
            "openapi-swift.yml:4:14: error: type-overrides.formats.decimal: expected a Swift type name such as "
                + "'Decimal', found 'Big Decimal'"
        ),
        (
            "- spec\n",
            "openapi-swift.yml:1:1: error: expected a mapping, found a sequence"
        ),
    ])
    func mistakeIsLocated(_ text: String, _ message: String) throws {
        #expect(try Self.messages(text) == [message])
    }

    @Test func everyMistakeIsReported() throws {
        let messages = try Self.messages("spec: specs/api.yaml\nmodes: [sever]\noutpt: x\n")
        #expect(messages.count == 2)
    }

    @Test func syntaxErrorIsLocated() throws {
        let messages = try Self.messages("spec: [unclosed\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("openapi-swift.yml:") == true)
    }

    @Test func formatOverrideTypesAreSwiftTypeExpressions() throws {
        let result = ConfigReader.read(
            text: "type-overrides:\n  formats:\n    money: Box<Money>\n    uuid: 'not a type'\n", path: "c.yml",
            checkPaths: false)
        #expect(
            result.diagnostics.map(\.description) == [
                "c.yml:4:11: error: type-overrides.formats.uuid: expected a Swift type name such as 'Decimal', "
                    + "found 'not a type'"
            ])
        #expect(PackageGenerator.isTypeExpression("Swift.Dictionary<Swift.String, MoneyKit.Money>"))
        #expect(!PackageGenerator.isTypeExpression("Money<"))
        #expect(!PackageGenerator.isTypeExpression("[Money]"))
    }

    @Test func suggestions() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("moduel", "module") == 1)
        #expect(Suggestion.closest(to: "sever", in: ["models", "server"]) == "server")
        #expect(Suggestion.closest(to: "zzz", in: ["models", "client"]) == nil)
    }

    @Test func templateReadsBackWithoutMistakes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = GeneratorConfig.template(spec: "specs/api.yaml", moduleName: "PetStore")
        let result = ConfigReader.read(text: text, path: folder.appendingPathComponent("openapi-swift.yml").path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.config?.output?.value == folder.path + "/Generated/PetStore")
        #expect(result.config?.modes?.value == [.models, .client])
    }
}
