import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// Declarations of named and nested schemas: aliases, flattened objects and composed parts.
extension ModelBuilder {
    // MARK: - Declarations

    /// The declaration of a named schema.
    /// - Parameters:
    ///   - name: The declared name.
    ///   - path: The name qualified by the enclosing types (`Contact.Address`); `name` at the top level.
    func declaration(
        for schema: OpenAPI.Schema, name: String, path: String, scope: Scope, isTopLevel: Bool
    ) -> DeclarationContext {
        let documentation = documentationLines(of: schema)
        let isDeprecated = isTopLevel && deprecatable.contains(name)
        let inner = Scope(owner: path)

        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            let use = typeUse(forReference: ref, sibling: schema, user: scope.owner ?? path)
            return alias(name, use.expression, documentation, isDeprecated)
        }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty, schema.oneOf == nil,
            schema.anyOf == nil, allOf[0].ref != nil, !subtypeLocations.contains(schema.location)
        {
            let use = typeUse(for: allOf[0], hint: name + "Value", scope: scope)
            return alias(name, use.expression, documentation, isDeprecated)
        }
        // `allOf`, or properties beside a `oneOf`/`anyOf`: one struct with every property.
        if schema.allOf?.isEmpty == false
            || (!schema.properties.isEmpty && (isMultiBranch(schema.oneOf) || isMultiBranch(schema.anyOf)))
        {
            let merged = flattenedObject(schema)
            return nesting(path) {
                DeclarationContext(
                    structType: structContext(
                        name: name, path: path, object: merged, documentation: documentation,
                        isDeprecated: isDeprecated, scope: inner))
            }
        }
        if let oneOf = schema.oneOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: oneOf).branches
            if branches.count > 1 {
                return nesting(path) {
                    DeclarationContext(
                        oneOfType: oneOfContext(
                            name: name, schema: schema, branches: branches,
                            documentation: documentation, isDeprecated: isDeprecated, scope: inner))
                }
            }
        }
        if let anyOf = schema.anyOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: anyOf).branches
            if branches.count > 1 {
                return nesting(path) {
                    DeclarationContext(
                        anyOfType: anyOfContext(
                            name: name, path: path, branches: branches, documentation: documentation,
                            isDeprecated: isDeprecated, scope: inner))
                }
            }
        }
        if let values = schema.enumValues,
            let enumType = enumContext(
                name: name, schema: schema, values: values, documentation: documentation, isDeprecated: isDeprecated)
        {
            return DeclarationContext(enumType: enumType)
        }
        if !schema.properties.isEmpty {
            let object = FlatObject(
                properties: schema.properties, required: Set(schema.required),
                additional: schema.additionalProperties)
            return nesting(path) {
                DeclarationContext(
                    structType: structContext(
                        name: name, path: path, object: object, documentation: documentation,
                        isDeprecated: isDeprecated, scope: inner))
            }
        }
        // Everything else (primitives, arrays, dictionaries, free-form values, single-branch compositions) is a
        // typealias; inline types it needs become top-level siblings, since a typealias cannot nest them.
        let use = typeUse(for: schema, hint: name, scope: scope, declaring: true)
        return alias(name, use.expression, documentation, isDeprecated)
    }

    /// Builds a declaration that holds the inline types declared while building it (when nesting).
    func nesting(_ path: String, _ build: () -> DeclarationContext) -> DeclarationContext {
        guard nests else { return build() }
        // A nested type may not take the name of an enclosing type (it would hide it), of a support type, or of
        // the module (which qualifies hidden top-level types).
        let enclosing = Set(path.split(separator: ".").map(String.init))
        let reserved = ModelTranslator.supportTypeNames.union(enclosing).union([moduleName])
        frames.append(NestFrame(path: path, namer: UniqueNamer(reserved: reserved)))
        var declaration = build()
        let frame = frames.removeLast()
        declaration.nested = frame.nested
        return declaration
    }

    /// How a top-level type is written where the current declaration is: qualified by the module when a nested
    /// type of an enclosing declaration has the same name.
    func qualified(_ name: String) -> String {
        guard nests else { return name }
        for frame in frames where shadowing[frame.path]?.contains(name) == true {
            return moduleName + "." + name
        }
        return name
    }

    func alias(_ name: String, _ type: String, _ documentation: [String], _ isDeprecated: Bool)
        -> DeclarationContext
    {
        DeclarationContext(
            typeAlias: TypeAliasContext(
                name: name, documentation: documentation, isDeprecated: isDeprecated, type: type))
    }

    /// Properties gathered from a schema and its `allOf` branches.
    struct FlatObject {
        var properties: OrderedDictionary<String, OpenAPI.Schema>
        var required: Set<String>
        var additional: OpenAPI.AdditionalProperties?
        /// The `oneOf`s and `anyOf`s of object branches written beside the properties, each as a schema of its own.
        var compositions: [OpenAPI.Schema] = []
    }

    /// The properties of `schema` and of every `allOf` branch, following references; a later definition of a
    /// property replaces an earlier one but keeps its position.
    func flattenedObject(_ schema: OpenAPI.Schema) -> FlatObject {
        var result = FlatObject(properties: [:], required: [], additional: nil)
        var visited: Set<ReferenceTarget> = []
        func merge(_ schema: OpenAPI.Schema) {
            if let ref = schema.ref {
                guard visited.insert(ref.target).inserted, let target = spec.schema(for: ref) else { return }
                if target.properties.isEmpty, target.allOf == nil, topNames[ref.target] != nil,
                    composedPart(of: target) != nil
                {
                    // A reference to a `oneOf`/`anyOf` type: a property of that type holds it.
                    var reference = OpenAPI.Schema(location: schema.location)
                    reference.ref = ref
                    result.compositions.append(reference)
                } else {
                    merge(target)
                }
            }
            for branch in schema.allOf ?? [] { merge(branch) }
            if let composition = composedPart(of: schema) {
                result.compositions.append(composition)
            } else if isMultiBranch(schema.oneOf) || isMultiBranch(schema.anyOf) {
                warnOnce(
                    "a 'oneOf' or 'anyOf' beside properties or in an 'allOf' is only generated when every branch is an object; only the declared properties are kept",
                    at: schema.location)
            }
            for (key, property) in schema.properties { result.properties[key] = property }
            result.required.formUnion(schema.required)
            if let additional = schema.additionalProperties { result.additional = additional }
        }
        merge(schema)
        return result
    }

    /// Whether a `oneOf` or `anyOf` has more than one branch other than null.
    func isMultiBranch(_ branches: [OpenAPI.Schema]?) -> Bool {
        branches.map { OpenAPI.Schema.nonNullBranches(of: $0).branches.count > 1 } ?? false
    }

    /// The `oneOf` (or else `anyOf`) of a schema that also has properties or is an `allOf` branch, as a schema of
    /// its own, when every branch is an object (so that its value and the properties share one JSON object); nil
    /// otherwise.
    func composedPart(of schema: OpenAPI.Schema) -> OpenAPI.Schema? {
        let branches: [OpenAPI.Schema]
        var part = OpenAPI.Schema(location: schema.location)
        if isMultiBranch(schema.oneOf), let oneOf = schema.oneOf {
            branches = oneOf
            part.oneOf = oneOf
            part.discriminator = schema.discriminator
        } else if isMultiBranch(schema.anyOf), let anyOf = schema.anyOf {
            branches = anyOf
            part.anyOf = anyOf
        } else {
            return nil
        }
        let objects = OpenAPI.Schema.nonNullBranches(of: branches)
        guard !objects.hadNull, objects.branches.allSatisfy({ storesStruct($0) }) else { return nil }
        return part
    }
}
