public import OrderedCollections
public import SpecDiagnostics

extension OpenAPI {
    /// An HTTP method that can carry an operation in a path item.
    public enum HTTPMethod: String, Hashable, Sendable, CaseIterable {
        /// GET.
        case get
        /// PUT.
        case put
        /// POST.
        case post
        /// DELETE.
        case delete
        /// OPTIONS.
        case options
        /// HEAD.
        case head
        /// PATCH.
        case patch
        /// TRACE.
        case trace
        /// QUERY (3.2).
        case query
    }

    /// A Path Item Object.
    public struct PathItem: Hashable, Sendable {
        /// `$ref` written beside the other fields (rare; the loader resolves plain path item refs).
        public var summary: String?
        /// `description`.
        public var description: String?
        /// Operations by method, in document order.
        public var operations: OrderedDictionary<HTTPMethod, Operation> = [:]
        /// `servers`.
        public var servers: [Server]?
        /// `parameters` shared by every operation of the path.
        public var parameters: [Referenceable<Parameter>] = []
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the path item starts.
        public var location: SourceLocation

        /// Creates an empty path item.
        public init(location: SourceLocation) { self.location = location }
    }

    /// An Operation Object.
    public struct Operation: Hashable, Sendable {
        /// `tags`.
        public var tags: [String] = []
        /// `summary`.
        public var summary: String?
        /// `description`.
        public var description: String?
        /// `externalDocs`.
        public var externalDocs: ExternalDocumentation?
        /// `operationId`.
        public var operationId: String?
        /// `parameters`.
        public var parameters: [Referenceable<Parameter>] = []
        /// `requestBody`.
        public var requestBody: Referenceable<RequestBody>?
        /// `responses`, in document order.
        public var responses: OrderedDictionary<ResponseKey, Referenceable<Response>> = [:]
        /// `callbacks`.
        public var callbacks: OrderedDictionary<String, Referenceable<Callback>> = [:]
        /// `deprecated`.
        public var deprecated: Bool = false
        /// `security`; nil inherits the document's, `[]` means no security.
        public var security: [SecurityRequirement]?
        /// `servers`.
        public var servers: [Server]?
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the operation starts.
        public var location: SourceLocation

        /// Creates an empty operation.
        public init(location: SourceLocation) { self.location = location }
    }

    /// A key of `responses`.
    public enum ResponseKey: Hashable, Sendable, CustomStringConvertible {
        /// `default`.
        case `default`
        /// An exact status code such as `200`.
        case status(Int)
        /// A range such as `2XX` (the digit is the hundreds: 2).
        case range(Int)

        /// The key as the spec writes it.
        public var description: String {
            switch self {
            case .default: "default"
            case .status(let code): String(code)
            case .range(let hundreds): "\(hundreds)XX"
            }
        }
    }

    /// A Callback Object: runtime expression → path item.
    public struct Callback: Hashable, Sendable {
        /// The path items by expression, in order.
        public var pathItems: OrderedDictionary<String, Referenceable<PathItem>>
        /// Where the callback starts.
        public var location: SourceLocation

        /// Creates a callback.
        public init(pathItems: OrderedDictionary<String, Referenceable<PathItem>>, location: SourceLocation) {
            self.pathItems = pathItems
            self.location = location
        }
    }
}
