import OrderedCollections

extension OpenAPI {
    /// The keywords of a schema that most schemas leave out; `Schema` exposes each as its own property.
    struct SchemaDetails: Hashable, Sendable {
        /// The value with nothing set.
        static let none = SchemaDetails()

        /// `examples` (3.1 array form).
        var examples: [JSONValue]?
        /// `const`.
        var constValue: JSONValue?
        /// `patternProperties`.
        var patternProperties: OrderedDictionary<String, Schema> = [:]
        /// `propertyNames`.
        @Indirect var propertyNames: Schema? = nil
        /// `minProperties`.
        var minProperties: Int?
        /// `maxProperties`.
        var maxProperties: Int?
        /// `prefixItems`.
        var prefixItems: [Schema]?
        /// `contains`.
        @Indirect var contains: Schema? = nil
        /// `minItems`.
        var minItems: Int?
        /// `maxItems`.
        var maxItems: Int?
        /// `uniqueItems`.
        var uniqueItems: Bool = false
        /// `not`.
        @Indirect var not: Schema? = nil
        /// `discriminator`.
        var discriminator: Discriminator?
        /// `multipleOf`.
        var multipleOf: Double?
        /// The exclusive lower bound (3.1 number form; 3.0's boolean form is converted).
        var exclusiveMinimum: Double?
        /// The exclusive upper bound (3.1 number form; 3.0's boolean form is converted).
        var exclusiveMaximum: Double?
        /// `contentEncoding` (3.1).
        var contentEncoding: String?
        /// `contentMediaType` (3.1).
        var contentMediaType: String?
        /// `externalDocs`.
        var externalDocs: ExternalDocumentation?
        /// `xml`, kept as written.
        var xml: JSONValue?
        /// Keywords the model does not interpret (`$id`, `$comment`, `if`, …), kept as written.
        var otherKeywords: OrderedDictionary<String, JSONValue> = [:]
    }
}
