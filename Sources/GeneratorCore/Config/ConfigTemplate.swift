import Foundation

extension GeneratorConfig {
    /// The commented starting file `openapi-swift config init` writes.
    /// - Parameters:
    ///   - spec: The spec's path relative to the config file's folder.
    ///   - moduleName: The module name derived from the spec, when it could be read.
    public static func template(spec: String, moduleName: String?) -> String {
        let modes = GenerationMode.allCases.map(\.rawValue).joined(separator: ", ")
        let levels = AccessLevel.allCases.map(\.rawValue).joined(separator: ", ")
        let module = moduleName ?? "API"
        return """
            # openapi-swift.yml: how `openapi-swift generate` writes the package. Paths are relative to this file.
            # Check it with `openapi-swift config lint`. Every setting is also a flag of `generate`; flags win.

            # The OpenAPI document (YAML or JSON; OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0).
            spec: \(yamlString(spec))

            # The package folder to write. Files openapi-swift did not generate are never touched.
            output: \(yamlString("Generated/" + module))

            # The SwiftPM package's and the Swift module's names (default: the spec's title in UpperCamelCase).
            # package-name: \(module)
            # module-name: \(module)

            # What to generate (\(modes)). The client includes the models.
            modes:
              - models
              - client

            # The access level of the generated declarations (\(levels)); internal allows the models and client only.
            access-level: public

            # A folder of .mustache files that override or extend the built-in templates.
            # templates: Templates

            # How the spec is loaded.
            # loader:
            #   root: .                      # the folder external references must stay inside
            #   allow-outside-root: false
            #   unknown-key-warnings: true

            # Keep only some operations, and whatever they reference.
            # filters:
            #   include:
            #     tags: [pets]
            #     operation-ids: [listPets]
            #     paths: [/pets]
            #   exclude:
            #     tags: [internal]

            # Swift names instead of the derived ones: schema → type name, Schema.property → property name, and
            # operationId → method name (its Operations.<Name> type is the name with a capital first letter).
            # naming:
            #   schemas: { pet_record: Pet }
            #   properties: { Pet.pet_id: id }
            #   operations: { getPetById: pet }

            # Formats and schemas as your own types: every schema with a format overridden here is typed as the
            # type (Codable & Hashable & Sendable, encoding as one value of the schema's JSON type); each schema
            # overridden here has its file become a type alias.
            # type-overrides:
            #   formats:
            #     decimal: Decimal
            #   schemas:
            #     Money: { type: Decimal, import: Foundation }

            """
    }

    /// `text` as a YAML scalar: plain when that reads back the same, double-quoted otherwise.
    static func yamlString(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "_-./".unicodeScalars.contains($0)
        }
        if plain, !text.isEmpty, text.first != "-" { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
