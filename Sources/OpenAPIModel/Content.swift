public import OrderedCollections
public import SpecDiagnostics

extension OpenAPI {
    /// A Request Body Object.
    public struct RequestBody: Hashable, Sendable {
        /// `description`.
        public var description: String?
        /// `content`: media type → media type object, in order.
        public var content: OrderedDictionary<String, MediaType> = [:]
        /// `required`.
        public var required: Bool = false
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the request body starts.
        public var location: SourceLocation

        /// Creates a request body.
        public init(location: SourceLocation) { self.location = location }
    }

    /// A Media Type Object.
    public struct MediaType: Hashable, Sendable {
        /// `schema`.
        public var schema: Schema?
        /// `itemSchema` (3.2, for sequential media types).
        @Indirect public var itemSchema: Schema? = nil
        /// `example`.
        public var example: JSONValue?
        /// `examples`.
        public var examples: OrderedDictionary<String, Referenceable<Example>> = [:]
        /// `encoding`: property name → encoding.
        public var encoding: OrderedDictionary<String, Encoding> = [:]
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the media type starts.
        public var location: SourceLocation

        /// Creates a media type.
        public init(location: SourceLocation) { self.location = location }
    }

    /// An Encoding Object.
    public struct Encoding: Hashable, Sendable {
        /// `contentType`.
        public var contentType: String?
        /// `headers`.
        public var headers: OrderedDictionary<String, Referenceable<Header>> = [:]
        /// `style`.
        public var style: ParameterStyle?
        /// `explode`.
        public var explode: Bool?
        /// `allowReserved`.
        public var allowReserved: Bool = false
        /// Where the encoding starts.
        public var location: SourceLocation

        /// Creates an encoding.
        public init(location: SourceLocation) { self.location = location }
    }

    /// A Response Object.
    public struct Response: Hashable, Sendable {
        /// `description`.
        public var description: String
        /// `headers`.
        public var headers: OrderedDictionary<String, Referenceable<Header>> = [:]
        /// `content`.
        public var content: OrderedDictionary<String, MediaType> = [:]
        /// `links`.
        public var links: OrderedDictionary<String, Referenceable<Link>> = [:]
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the response starts.
        public var location: SourceLocation

        /// Creates a response.
        public init(description: String, location: SourceLocation) {
            self.description = description
            self.location = location
        }
    }

    /// An Example Object.
    public struct Example: Hashable, Sendable {
        /// `summary`.
        public var summary: String?
        /// `description`.
        public var description: String?
        /// `value`.
        public var value: JSONValue?
        /// `externalValue`.
        public var externalValue: String?
        /// Where the example starts.
        public var location: SourceLocation

        /// Creates an example.
        public init(location: SourceLocation) { self.location = location }
    }

    /// A Link Object.
    public struct Link: Hashable, Sendable {
        /// `operationRef`.
        public var operationRef: String?
        /// `operationId`.
        public var operationId: String?
        /// `parameters`: name → value or runtime expression.
        public var parameters: OrderedDictionary<String, JSONValue> = [:]
        /// `requestBody`.
        public var requestBody: JSONValue?
        /// `description`.
        public var description: String?
        /// `server`.
        public var server: Server?
        /// Where the link starts.
        public var location: SourceLocation

        /// Creates a link.
        public init(location: SourceLocation) { self.location = location }
    }
}
