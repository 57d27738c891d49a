import OpenAPIModel
import SpecDiagnostics

/// Inline schemas written out more than once (Stripe repeats whole request-body trees, and the same three-value
/// status enum dozens of times in one object) are declared once: the first one in spec order gets its type, and
/// each later one that is the same schema, wherever it stands, becomes a typealias to it under its own name. Every
/// name the generated code had stays (`AccountCapabilities.AffirmPayments` still names a type), while the compiler
/// builds each shape once.
///
/// "The same schema" means equal once every source location is set aside (and the root's `title` and
/// `description`, which only name and document the declaration, whose alias keeps its own documentation). Schemas
/// that something else knows by their location (top-level types, discriminated bases and subtypes) are never
/// shared.
extension ModelBuilder {
    /// The type already declared for a schema equal to `schema`, as written where the current declaration is.
    func sharedInlineType(for schema: OpenAPI.Schema) -> (key: OpenAPI.Schema, expression: String?) {
        let key = Self.sharingKey(of: schema)
        guard let declared = inlineDeclarations[key] else { return (key, nil) }
        // A nested path (`Owner.Inner`) is written from its top-level type, which a nested type of an enclosing
        // declaration may hide.
        guard let dot = declared.firstIndex(of: ".") else { return (key, qualified(declared)) }
        return (key, qualified(String(declared[..<dot])) + declared[dot...])
    }

    /// Whether an inline schema may take another's type or give its own: no table knows it, or a schema inside
    /// it, by its location.
    func isShareable(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 64, topByLocation[schema.location] == nil, !baseLocations.contains(schema.location),
            !subtypeLocations.contains(schema.location)
        else { return false }
        var inner = Array(schema.properties.values) + (schema.allOf ?? []) + (schema.oneOf ?? []) + (schema.anyOf ?? [])
        if let items = schema.items { inner.append(items) }
        if case .schema(let values)? = schema.additionalProperties { inner.append(values) }
        return inner.allSatisfy { isShareable($0, depth: depth + 1) }
    }

    /// `schema` with its root's name and documentation and every location left out.
    static func sharingKey(of schema: OpenAPI.Schema) -> OpenAPI.Schema {
        var key = withoutLocations(schema)
        key.title = nil
        key.description = nil
        return key
    }

    /// The location every key carries instead of where its schema is written.
    private static let nowhere = SourceLocation(file: "", line: 0, column: 0)

    /// A copy of `schema` whose every location (its own, its subschemas', its references' and its
    /// discriminator's) is the same. The copy is as deep as the schema, which the parser's nesting limit bounds.
    static func withoutLocations(_ schema: OpenAPI.Schema) -> OpenAPI.Schema {
        var copy = schema
        copy.location = nowhere
        if var ref = copy.ref {
            ref.location = nowhere
            copy.ref = ref
        }
        if !copy.properties.isEmpty { copy.properties = copy.properties.mapValues(withoutLocations) }
        if let items = copy.items { copy.items = withoutLocations(items) }
        copy.allOf = copy.allOf?.map(withoutLocations)
        copy.oneOf = copy.oneOf?.map(withoutLocations)
        copy.anyOf = copy.anyOf?.map(withoutLocations)
        if case .schema(let values)? = copy.additionalProperties {
            copy.additionalProperties = .schema(withoutLocations(values))
        }
        if !copy.patternProperties.isEmpty {
            copy.patternProperties = copy.patternProperties.mapValues(withoutLocations)
        }
        if let names = copy.propertyNames { copy.propertyNames = withoutLocations(names) }
        if let prefix = copy.prefixItems { copy.prefixItems = prefix.map(withoutLocations) }
        if let contains = copy.contains { copy.contains = withoutLocations(contains) }
        if let not = copy.not { copy.not = withoutLocations(not) }
        if var discriminator = copy.discriminator {
            discriminator.location = nowhere
            discriminator.mapping = discriminator.mapping.mapValues {
                var ref = $0
                ref.location = nowhere
                return ref
            }
            copy.discriminator = discriminator
        }
        return copy
    }
}
