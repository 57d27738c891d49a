/// The names the client support files declare, which no generated type may take.
enum ClientRuntimeNames {
    /// Every top-level name of the client runtime (`Templates/client/support/`) and of the generated client's
    /// namespaces.
    static let all: Set<String> = [
        "ClientRequest", "ClientResponse", "ClientHeader", "ClientBody", "ByteStream", "ClientTransport",
        "ClientMiddleware", "ClientPipeline", "URLSessionTransport", "ClientError", "RequestBuilder",
        "ParameterCoding", "PathStyle", "QueryStyle", "ParameterValue", "ParameterField", "ValueEncoding",
        "PropertyEncoding", "FormEncoding", "MultipartForm", "ResponseDecoding", "ServerSentEvent",
        "ServerSentEvents", "JSONLines", "Operations", "CredentialSource", "BasicCredentials", "ClientOperation",
        "UnexpectedResponse", "DecodingFailure", "MissingCredentials", "ServerURLTemplate", "OperationServer",
        "ByteLines", "PercentEncoding", "EncodingState", "EncodedNode", "EncodedObject", "EncodedArray",
        "ValueCodingKey", "ValueTreeEncoder",
        // FoundationNetworking's names, which the URLSession transport uses unqualified (on Linux they are not
        // in Foundation).
        "URLSession", "URLSessionTask", "URLRequest", "URLResponse", "HTTPURLResponse",
    ]
}
