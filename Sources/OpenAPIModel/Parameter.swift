public import OrderedCollections
public import SpecDiagnostics

extension OpenAPI {
    /// Where a parameter is sent.
    public enum ParameterLocation: String, Hashable, Sendable {
        /// In the query string.
        case query
        /// In a header.
        case header
        /// In the path template.
        case path
        /// In a cookie.
        case cookie
        /// The whole query string (3.2).
        case querystring
    }

    /// How a parameter or encoded property is serialised.
    public enum ParameterStyle: String, Hashable, Sendable {
        /// `matrix`.
        case matrix
        /// `label`.
        case label
        /// `form`.
        case form
        /// `simple`.
        case simple
        /// `spaceDelimited`.
        case spaceDelimited
        /// `pipeDelimited`.
        case pipeDelimited
        /// `deepObject`.
        case deepObject
        /// `cookie` (3.2).
        case cookie
    }

    /// A Parameter Object.
    public struct Parameter: Hashable, Sendable {
        /// `name`.
        public var name: String
        /// `in`.
        public var location: ParameterLocation
        /// `description`.
        public var description: String?
        /// `required` (always true for path parameters).
        public var required: Bool = false
        /// `deprecated`.
        public var deprecated: Bool = false
        /// `allowEmptyValue`.
        public var allowEmptyValue: Bool = false
        /// `style`, when written.
        public var style: ParameterStyle?
        /// `explode`, when written.
        public var explode: Bool?
        /// `allowReserved`.
        public var allowReserved: Bool = false
        /// `schema`, when the parameter has one.
        public var schema: Schema?
        /// `content`, when the parameter uses it instead of `schema`.
        public var content: OrderedDictionary<String, MediaType>?
        /// `example`.
        public var example: JSONValue?
        /// `examples`.
        public var examples: OrderedDictionary<String, Referenceable<Example>> = [:]
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the parameter object starts.
        public var sourceLocation: SourceLocation

        /// Creates a parameter.
        public init(name: String, location: ParameterLocation, sourceLocation: SourceLocation) {
            self.name = name
            self.location = location
            self.sourceLocation = sourceLocation
        }

        /// The style in effect: the written one, or the default for the parameter's location.
        public var effectiveStyle: ParameterStyle {
            if let style { return style }
            switch location {
            case .query, .cookie, .querystring: return .form
            case .header, .path: return .simple
            }
        }

        /// Whether arrays and objects explode: the written value, or true for `form` style only.
        public var effectiveExplode: Bool { explode ?? (effectiveStyle == .form) }
    }

    /// A Header Object.
    public struct Header: Hashable, Sendable {
        /// `description`.
        public var description: String?
        /// `required`.
        public var required: Bool = false
        /// `deprecated`.
        public var deprecated: Bool = false
        /// `style`.
        public var style: ParameterStyle?
        /// `explode`.
        public var explode: Bool?
        /// `schema`.
        public var schema: Schema?
        /// `content`.
        public var content: OrderedDictionary<String, MediaType>?
        /// `example`.
        public var example: JSONValue?
        /// `examples`.
        public var examples: OrderedDictionary<String, Referenceable<Example>> = [:]
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the header starts.
        public var location: SourceLocation

        /// Creates a header.
        public init(location: SourceLocation) { self.location = location }
    }
}
