import OpenAPIModel
public import SpecDiagnostics

extension PackageGenerator {
    /// A component schema or a format generated as the user's own type.
    public struct TypeOverride: Sendable, Hashable {
        /// The component schema's key, or the format.
        public var name: String
        /// The Swift type, such as `Decimal` or `MoneyKit.Money`.
        public var type: String
        /// The module to import for it, besides Foundation.
        public var module: String?
        /// What the user wrote it as, for errors: `type-overrides.schemas.Money`, `--format-override decimal`.
        public var label: String
        /// Where it stands in the config file.
        public var location: SourceLocation?

        /// Creates an override.
        public init(name: String, type: String, module: String?, label: String, location: SourceLocation?) {
            self.name = name
            self.type = type
            self.module = module
            self.label = label
            self.location = location
        }
    }

    /// A component schema generated as the user's own type: its file becomes `public typealias Name = Type`, so
    /// that every use of the schema is the user's type.
    public typealias SchemaTypeOverride = TypeOverride

    /// Replaces the file of each overridden schema with a type alias to the user's type.
    /// - Parameter components: The spec's components before filtering (a schema the filters left out is skipped).
    /// - Throws: When a schema is not in the spec.
    static func applyTypeOverrides(
        _ overrides: [SchemaTypeOverride], to package: inout RenderedPackage, schemas components: OpenAPI.Components?,
        access: AccessLevel = .public
    ) throws(Diagnostic) {
        for override in overrides {
            let keys = Array(components?.schemas.keys ?? [])
            guard keys.contains(override.schema) else {
                var message = "\(override.label): the spec has no component schema '\(override.schema)'"
                if let suggestion = Suggestion.closest(to: override.schema, in: keys) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw .error(message, at: override.location)
            }
            guard let name = package.schemaTypeNames[override.schema] else { continue }
            let path = "Sources/\(package.moduleName)/\(name).swift"
            guard let generated = package.files[path] else { continue }
            var text = String(generated.prefix { $0 != "\n" }) + "\n\nimport Foundation\n"
            if let module = override.module, module != "Foundation" { text += "import \(module)\n" }
            text += "\n/// The schema `\(override.schema)`, generated as `\(override.type)` (a type override).\n"
            text += "\(access.rawValue) typealias \(name) = \(override.type)\n"
            package.files[path] = tidy(text)
        }
    }
}

extension PackageGenerator.TypeOverride {
    /// Creates the override of the component schema `schema`.
    public init(schema: String, type: String, module: String?, label: String, location: SourceLocation?) {
        self.init(name: schema, type: type, module: module, label: label, location: location)
    }

    /// The component schema's key, for a schema override.
    public var schema: String { name }
}
