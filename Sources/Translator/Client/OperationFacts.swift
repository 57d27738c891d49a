import OpenAPIModel

/// What an operation's context leaves out and the server needs: the spec objects behind each input, body content
/// and response case, recorded while `OperationBuilder` builds the context, so that client and server share one
/// naming of every input, case and type.
struct OperationFacts: Sendable, Hashable {
    /// A parameter and the input it became.
    struct ParameterFact: Sendable, Hashable {
        /// The input (its Swift name and type).
        var input: InputContext
        /// The parameter as the spec writes it.
        var parameter: OpenAPI.Parameter
    }

    /// One content of the request body, in the order of `RequestBodyContext.contents`.
    struct BodyFact: Sendable, Hashable {
        /// The content key: `application/json`.
        var key: String
        /// Its media type object.
        var media: OpenAPI.MediaType
    }

    /// One content of a response, in the order of the case's decodings.
    struct ResponseBodyFact: Sendable, Hashable {
        /// The case of the body enum, when there are several.
        var caseName: String
        /// The content key.
        var key: String
        /// The body's Swift type.
        var type: String
    }

    /// A response case and what it is made of.
    struct ResponseFact: Sendable, Hashable {
        /// The case's context.
        var context: ResponseCaseContext
        /// Its status key.
        var key: OpenAPI.ResponseKey
        /// Whether the case carries its status (ranges and `default`).
        var hasStatus: Bool
        /// Its contents.
        var bodies: [ResponseBodyFact]
        /// Its headers, in the order of `context.headers`.
        var headers: [OpenAPI.Header]
    }

    /// The parameters that became inputs, in input order.
    var parameters: [ParameterFact] = []
    /// The request body's contents.
    var bodyContents: [BodyFact] = []
    /// Whether the request body is required.
    var bodyRequired = false
    /// The responses, in case order.
    var responses: [ResponseFact] = []
    /// The path template as the spec writes it.
    var path = ""
    /// The method.
    var method = OpenAPI.HTTPMethod.get
    /// The operation.
    var operation: OpenAPI.Operation?
    /// The security requirements that apply (the operation's or the document's), as alternatives of scheme keys.
    var security: [[String]] = []
}
