import OpenAPIModel

/// Removes the parts of schemas that do not change the generated types, before translation.
///
/// - An `allOf` branch that only annotates (`- nullable: true`, `- description: …`, `- deprecated: true`: no type,
///   reference, properties, `required`, items or composition) is removed; its nullability, deprecation and `default` move to
///   the schema, and its description is used when the schema has none. `allOf: [$ref, {nullable: true}]`, the
///   3.0 way to write a nullable reference, becomes the referenced type, optional.
/// - An `allOf` of inline parts that all declare the same primitive type (and nothing else of shape) becomes that
///   type: `allOf: [{type: string, minLength: 2}, {maxLength: 4}]` is a string.
/// - A `oneOf` or `anyOf` whose branches only constrain (`- required: [a]`, `- not: …`: no type, reference,
///   properties, items or composition) is removed: it only says which properties must be present together.
enum SchemaSimplifier {
    /// The spec with every schema simplified: components, reference targets and, through them, everything inline.
    static func simplified(_ spec: OpenAPI.ResolvedSpec) -> OpenAPI.ResolvedSpec {
        var spec = spec
        for (key, schema) in spec.document.components.schemas {
            spec.document.components.schemas[key] = simplified(schema)
        }
        for (target, schema) in spec.references.schemas {
            spec.references.schemas[target] = simplified(schema)
        }
        return spec
    }

    /// A simplified copy of `schema` and of every schema inside it.
    static func simplified(_ schema: OpenAPI.Schema, depth: Int = 0) -> OpenAPI.Schema {
        // The loader bounds nesting, but keep a guard so a hostile tree can never exhaust the stack here.
        guard depth < 256 else { return schema }
        var schema = schema
        if !schema.properties.isEmpty {
            for (key, property) in schema.properties {
                schema.properties[key] = simplified(property, depth: depth + 1)
            }
        }
        if let items = schema.items { schema.items = simplified(items, depth: depth + 1) }
        if case .schema(let values) = schema.additionalProperties {
            schema.additionalProperties = .schema(simplified(values, depth: depth + 1))
        }
        if let allOf = schema.allOf {
            var kept: [OpenAPI.Schema] = []
            for branch in allOf.map({ simplified($0, depth: depth + 1) }) {
                guard isAnnotationOnly(branch) else {
                    kept.append(branch)
                    continue
                }
                schema.nullable = schema.nullable || branch.nullable
                schema.deprecated = schema.deprecated || branch.deprecated
                schema.description = schema.description ?? branch.description
                schema.defaultValue = schema.defaultValue ?? branch.defaultValue
            }
            schema.allOf = kept.isEmpty ? nil : kept
            if let type = foldedPrimitive(schema) {
                // Null passes an `allOf` when it passes every part; a part without a type lets it through.
                let partsAllowNull = kept.allSatisfy { $0.nullable || $0.types == nil }
                schema.nullable = schema.nullable || (schema.types == nil && partsAllowNull)
                schema.types = [type]
                schema.format = schema.format ?? kept.lazy.compactMap(\.format).first
                schema.allOf = nil
            }
        }
        if let oneOf = schema.oneOf {
            schema.oneOf = oneOf.allSatisfy(isConstraintOnly) ? nil : oneOf.map { simplified($0, depth: depth + 1) }
        }
        if let anyOf = schema.anyOf {
            schema.anyOf = anyOf.allSatisfy(isConstraintOnly) ? nil : anyOf.map { simplified($0, depth: depth + 1) }
        }
        return schema
    }

    /// The one primitive type (string, integer, number, boolean) an `allOf` of inline primitive parts declares
    /// (`allOf: [{type: string, minLength: 2}, {maxLength: 4}]` is a string), when the schema itself declares
    /// nothing else; nil otherwise. Such a schema is that primitive's type: the constraints are the validator's.
    static func foldedPrimitive(_ schema: OpenAPI.Schema) -> OpenAPI.JSONType? {
        guard let parts = schema.allOf, !parts.isEmpty, schema.ref == nil, schema.properties.isEmpty,
            schema.items == nil, schema.prefixItems == nil, schema.additionalProperties == nil,
            schema.oneOf == nil, schema.anyOf == nil, schema.enumValues == nil, schema.constValue == nil
        else { return nil }
        var declared: Set<OpenAPI.JSONType> = Set(schema.types ?? [])
        for part in parts {
            guard part.ref == nil, part.properties.isEmpty, part.items == nil, part.prefixItems == nil,
                part.additionalProperties == nil, part.allOf == nil, part.oneOf == nil, part.anyOf == nil,
                part.enumValues == nil, part.constValue == nil
            else { return nil }
            declared.formUnion(part.types ?? [])
        }
        guard declared.count == 1, let type = declared.first,
            [.string, .integer, .number, .boolean].contains(type)
        else { return nil }
        return type
    }

    /// Whether a schema says nothing about the shape of a value: no type, reference, enum, properties, items or
    /// composition (it may still say `required`, `not` or annotate).
    static func isConstraintOnly(_ schema: OpenAPI.Schema) -> Bool {
        schema.ref == nil && schema.types == nil && !schema.nullable && schema.format == nil
            && schema.enumValues == nil && schema.constValue == nil && schema.properties.isEmpty
            && schema.additionalProperties == nil && schema.items == nil && schema.prefixItems == nil
            && schema.allOf == nil && schema.oneOf == nil && schema.anyOf == nil
    }

    /// Whether a schema only annotates or allows null: it does not constrain the shape and has no `required`.
    static func isAnnotationOnly(_ schema: OpenAPI.Schema) -> Bool {
        var shape = schema
        shape.nullable = false
        return isConstraintOnly(shape) && schema.required.isEmpty && schema.not == nil
    }
}
