import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// The Swift type of a schema where it is used: references, primitives, containers and inline declarations.
extension ModelBuilder {
    // MARK: - Types

    /// The Swift type of a referenced schema.
    /// - Parameter user: The declaration that names the type, which cannot be deprecated-annotated unless it is.
    func typeUse(forReference ref: OpenAPI.Reference, sibling: OpenAPI.Schema, user: String) -> TypeUse {
        guard topNames[ref.target] != nil, topSchemas[ref.target] != nil else {
            warnOnce(
                "the reference '\(ref.raw)' does not resolve to a schema; it is read as any JSON value",
                at: ref.location)
            return TypeUse(expression: "JSONValue", nullable: true)
        }
        return typeUse(forTop: ref.target, sibling: sibling, user: user)
    }

    /// The Swift type of the top-level type generated for `topTarget`.
    func typeUse(forTop topTarget: ReferenceTarget, sibling: OpenAPI.Schema, user: String) -> TypeUse {
        guard let name = topNames[topTarget], let target = topSchemas[topTarget] else {
            return TypeUse(expression: "JSONValue", nullable: true)
        }
        uses[user, default: []].insert(name)
        let stored = storesStruct(target) ? name : nil
        return TypeUse(
            expression: qualified(name), nullable: sibling.nullable || isNullable(target), storedStruct: stored,
            isObject: storesStruct(target))
    }

