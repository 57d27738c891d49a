public import OpenAPIModel
public import SpecDiagnostics
import Translator

extension PackageGenerator {
    /// A name chosen by the user instead of the derived one: a component schema's type name, a property's name
    /// (`Schema.property`) or an operation's name (its `operationId`).
    public struct Rename: Sendable, Hashable {
        /// The name in the spec: a schema key, `Schema.property` or an `operationId`.
        public var original: String
        /// The Swift name to use.
        public var swiftName: String
        /// What the user wrote it as, for errors: `naming.schemas.pet_record` or `--rename-schema pet_record`.
        public var label: String
        /// Where it stands in the config file.
        public var location: SourceLocation?

        /// Creates a renaming.
        public init(original: String, swiftName: String, label: String, location: SourceLocation?) {
            self.original = original
            self.swiftName = swiftName
            self.label = label
            self.location = location
        }
    }

    /// The names chosen by the user, by kind.
    public struct Naming: Sendable, Hashable {
        /// Component schema → type name.
        public var schemas: [Rename]
        /// `Schema.property` → property name.
        public var properties: [Rename]
        /// `operationId` → method name (its `Operations.<Name>` namespace is the name with a capital first letter).
        public var operations: [Rename]

        /// Creates the names; none by default.
        public init(schemas: [Rename] = [], properties: [Rename] = [], operations: [Rename] = []) {
            self.schemas = schemas
            self.properties = properties
            self.operations = operations
        }

        /// Whether no name is chosen.
        public var isEmpty: Bool { schemas.isEmpty && properties.isEmpty && operations.isEmpty }
    }

    /// The mistakes in the chosen names (see `nameOverrides(_:spec:moduleName:modes:)`), for `config lint`.
    public static func namingMistakes(
        _ naming: Naming, spec: OpenAPI.ResolvedSpec, moduleName: String?, modes: Set<GenerationMode>
    ) -> [Diagnostic] {
        switch nameOverrides(naming, spec: spec, moduleName: moduleName, modes: modes) {
        case .success: []
        case .failure(let errors): errors.diagnostics
        }
    }

    /// Checks the chosen names against `spec` (before filtering) and the names generated code takes, and returns
    /// them in the form the translators read.
    /// - Parameters:
    ///   - naming: The chosen names.
    ///   - spec: The spec as loaded, before filters.
    ///   - moduleName: The module's name (derived from the spec when nil), which no type may take.
    ///   - modes: What is generated; with a client, no type may take the client type's name either.
    /// - Returns: The overrides, or an error per mistake (each located at its entry): an original the spec does not
    ///   have (with a suggestion), a name that is not a Swift identifier or that generated code takes, and two
    ///   entries choosing the same name.
    static func nameOverrides(
        _ naming: Naming, spec: OpenAPI.ResolvedSpec, moduleName: String?, modes: Set<GenerationMode>
    ) -> Result<NameOverrides, NamingErrors> {
        let moduleName = moduleName ?? defaultModuleName(for: spec)
        let clientName = modes == [.models] ? nil : ClientTranslator.defaultClientName(moduleName: moduleName)
        var checker = NamingChecker(spec: spec)
        var overrides = NameOverrides()
        let schemaKeys = Array(spec.document.components.schemas.keys)
        let takenTypes = ModelTranslator.supportTypeNames.union(SwiftName.reservedTypeNames)
        var chosenTypes: [String: String] = [:]
        for rename in naming.schemas {
            guard checker.exists(rename, in: schemaKeys, kind: "component schema"),
                checker.isIdentifier(rename, allowingKeywords: false)
            else { continue }
            let name = rename.swiftName
            // Type names are compared ignoring case, as their files are on macOS.
            func same(_ other: String?) -> Bool { other?.lowercased() == name.lowercased() }
            if takenTypes.contains(where: same) || same(moduleName) || same(clientName) {
                var what = "a name generated code declares itself"
                if same(moduleName) { what = "the module's name" }
                if same(clientName) { what = "the client's name" }
                checker.fail(rename, "'\(name)' is \(what); choose another")
                continue
            }
            if let other = chosenTypes[name.lowercased()] {
                checker.fail(rename, "'\(name)' is also the name chosen for the schema '\(other)'")
                continue
            }
            chosenTypes[name.lowercased()] = rename.original
            overrides.schemas[rename.original] = name
        }
        for rename in naming.properties {
            guard let (schema, property) = checker.property(rename, schemaKeys: schemaKeys),
                checker.isIdentifier(rename, allowingKeywords: true)
            else { continue }
            let name = rename.swiftName
            if ModelTranslator.reservedMemberNames.contains(name) {
                checker.fail(rename, "'\(name)' is a member name generated code uses itself; choose another")
                continue
            }
            var names = overrides.properties[schema] ?? [:]
            if let other = names.first(where: { $0.value == name })?.key {
                checker.fail(rename, "'\(name)' is also the name chosen for '\(schema).\(other)'")
                continue
            }
            names[property] = name
            overrides.properties[schema] = names
        }
        let operationIDs = spec.document.paths.values.flatMap { item in
            (spec.resolve(item).map { Array($0.operations.values) } ?? []).compactMap(\.operationId)
        }
        var chosenOperations: [String: String] = [:]
        for rename in naming.operations {
            guard checker.exists(rename, in: operationIDs, kind: "operation with the operationId"),
                checker.isIdentifier(rename, allowingKeywords: true)
            else { continue }
            let name = rename.swiftName
            let typeName = NameOverrides.typeName(ofMember: name)
            if ClientTranslator.reservedMethodNames.contains(name) || typeName == "Operations" {
                checker.fail(rename, "'\(name)' is a name the client declares itself; choose another")
                continue
            }
            if let other = chosenOperations[typeName.lowercased()] {
                checker.fail(rename, "'\(name)' is also the name chosen for the operation '\(other)'")
                continue
            }
            chosenOperations[typeName.lowercased()] = rename.original
            overrides.operations[rename.original] = name
        }
        return checker.errors.isEmpty ? .success(overrides) : .failure(NamingErrors(diagnostics: checker.errors))
    }
}

