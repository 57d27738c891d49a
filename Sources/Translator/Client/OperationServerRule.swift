import OpenAPIModel

/// Where an operation with its own `servers` (its own, or its path's) is sent, decided here once so that the
/// generated code only carries the outcome, as an `OperationServer` value:
///
/// - The server is the first of the operation's `servers` (else of its path's), variables at their defaults; its
///   URL as written is the key of the client's `serverOverrides`, and an override wins over everything below.
/// - A relative server (`/v2`, `./uploads`, `uploads`) is resolved against the client's `serverURL`, taken as a
///   folder: `/v2` keeps only the client's scheme, host and port; `./uploads` goes below the client's path.
/// - An absolute server on the spec's first server's scheme, host and port (compared without case) follows the
///   client's `serverURL` the same way: its path is resolved as an absolute path (`https://api.example.com/v2`
///   becomes `/v2`).
/// - An absolute server on another host is used as it is.
enum OperationServerRule {
    /// The Swift expression of an operation's `server`: `nil`, or an `OperationServer` with the server's URL and
    /// the reference resolved against the client's server (`nil` for a server on another host).
    /// - Parameters:
    ///   - server: The operation's own server (or its path's), if any.
    ///   - documentServer: The spec's first server, if any.
    static func expression(for server: OpenAPI.Server?, documentServer: OpenAPI.Server?) -> String {
        guard let server else { return "nil" }
        let url = ClientTranslator.substituted(server)
        let reference = referenceOnClientServer(url, documentURL: documentServer.map(ClientTranslator.substituted))
        let referenceText = reference.map(SwiftText.stringLiteral) ?? "nil"
        return "OperationServer(\(SwiftText.stringLiteral(url)), referenceOnClientServer: \(referenceText))"
    }

    /// What of `url` is resolved against the client's server: `url` itself when it is relative, its path (and
    /// query) when it is on the origin of `documentURL`, nil when it is on another origin.
    static func referenceOnClientServer(_ url: String, documentURL: String?) -> String? {
        guard let (origin, rest) = split(url) else { return url }
        guard let documentURL, let (documentOrigin, _) = split(documentURL),
            origin.lowercased() == documentOrigin.lowercased()
        else { return nil }
        return rest.hasPrefix("/") ? rest : "/" + rest
    }

    /// An absolute URL's origin (`https://api.example.com:8443`) and the rest (path, query, fragment), or nil for
    /// a relative reference (no scheme).
    static func split(_ url: String) -> (origin: String, rest: String)? {
        guard let separator = url.range(of: "://") else { return nil }
        let scheme = url[..<separator.lowerBound]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        else { return nil }
        let afterScheme = url[separator.upperBound...]
        let end = afterScheme.firstIndex { "/?#".contains($0) } ?? afterScheme.endIndex
        return (String(url[..<end]), String(url[end...]))
    }
}
