public import OrderedCollections

extension OpenAPI {
    /// The Components Object: reusable definitions, each map in document order.
    public struct Components: Hashable, Sendable {
        /// `schemas`.
        public var schemas: OrderedDictionary<String, Schema> = [:]
        /// `responses`.
        public var responses: OrderedDictionary<String, Referenceable<Response>> = [:]
        /// `parameters`.
        public var parameters: OrderedDictionary<String, Referenceable<Parameter>> = [:]
        /// `examples`.
        public var examples: OrderedDictionary<String, Referenceable<Example>> = [:]
        /// `requestBodies`.
        public var requestBodies: OrderedDictionary<String, Referenceable<RequestBody>> = [:]
        /// `headers`.
        public var headers: OrderedDictionary<String, Referenceable<Header>> = [:]
        /// `securitySchemes`.
        public var securitySchemes: OrderedDictionary<String, Referenceable<SecurityScheme>> = [:]
        /// `links`.
        public var links: OrderedDictionary<String, Referenceable<Link>> = [:]
        /// `callbacks`.
        public var callbacks: OrderedDictionary<String, Referenceable<Callback>> = [:]
        /// `pathItems` (3.1).
        public var pathItems: OrderedDictionary<String, Referenceable<PathItem>> = [:]
        /// `x-` extensions.
        public var extensions: OrderedDictionary<String, JSONValue> = [:]

        /// Creates empty components.
        public init() {}
    }
}
