public import SpecDiagnostics

/// A value read from a config file, with where it was written (for errors about it).
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where the value stands in the config file.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// Who may use the generated declarations.
public enum AccessLevel: String, Sendable, Hashable, CaseIterable {
    /// Every declaration is `public`: the package is a library other packages depend on.
    case `public`
    /// `package`: only targets of the same package may use it.
    case package
    /// `internal`: only the generated module itself.
    case `internal`
}

/// The settings of an `openapi-swift.yml` file. Paths are already resolved against the file's folder.
///
/// Every setting is optional: a missing one keeps the command's default, and a command-line flag overrides it.
public struct GeneratorConfig: Sendable {
    /// The name `generate` and `config lint` look for in the current folder.
    public static let defaultFileName = "openapi-swift.yml"

    /// The config file, as the user named it (the file of every location).
    public var path: String
    /// The OpenAPI document.
    public var spec: Located<String>?
    /// The package folder to write.
    public var output: Located<String>?
    /// The SwiftPM package's name.
    public var packageName: Located<String>?
    /// The Swift module's name.
    public var moduleName: Located<String>?
    /// What to generate.
    public var modes: Located<[GenerationMode]>?
    /// The access level of the generated declarations.
    public var accessLevel: Located<AccessLevel>?
    /// A folder of template overrides.
    public var templates: Located<String>?
    /// How the spec is loaded.
    public var loader = LoaderSettings()
    /// Which operations are generated.
    public var filters = OperationFilters()
    /// Names chosen by the user instead of the derived ones.
    public var naming = NamingOverrides()
    /// Schemas and formats mapped to the user's own types.
    public var typeOverrides = TypeOverrides()

    /// Creates an empty config for the file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The `loader:` section.
    public struct LoaderSettings: Sendable {
        /// The folder external references must stay inside.
        public var root: Located<String>?
        /// Whether references may leave the root folder.
        public var allowOutsideRoot: Located<Bool>?
        /// Whether keys the OpenAPI model does not know are reported.
        public var unknownKeyWarnings: Located<Bool>?

        /// Creates empty settings.
        public init() {}
    }

    /// The `filters:` section: operations are kept when an `include` list matches them (or there is none) and no
    /// `exclude` list does.
    public struct OperationFilters: Sendable {
        /// What to keep.
        public var include = FilterSet()
        /// What to leave out.
        public var exclude = FilterSet()

        /// Creates filters that keep everything.
        public init() {}

        /// Whether no filter is set.
        public var isEmpty: Bool { include.isEmpty && exclude.isEmpty }
    }

    /// One `include` or `exclude` list.
    public struct FilterSet: Sendable {
        /// Tag names.
        public var tags: [Located<String>] = []
        /// `operationId`s.
        public var operationIDs: [Located<String>] = []
        /// Path templates, such as `/v1/customers` (a trailing `/*` also matches every path below it).
        public var paths: [Located<String>] = []

        /// Creates an empty list.
        public init() {}

        /// Whether the list names nothing.
        public var isEmpty: Bool { tags.isEmpty && operationIDs.isEmpty && paths.isEmpty }
    }

    /// The `naming:` section: original name → Swift name.
    public struct NamingOverrides: Sendable {
        /// Component schema name → type name.
        public var schemas: [Located<Rename>] = []
        /// `Schema.property` → property name.
        public var properties: [Located<Rename>] = []
        /// `operationId` → method name.
        public var operations: [Located<Rename>] = []

        /// Creates empty overrides.
        public init() {}

        /// Whether no name is overridden.
        public var isEmpty: Bool { schemas.isEmpty && properties.isEmpty && operations.isEmpty }
    }

    /// One renaming.
    public struct Rename: Sendable, Hashable {
        /// The name in the spec.
        public var original: String
        /// The Swift name to use.
        public var swiftName: String

        /// Creates a renaming.
        public init(original: String, swiftName: String) {
            self.original = original
            self.swiftName = swiftName
        }
    }

    /// The `type-overrides:` section.
    public struct TypeOverrides: Sendable {
        /// String format (such as `uuid` or `decimal`) → type.
        public var formats: [Located<TypeOverride>] = []
        /// Component schema name → type.
        public var schemas: [Located<TypeOverride>] = []

        /// Creates empty overrides.
        public init() {}

        /// Whether no type is overridden.
        public var isEmpty: Bool { formats.isEmpty && schemas.isEmpty }
    }

    /// A schema or format generated as a user type.
    public struct TypeOverride: Sendable, Hashable {
        /// The format or schema name.
        public var name: String
        /// The Swift type, such as `Decimal` or `MyKit.Money`.
        public var type: String
        /// The module to import for it, when it is not in the standard library or Foundation.
        public var module: String?

        /// Creates an override.
        public init(name: String, type: String, module: String?) {
            self.name = name
            self.type = type
            self.module = module
        }
    }
}
