public import OrderedCollections
public import SpecDiagnostics

extension OpenAPI {
    /// The version family a document was written for.
    public enum SpecVersion: String, Hashable, Sendable {
        /// Swagger 2.0, converted to the 3.0 model on load.
        case swagger2 = "2.0"
        /// OpenAPI 3.0.x.
        case v3_0 = "3.0"
        /// OpenAPI 3.1.x (3.2 is read as 3.1, with a warning).
        case v3_1 = "3.1"
    }

    /// The root OpenAPI Object.
    public struct Document: Hashable, Sendable {
        /// `openapi` (or `swagger`) as written.
        public var openapi: String
        /// The version family used to read the document.
        public var specVersion: SpecVersion
        /// `info`.
        public var info: Info
        /// `jsonSchemaDialect` (3.1).
        public var jsonSchemaDialect: String?
        /// `servers` (for Swagger 2.0, built from `schemes`, `host` and `basePath`).
        public var servers: [Server] = []
        /// `paths`, in document order: template → path item.
        public var paths: OrderedDictionary<String, Referenceable<PathItem>> = [:]
        /// `webhooks` (3.1).
        public var webhooks: OrderedDictionary<String, Referenceable<PathItem>> = [:]
        /// `components`.
        public var components = Components()
        /// `security`: the default requirements for every operation.
        public var security: [SecurityRequirement]?
        /// `tags`.
        public var tags: [Tag] = []
        /// `externalDocs`.
        public var externalDocs: ExternalDocumentation?
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]
        /// Where the document starts.
        public var location: SourceLocation

        /// Creates a document.
        public init(openapi: String, specVersion: SpecVersion, info: Info, location: SourceLocation) {
            self.openapi = openapi
            self.specVersion = specVersion
            self.info = info
            self.location = location
        }
    }

    /// `info`.
    public struct Info: Hashable, Sendable {
        /// `title`.
        public var title: String
        /// `summary` (3.1).
        public var summary: String?
        /// `description`.
        public var description: String?
        /// `termsOfService`.
        public var termsOfService: String?
        /// `contact`.
        public var contact: Contact?
        /// `license`.
        public var license: License?
        /// `version`.
        public var version: String
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]

        /// Creates an info object.
        public init(title: String, version: String) {
            self.title = title
            self.version = version
        }
    }

    /// `contact`.
    public struct Contact: Hashable, Sendable {
        /// `name`.
        public var name: String?
        /// `url`.
        public var url: String?
        /// `email`.
        public var email: String?

        /// Creates a contact.
        public init(name: String? = nil, url: String? = nil, email: String? = nil) {
            self.name = name
            self.url = url
            self.email = email
        }
    }

    /// `license`.
    public struct License: Hashable, Sendable {
        /// `name`.
        public var name: String
        /// `identifier` (SPDX, 3.1).
        public var identifier: String?
        /// `url`.
        public var url: String?

        /// Creates a license.
        public init(name: String, identifier: String? = nil, url: String? = nil) {
            self.name = name
            self.identifier = identifier
            self.url = url
        }
    }

    /// `servers[]`.
    public struct Server: Hashable, Sendable {
        /// `url`, possibly with `{variables}`.
        public var url: String
        /// `description`.
        public var description: String?
        /// `variables`, in order.
        public var variables: OrderedDictionary<String, ServerVariable> = [:]
        /// Where the server starts.
        public var location: SourceLocation

        /// Creates a server.
        public init(url: String, description: String? = nil, location: SourceLocation) {
            self.url = url
            self.description = description
            self.location = location
        }
    }

    /// A server variable.
    public struct ServerVariable: Hashable, Sendable {
        /// `enum`.
        public var enumValues: [String]?
        /// `default`.
        public var defaultValue: String
        /// `description`.
        public var description: String?

        /// Creates a server variable.
        public init(enumValues: [String]? = nil, defaultValue: String, description: String? = nil) {
            self.enumValues = enumValues
            self.defaultValue = defaultValue
            self.description = description
        }
    }

    /// `tags[]`.
    public struct Tag: Hashable, Sendable {
        /// `name`.
        public var name: String
        /// `summary` (3.2).
        public var summary: String?
        /// `description`.
        public var description: String?
        /// `parent` (3.2).
        public var parent: String?
        /// `kind` (3.2).
        public var kind: String?
        /// `externalDocs`.
        public var externalDocs: ExternalDocumentation?

        /// Creates a tag.
        public init(name: String) { self.name = name }
    }
}
