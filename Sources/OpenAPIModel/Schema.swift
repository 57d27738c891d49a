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
        /// `enum`, values in order (null kept when written).
        public var enumValues: [JSONValue]?

        /// `properties`, in document order.
        public var properties: OrderedDictionary<String, Schema> = [:]
        /// `required` property names, in document order.
        public var required: [String] = []
        /// `additionalProperties`.
        public var additionalProperties: AdditionalProperties?

        /// `items` (a single schema; the 3.0 / draft-04 tuple form is read into `prefixItems`).
        @Indirect public var items: Schema? = nil

        /// `allOf`.
        public var allOf: [Schema]?
        /// `oneOf`.
        public var oneOf: [Schema]?
        /// `anyOf`.
        public var anyOf: [Schema]?

        /// `readOnly`.
        public var readOnly: Bool = false
        /// `writeOnly`.
        public var writeOnly: Bool = false
        /// `deprecated`.
        public var deprecated: Bool = false

        /// `minimum` (inclusive).
        public var minimum: Double?
        /// `maximum` (inclusive).
        public var maximum: Double?
        /// `minLength`.
        public var minLength: Int?
        /// `maxLength`.
        public var maxLength: Int?
        /// `pattern`.
        public var pattern: String?

        /// `x-` extensions, in order.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]

        /// The keywords most schemas leave out, stored out of line to keep `Schema` small to copy.
        @Indirect private var details: SchemaDetails? = nil

        /// `examples` (3.1 array form).
        public var examples: [JSONValue]? {
            get { details?.examples ?? SchemaDetails.none.examples }
            set { updateDetails { $0.examples = newValue } }
        }

        /// `const`.
        public var constValue: JSONValue? {
            get { details?.constValue ?? SchemaDetails.none.constValue }
            set { updateDetails { $0.constValue = newValue } }
        }

        /// `patternProperties`.
        public var patternProperties: OrderedDictionary<String, Schema> {
            get { details?.patternProperties ?? SchemaDetails.none.patternProperties }
            set { updateDetails { $0.patternProperties = newValue } }
        }

        /// `propertyNames`.
        public var propertyNames: Schema? {
            get { details?.propertyNames ?? SchemaDetails.none.propertyNames }
            set { updateDetails { $0.propertyNames = newValue } }
        }

        /// `minProperties`.
        public var minProperties: Int? {
            get { details?.minProperties ?? SchemaDetails.none.minProperties }
            set { updateDetails { $0.minProperties = newValue } }
        }

        /// `maxProperties`.
        public var maxProperties: Int? {
            get { details?.maxProperties ?? SchemaDetails.none.maxProperties }
            set { updateDetails { $0.maxProperties = newValue } }
        }

        /// `prefixItems`.
        public var prefixItems: [Schema]? {
            get { details?.prefixItems ?? SchemaDetails.none.prefixItems }
            set { updateDetails { $0.prefixItems = newValue } }
        }

        /// `contains`.
        public var contains: Schema? {
            get { details?.contains ?? SchemaDetails.none.contains }
            set { updateDetails { $0.contains = newValue } }
        }

        /// `minItems`.
        public var minItems: Int? {
            get { details?.minItems ?? SchemaDetails.none.minItems }
            set { updateDetails { $0.minItems = newValue } }
        }

        /// `maxItems`.
        public var maxItems: Int? {
            get { details?.maxItems ?? SchemaDetails.none.maxItems }
            set { updateDetails { $0.maxItems = newValue } }
        }

        /// `uniqueItems`.
        public var uniqueItems: Bool {
            get { details?.uniqueItems ?? SchemaDetails.none.uniqueItems }
            set { updateDetails { $0.uniqueItems = newValue } }
        }

        /// `not`.
        public var not: Schema? {
            get { details?.not ?? SchemaDetails.none.not }
            set { updateDetails { $0.not = newValue } }
        }

        /// `discriminator`.
        public var discriminator: Discriminator? {
            get { details?.discriminator ?? SchemaDetails.none.discriminator }
            set { updateDetails { $0.discriminator = newValue } }
        }

        /// `multipleOf`.
        public var multipleOf: Double? {
            get { details?.multipleOf ?? SchemaDetails.none.multipleOf }
            set { updateDetails { $0.multipleOf = newValue } }
        }

        /// The exclusive lower bound (3.1 number form; 3.0's boolean form is converted).
        public var exclusiveMinimum: Double? {
            get { details?.exclusiveMinimum ?? SchemaDetails.none.exclusiveMinimum }
            set { updateDetails { $0.exclusiveMinimum = newValue } }
        }

        /// The exclusive upper bound (3.1 number form; 3.0's boolean form is converted).
        public var exclusiveMaximum: Double? {
            get { details?.exclusiveMaximum ?? SchemaDetails.none.exclusiveMaximum }
            set { updateDetails { $0.exclusiveMaximum = newValue } }
        }

        /// `contentEncoding` (3.1).
        public var contentEncoding: String? {
            get { details?.contentEncoding ?? SchemaDetails.none.contentEncoding }
            set { updateDetails { $0.contentEncoding = newValue } }
        }

        /// `contentMediaType` (3.1).
        public var contentMediaType: String? {
            get { details?.contentMediaType ?? SchemaDetails.none.contentMediaType }
            set { updateDetails { $0.contentMediaType = newValue } }
        }

        /// `externalDocs`.
        public var externalDocs: ExternalDocumentation? {
            get { details?.externalDocs ?? SchemaDetails.none.externalDocs }
            set { updateDetails { $0.externalDocs = newValue } }
        }

        /// `xml`, kept as written.
        public var xml: JSONValue? {
            get { details?.xml ?? SchemaDetails.none.xml }
            set { updateDetails { $0.xml = newValue } }
        }

        /// Keywords the model does not interpret (`$id`, `$comment`, `if`, …), kept as written.
        public var otherKeywords: OrderedDictionary<String, JSONValue> {
            get { details?.otherKeywords ?? SchemaDetails.none.otherKeywords }
            set { updateDetails { $0.otherKeywords = newValue } }
        }

        private mutating func updateDetails(_ change: (inout SchemaDetails) -> Void) {
            var updated = details ?? SchemaDetails.none
            change(&updated)
            details = updated
        }

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
