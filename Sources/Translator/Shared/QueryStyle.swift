import OpenAPIModel

extension OpenAPI.Parameter {
    /// The query style as the runtimes' `QueryStyle` case, shared by the client's encoder and the server's decoder:
    /// `.spaceDelimited`, `.pipeDelimited`, `.deepObject`, or `.form` for every other style.
    var queryStyleCase: String {
        switch effectiveStyle {
        case .spaceDelimited: ".spaceDelimited"
        case .pipeDelimited: ".pipeDelimited"
        case .deepObject: ".deepObject"
        default: ".form"
        }
    }
}
