public import OrderedCollections

extension OpenAPI {
    /// Every object a `$ref` points to, by target, read as the type its referrer expects.
    ///
    /// The root document's components are registered under their pointers too
    /// (`#/components/schemas/Pet`, or `#/definitions/Pet` for Swagger 2.0), so a lookup never needs to
    /// know where a definition came from.
    public struct ReferenceTable: Hashable, Sendable {
        /// Schemas by target, in the order they were first reached.
        public var schemas: OrderedDictionary<ReferenceTarget, Schema> = [:]
        /// Parameters by target.
        public var parameters: OrderedDictionary<ReferenceTarget, Parameter> = [:]
        /// Request bodies by target (Swagger 2.0 body parameters are converted into these).
        public var requestBodies: OrderedDictionary<ReferenceTarget, RequestBody> = [:]
        /// Responses by target.
        public var responses: OrderedDictionary<ReferenceTarget, Response> = [:]
        /// Headers by target.
        public var headers: OrderedDictionary<ReferenceTarget, Header> = [:]
        /// Examples by target.
        public var examples: OrderedDictionary<ReferenceTarget, Example> = [:]
        /// Links by target.
        public var links: OrderedDictionary<ReferenceTarget, Link> = [:]
        /// Callbacks by target.
        public var callbacks: OrderedDictionary<ReferenceTarget, Callback> = [:]
        /// Path items by target.
        public var pathItems: OrderedDictionary<ReferenceTarget, PathItem> = [:]
        /// Security schemes by target.
        public var securitySchemes: OrderedDictionary<ReferenceTarget, SecurityScheme> = [:]

        /// Creates an empty table.
        public init() {}
    }

    /// A loaded document with every reference resolved: what the translator works from.
    public struct ResolvedSpec: Hashable, Sendable {
        /// The root document.
        public var document: Document
        /// The root file's normalised path.
        public var rootFile: String
        /// Every file read, root first, in the order they were first reached.
        public var files: [String]
        /// Every reference's target, read as the type its referrer expects.
        public var references: ReferenceTable
        /// How many `$ref`s the loader resolved, and how many of them point into another file.
        public var referenceCount: Int
        /// How many of `referenceCount` point into another file.
        public var externalReferenceCount: Int

        /// Creates a resolved spec.
        public init(
            document: Document, rootFile: String, files: [String], references: ReferenceTable,
            referenceCount: Int, externalReferenceCount: Int
        ) {
            self.document = document
            self.rootFile = rootFile
            self.files = files
            self.references = references
            self.referenceCount = referenceCount
            self.externalReferenceCount = externalReferenceCount
        }
    }
}

extension OpenAPI.ResolvedSpec {
    /// The schema a reference points to (following chains of schema-only `$ref`s), or nil when unknown.
    public func schema(for reference: OpenAPI.Reference) -> OpenAPI.Schema? {
        references.schemas[reference.target]
    }

    /// A path item, inline or referenced.
    public func resolve(_ item: OpenAPI.Referenceable<OpenAPI.PathItem>) -> OpenAPI.PathItem? {
        switch item {
        case .value(let value): value
        case .reference(let reference): references.pathItems[reference.target]
        }
    }

    /// A parameter, inline or referenced.
    public func resolve(_ item: OpenAPI.Referenceable<OpenAPI.Parameter>) -> OpenAPI.Parameter? {
        switch item {
        case .value(let value): value
        case .reference(let reference): references.parameters[reference.target]
        }
    }

    /// A request body, inline or referenced.
    public func resolve(_ item: OpenAPI.Referenceable<OpenAPI.RequestBody>) -> OpenAPI.RequestBody? {
        switch item {
        case .value(let value): value
        case .reference(let reference): references.requestBodies[reference.target]
        }
    }

    /// A response, inline or referenced.
    public func resolve(_ item: OpenAPI.Referenceable<OpenAPI.Response>) -> OpenAPI.Response? {
        switch item {
        case .value(let value): value
        case .reference(let reference): references.responses[reference.target]
        }
    }

    /// A header, inline or referenced.
    public func resolve(_ item: OpenAPI.Referenceable<OpenAPI.Header>) -> OpenAPI.Header? {
        switch item {
        case .value(let value): value
        case .reference(let reference): references.headers[reference.target]
        }
    }

    /// A security scheme, inline or referenced.
    public func resolve(_ item: OpenAPI.Referenceable<OpenAPI.SecurityScheme>) -> OpenAPI.SecurityScheme? {
        switch item {
        case .value(let value): value
        case .reference(let reference): references.securitySchemes[reference.target]
        }
    }

    /// The number of operations in `paths`, following path item references.
    public var operationCount: Int {
        document.paths.values.reduce(0) { $0 + (resolve($1)?.operations.count ?? 0) }
    }
}