/// The mistakes in the chosen names, one error each.
struct NamingErrors: Error, Sendable {
    /// The errors, in the order of the entries.
    var diagnostics: [Diagnostic]
}

/// Checks one chosen name at a time, collecting errors.
private struct NamingChecker {
    let spec: OpenAPI.ResolvedSpec
    var errors: [Diagnostic] = []

    mutating func fail(_ rename: PackageGenerator.Rename, _ message: String) {
        errors.append(.error("\(rename.label): \(message)", at: rename.location))
    }

    /// Whether `rename.original` is one of `candidates`; an error with a suggestion when not.
    mutating func exists(_ rename: PackageGenerator.Rename, in candidates: [String], kind: String) -> Bool {
        guard !candidates.contains(rename.original) else { return true }
        fail(rename, "the spec has no \(kind) '\(rename.original)'" + suggestion(rename.original, candidates))
        return false
    }

    /// The schema and property of a `Schema.property` original (a schema name may hold dots: the longest schema
    /// key that leaves a property is taken); an error with a suggestion when there is none.
    mutating func property(
        _ rename: PackageGenerator.Rename, schemaKeys: [String]
    ) -> (schema: String, property: String)? {
        let original = rename.original
        let splits = original.indices.filter { original[$0] == "." }.reversed().map { dot in
            (String(original[..<dot]), String(original[original.index(after: dot)...]))
        }
        guard let (schema, property) = splits.first(where: { spec.document.components.schemas[$0.0] != nil }) else {
            let schema = splits.last?.0 ?? original
            fail(rename, "the spec has no component schema '\(schema)'" + suggestion(schema, schemaKeys))
            return nil
        }
        let properties = propertyNames(of: spec.document.components.schemas[schema])
        guard properties.contains(property) else {
            fail(
                rename,
                "the schema '\(schema)' has no property '\(property)'" + suggestion(property, properties))
            return nil
        }
        return (schema, property)
    }

    /// Whether `rename.swiftName` is an identifier (and not a keyword, unless `allowingKeywords`: members can be
    /// written in backticks, types cannot); an error when not.
    mutating func isIdentifier(_ rename: PackageGenerator.Rename, allowingKeywords: Bool) -> Bool {
        let name = rename.swiftName
        guard PackageGenerator.isIdentifier(name), name != "_" else {
            fail(rename, "'\(name)' is not a Swift identifier (letters, digits and '_', not starting with a digit)")
            return false
        }
        guard allowingKeywords || !SwiftName.isKeyword(name) else {
            fail(rename, "'\(name)' is a Swift keyword, which a type name cannot be")
            return false
        }
        return true
    }

    /// The properties a schema's struct has: its own and those of its `allOf` branches, followed through `$ref`s.
    func propertyNames(of schema: OpenAPI.Schema?, depth: Int = 0) -> [String] {
        guard let schema, depth < 32 else { return [] }
        var names = Array(schema.properties.keys)
        if let ref = schema.ref { names += propertyNames(of: spec.schema(for: ref), depth: depth + 1) }
        for branch in schema.allOf ?? [] { names += propertyNames(of: branch, depth: depth + 1) }
        return names
    }

    func suggestion(_ word: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