    /// Whether values of a schema are stored inline as a struct (objects, `allOf`, `anyOf`), following references.
    func storesStruct(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 32, !baseLocations.contains(schema.location) else { return false }
        if subtypeLocations.contains(schema.location) { return true }
        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return spec.schema(for: ref).map { storesStruct($0, depth: depth + 1) } ?? false
        }
        if let allOf = schema.allOf, !allOf.isEmpty {
            if allOf.count == 1, schema.properties.isEmpty, allOf[0].ref != nil {
                return storesStruct(allOf[0], depth: depth + 1)
            }
            return true
        }
        if !schema.properties.isEmpty, isMultiBranch(schema.oneOf) || isMultiBranch(schema.anyOf) { return true }
        if let oneOf = schema.oneOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: oneOf).branches
            if branches.count > 1 { return false }
            if let only = branches.first { return storesStruct(only, depth: depth + 1) }
        }
        if let anyOf = schema.anyOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: anyOf).branches
            if branches.count > 1 { return true }
            if let only = branches.first { return storesStruct(only, depth: depth + 1) }
        }
        return !schema.properties.isEmpty && schema.enumValues == nil
    }

    /// Whether a schema allows null, following references and single-branch compositions.
    func isNullable(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 32 else { return false }
        if schema.nullable { return true }
        if let oneOf = schema.oneOf, OpenAPI.Schema.nonNullBranches(of: oneOf).hadNull { return true }
        if let anyOf = schema.anyOf, OpenAPI.Schema.nonNullBranches(of: anyOf).hadNull { return true }
        if let ref = schema.ref, let target = spec.schema(for: ref) { return isNullable(target, depth: depth + 1) }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty {
            return isNullable(allOf[0], depth: depth + 1)
        }
        return false
    }

    /// The Swift type for a schema used in a property, array, dictionary or branch; inline types it needs are
    /// declared beside the type being built (see ``declareInline(_:hint:scope:)``).
    /// - Parameter declaring: Whether the schema is the definition of the typealias named `hint` itself, so that
    ///   a type it needs must not take that name.
    func typeUse(
        for schema: OpenAPI.Schema, hint: String, scope: Scope, declaring: Bool = false
    ) -> TypeUse {
        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return typeUse(forReference: ref, sibling: schema, user: scope.owner ?? currentTop)
        }
        if !declaring, schema.ref == nil, let top = topByLocation[schema.location] {
            return typeUse(forTop: top, sibling: schema, user: scope.owner ?? currentTop)
        }
        let nullable = isNullable(schema)
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty, schema.oneOf == nil,
            schema.anyOf == nil, allOf[0].ref != nil
        {
            var use = typeUse(for: allOf[0], hint: hint, scope: scope, declaring: declaring)
            use.nullable = use.nullable || nullable
            return use
        }
        for composition in [schema.oneOf, schema.anyOf] {
            guard let composition else { continue }
            let branches = OpenAPI.Schema.nonNullBranches(of: composition).branches
            if branches.count == 1, schema.properties.isEmpty, schema.allOf == nil {
                var use = typeUse(for: branches[0], hint: hint, scope: scope, declaring: declaring)
                use.nullable = use.nullable || nullable
                return use
            }
        }
        if needsDeclaration(schema) {
            let name = declareInline(schema, hint: declaring ? hint + "Value" : hint, scope: scope)
            let stores = storesStruct(schema)
            // A typealias to a shared type stores that type (for finding cycles of stored structs).
            let stored = stores ? sharedAliases[name] ?? name : nil
            return TypeUse(expression: name, nullable: nullable, storedStruct: stored, isObject: stores)
        }
        // Without `type`, `items` means an array and `additionalProperties` an object (common in 3.0 specs).
        // A `const` says its type too.
        guard let type = PrimitiveTypes.singleType(of: schema) else {
            // JSONValue has a case for null, so it is never optional for nullability's sake.
            return TypeUse(expression: "JSONValue", nullable: false)
        }
        switch type {
        case .boolean, .integer, .number, .string:
            return TypeUse(
                expression: PrimitiveTypes.expression(for: type, format: schema.format, overrides: formats)
                    ?? "JSONValue",
                nullable: nullable)
        case .array:
            guard let items = schema.items else {
                return TypeUse(expression: "[JSONValue]", nullable: nullable)
            }
            let element = typeUse(for: items, hint: hint + "Item", scope: scope)
            return TypeUse(expression: "[\(element.expression)\(element.nullable ? "?" : "")]", nullable: nullable)
        case .object:
            if case .schema(let values) = schema.additionalProperties {
                let element = typeUse(for: values, hint: hint + "Value", scope: scope)
                return TypeUse(
                    expression: "[Swift.String: \(element.expression)\(element.nullable ? "?" : "")]",
                    nullable: nullable, isObject: true)
            }
            return TypeUse(expression: "[Swift.String: JSONValue]", nullable: nullable, isObject: true)
        }
    }

    /// The JSON type of a `const` value that is a string, number or boolean.
    static func jsonType(of value: JSONValue) -> OpenAPI.JSONType? {
        switch value {
        case .string: .string
        case .integer: .integer
        case .number: .number
        case .bool: .boolean
        default: nil
        }
    }

    /// Whether an inline schema becomes a declaration of its own (a struct, an enum, a `oneOf` or `anyOf`).
    func needsDeclaration(_ schema: OpenAPI.Schema) -> Bool {
        !schema.properties.isEmpty || schema.allOf?.isEmpty == false
            || (schema.oneOf.map { OpenAPI.Schema.nonNullBranches(of: $0).branches.count > 1 } ?? false)
            || (schema.anyOf.map { OpenAPI.Schema.nonNullBranches(of: $0).branches.count > 1 } ?? false)
            || (schema.enumValues != nil && isNamedEnum(schema))
    }

    /// Whether an enum schema becomes an enum type (string and integer enums) rather than its base type.
    func isNamedEnum(_ schema: OpenAPI.Schema) -> Bool {
        guard let values = schema.enumValues else { return false }
        let present = values.filter { $0 != .null }
        guard !present.isEmpty else { return false }
        let isString = schema.types.map { $0 == [.string] } ?? present.allSatisfy { $0.stringValue != nil }
        let isInteger =
            schema.types.map { $0 == [.integer] }
            ?? present.allSatisfy { if case .integer = $0 { true } else { false } }
        return isString || isInteger
    }

    /// Declares an inline schema as a top-level type in the current file, named after its owner and where it
    /// stands (`AgentRequest` + `availability_status` → `AgentRequestAvailabilityStatus`). An inline schema equal
    /// to one declared before becomes a typealias to that one's type (see `sharedInlineType(for:)`).
    /// - Returns: The type's name.
    func declareInline(_ schema: OpenAPI.Schema, hint: String, scope: Scope) -> String {
        let base = names.typeName(schema.title ?? hint)
        let shared = isShareable(schema) ? sharedInlineType(for: schema) : nil
        func build(_ name: String, _ path: String) -> DeclarationContext {
            if let shared, let expression = shared.expression {
                sharedAliases[path] = inlineDeclarations[shared.key]
                return alias(name, expression, documentationLines(of: schema), false)
            }
            let declaration = declaration(
                for: schema, name: name, path: path, scope: Scope(owner: path), isTopLevel: false)
            if let shared { inlineDeclarations[shared.key] = path }
            return declaration
        }
        if nests, let owner = scope.owner, let index = frames.lastIndex(where: { $0.path == owner }) {
            let name = frames[index].namer.claim(base).name
            let path = owner + "." + name
            nestedNames[owner, default: []].insert(name)
            let declaration = build(name, path)
            frames[index].nested.append(declaration)
            return path
        }
        let prefix = (scope.owner ?? currentTop).replacing(".", with: "")
        let name = claimTop(base.hasPrefix(prefix) ? base : prefix + base, at: schema)
        pendingTopLevel.append(build(name, name))
        return qualified(name)
    }

    func warnOnce(_ message: String, at location: SourceLocation?) {
        let key = message + "|" + (location.map { "\($0)" } ?? "")
        guard warned.insert(key).inserted else { return }
        diagnostics.append(.warning(message, at: location))
    }
}
