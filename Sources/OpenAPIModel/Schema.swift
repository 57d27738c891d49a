public import OrderedCollections
public import SpecDiagnostics

extension OpenAPI {
    /// A Schema Object (a JSON Schema subset for 3.0, JSON Schema 2020-12 for 3.1).
    ///
    /// Nullability is normalised: 3.0's `nullable: true` and 3.1's `"null"` in `type` both set `nullable`
    /// and never appear in `types`. A schema that only allows null (`type: "null"`) has `types == []` and
    /// `nullable == true`. `anyOf`/`oneOf` branches of `{type: null}` are kept as written; see
    /// `nonNullBranches(of:)` for the common way to read them.
    public struct Schema: Hashable, Sendable {
        /// Where the schema starts.
        public var location: SourceLocation

        /// `$ref` (3.1 allows siblings; in 3.0 they are ignored with a warning by the loader).
        public var ref: Reference?
        /// The allowed JSON types other than null; nil when `type` is absent (any type).
        public var types: [JSONType]?
        /// Whether null is allowed: 3.0 `nullable: true`, 3.1 `"null"` in `type`, or `const: null`.
        public var nullable: Bool = false
        /// `format`, as written.
        public var format: String?

        /// `title`.
        public var title: String?
        /// `description`.
        public var description: String?
        /// `default`.
        public var defaultValue: JSONValue?
        /// `example` (3.0) or the first of `examples` (3.1).
        public var example: JSONValue?
        /// `examples` (3.1 array form).
        public var examples: [JSONValue]?
        /// `enum`, values in order (null kept when written).
        public var enumValues: [JSONValue]?
        /// `const`.
        public var constValue: JSONValue?

        /// `properties`, in document order.
        public var properties: OrderedDictionary<String, Schema> = [:]
        /// `required` property names, in document order.
        public var required: [String] = []
        /// `additionalProperties`.
        public var additionalProperties: AdditionalProperties?
        /// `patternProperties`.
        public var patternProperties: OrderedDictionary<String, Schema> = [:]
        /// `propertyNames`.
        @Indirect public var propertyNames: Schema? = nil
        /// `minProperties`.
        public var minProperties: Int?
        /// `maxProperties`.
        public var maxProperties: Int?

        /// `items` (a single schema; the 3.0 / draft-04 tuple form is read into `prefixItems`).
        @Indirect public var items: Schema? = nil
        /// `prefixItems`.
        public var prefixItems: [Schema]?
        /// `contains`.
        @Indirect public var contains: Schema? = nil
        /// `minItems`.
        public var minItems: Int?
        /// `maxItems`.
        public var maxItems: Int?
        /// `uniqueItems`.
        public var uniqueItems: Bool = false

        /// `allOf`.
        public var allOf: [Schema]?
        /// `oneOf`.
        public var oneOf: [Schema]?
        /// `anyOf`.
        public var anyOf: [Schema]?
        /// `not`.
        @Indirect public var not: Schema? = nil
        /// `discriminator`.
        public var discriminator: Discriminator?

        /// `readOnly`.
        public var readOnly: Bool = false
        /// `writeOnly`.
        public var writeOnly: Bool = false
        /// `deprecated`.
        public var deprecated: Bool = false

        /// `multipleOf`.
        public var multipleOf: Double?
        /// `minimum` (inclusive).
        public var minimum: Double?
        /// `maximum` (inclusive).
        public var maximum: Double?
        /// The exclusive lower bound (3.1 number form; 3.0's boolean form is converted).
        public var exclusiveMinimum: Double?
        /// The exclusive upper bound (3.1 number form; 3.0's boolean form is converted).
        public var exclusiveMaximum: Double?
        /// `minLength`.
        public var minLength: Int?
        /// `maxLength`.
        public var maxLength: Int?
        /// `pattern`.
        public var pattern: String?
        /// `contentEncoding` (3.1).
        public var contentEncoding: String?
        /// `contentMediaType` (3.1).
        public var contentMediaType: String?

        /// `externalDocs`.
        public var externalDocs: ExternalDocumentation?
        /// `xml`, kept as written.
        public var xml: JSONValue?
        /// `x-` extensions, in order.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Keywords the model does not interpret (`$id`, `$comment`, `if`, …), kept as written.
        public var otherKeywords: OrderedDictionary<String, JSONValue> = [:]

        /// Creates an empty schema (one that accepts anything) at a location.
        public init(location: SourceLocation) {
            self.location = location
        }

        /// Whether the schema only says "any value": no type, no keywords that constrain or compose.
        public var isUnconstrained: Bool {
            ref == nil && types == nil && !nullable && enumValues == nil && constValue == nil && properties.isEmpty
                && additionalProperties == nil && items == nil && prefixItems == nil && allOf == nil && oneOf == nil
                && anyOf == nil && not == nil
        }

        /// Whether this schema only allows null (`type: "null"` or `const: null`).
        public var isNullOnly: Bool {
            types == [] && nullable && ref == nil
        }
    }

    /// The `type` keyword's values, other than `null` (see `Schema.nullable`).
    public enum JSONType: String, Hashable, Sendable, CaseIterable {
        /// `boolean`.
        case boolean
        /// `object`.
        case object
        /// `array`.
        case array
        /// `number`.
        case number
        /// `string`.
        case string
        /// `integer`.
        case integer
    }

    /// `additionalProperties`: a boolean or a schema.
    public indirect enum AdditionalProperties: Hashable, Sendable {
        /// `true` (any value) or `false` (no other property).
        case allowed(Bool)
        /// Other properties must match this schema.
        case schema(Schema)
    }

    /// `discriminator`.
    public struct Discriminator: Hashable, Sendable {
        /// `propertyName`.
        public var propertyName: String
        /// `mapping`: discriminator value → schema reference, as written, in order.
        public var mapping: OrderedDictionary<String, Reference>
        /// Where the discriminator starts.
        public var location: SourceLocation

        /// Creates a discriminator.
        public init(propertyName: String, mapping: OrderedDictionary<String, Reference>, location: SourceLocation) {
            self.propertyName = propertyName
            self.mapping = mapping
            self.location = location
        }
    }

    /// `externalDocs`.
    public struct ExternalDocumentation: Hashable, Sendable {
        /// `description`.
        public var description: String?
        /// `url`.
        public var url: String

        /// Creates external documentation.
        public init(description: String?, url: String) {
            self.description = description
            self.url = url
        }
    }
}

extension OpenAPI.Schema {
    /// The branches of an `anyOf`/`oneOf` list other than `{type: null}`, and whether one was null.
    public static func nonNullBranches(of branches: [OpenAPI.Schema]) -> (branches: [OpenAPI.Schema], hadNull: Bool) {
        var kept: [OpenAPI.Schema] = []
        var hadNull = false
        for branch in branches {
            if branch.isNullOnly { hadNull = true } else { kept.append(branch) }
        }
        return (kept, hadNull)
    }
}
