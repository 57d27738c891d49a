public import OrderedCollections
public import SpecDiagnostics

extension OpenAPI {
    /// A Security Scheme Object.
    public struct SecurityScheme: Hashable, Sendable {
        /// What kind of scheme it is, with its fields.
        public enum Kind: Hashable, Sendable {
            /// `apiKey` with its `name` and `in`.
            case apiKey(name: String, location: APIKeyLocation)
            /// `http` with its `scheme` (`basic`, `bearer`, …) and optional `bearerFormat`.
            case http(scheme: String, bearerFormat: String?)
            /// `oauth2` with its flows.
            case oauth2(flows: OAuthFlows)
            /// `openIdConnect` with its discovery URL.
            case openIdConnect(url: String)
            /// `mutualTLS` (3.1).
            case mutualTLS
        }

        /// Where an API key is sent.
        public enum APIKeyLocation: String, Hashable, Sendable {
            /// In a header.
            case header
            /// In the query string.
            case query
            /// In a cookie.
            case cookie
        }

        /// The kind and its fields.
        public var kind: Kind
        /// `description`.
        public var description: String?
        /// `deprecated` (3.2).
        public var deprecated: Bool = false
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the scheme starts.
        public var location: SourceLocation

        /// Creates a security scheme.
        public init(kind: Kind, description: String? = nil, location: SourceLocation) {
            self.kind = kind
            self.description = description
            self.location = location
        }
    }

    /// The OAuth Flows Object.
    public struct OAuthFlows: Hashable, Sendable {
        /// `implicit`.
        public var implicit: OAuthFlow?
        /// `password`.
        public var password: OAuthFlow?
        /// `clientCredentials`.
        public var clientCredentials: OAuthFlow?
        /// `authorizationCode`.
        public var authorizationCode: OAuthFlow?
        /// `deviceAuthorization` (3.2).
        public var deviceAuthorization: OAuthFlow?

        /// Creates flows.
        public init() {}
    }

    /// One OAuth flow.
    public struct OAuthFlow: Hashable, Sendable {
        /// `authorizationUrl`.
        public var authorizationURL: String?
        /// `tokenUrl`.
        public var tokenURL: String?
        /// `refreshUrl`.
        public var refreshURL: String?
        /// `deviceAuthorizationUrl` (3.2).
        public var deviceAuthorizationURL: String?
        /// `scopes`: name → description, in order.
        public var scopes: OrderedDictionary<String, String> = [:]

        /// Creates a flow.
        public init() {}
    }

    /// A Security Requirement Object: scheme name → required scopes. An empty requirement (`{}`) means
    /// "no authentication" is an accepted alternative.
    public struct SecurityRequirement: Hashable, Sendable {
        /// Scheme name → scopes, in order.
        public var schemes: OrderedDictionary<String, [String]>
        /// Where the requirement starts.
        public var location: SourceLocation

        /// Creates a requirement.
        public init(schemes: OrderedDictionary<String, [String]>, location: SourceLocation) {
            self.schemes = schemes
            self.location = location
        }
    }
}
