public import OpenAPIModel
import OrderedCollections

/// The server of a spec as template contexts: the handler protocol, the server type with its routes, and one
/// route file per operation.
public struct ServerTranslation: Sendable {
    /// A route file: its name (`Routes+HandleGetContact.swift`) and context.
    public struct File: Sendable, Hashable {
        /// The file name, unique in the module.
        public var fileName: String
        /// What `server/operation` renders.
        public var context: ServerOperationFileContext
    }

    /// What `server/server` renders.
    public var server: ServerFileContext
    /// What `server/handler` renders.
    public var handler: HandlerFileContext
    /// The name in `add<Base>Routes` and the types' names: `Libredesk`.
    public var baseName: String
    /// The route files, in the order of `paths` and their methods.
    public var operations: [File]
    /// Whether some operation reads an XML request body or documents an XML response body with a schema: only then
    /// does the server runtime carry its XML reader (`server/support/serverXML`), which the other servers would
    /// compile for nothing.
    public var readsXMLBodies: Bool
}

/// Translates the operations of a client translation into a server: the same `Operations.<Name>.Input` and
/// `Output` types, read from requests and written as responses, so that client and server of one spec agree by
/// construction. Parameters and bodies are validated against their schemas (``ServerSchemaTable``) before a
/// handler sees them, and the handler's output against the documented responses before it is written.
public struct ServerTranslator {
    let spec: OpenAPI.ResolvedSpec
    let client: ClientTranslation
    let moduleName: String
    let header: String
    let serverName: String
    let handlerName: String

    /// Creates a translator.
    /// - Parameters:
    ///   - spec: The resolved spec.
    ///   - client: The client translation of the same spec, whose operation types the server shares.
    ///   - moduleName: The module of the models and operation types.
    ///   - header: The header line of every file.
    public init(spec: OpenAPI.ResolvedSpec, client: ClientTranslation, moduleName: String, header: String) {
        self.spec = spec
        self.client = client
        self.moduleName = moduleName
        self.header = header
        let base = Self.baseName(clientName: client.client.clientName)
        // A type named like its module cannot be qualified by the module's name (`PetstoreServer.ServerResponse`
        // would look inside the type): with the module `Petstore`, the server type is `PetstoreAPIServer`.
        let server = base + "Server"
        self.serverName = server == Self.serverModuleName(moduleName: moduleName) ? base + "APIServer" : server
        self.handlerName = base + "Handler"
    }

    /// The server module's name for a module: `LibredeskAPI` → `LibredeskAPIServer`.
    public static func serverModuleName(moduleName: String) -> String { moduleName + "Server" }

    /// The handler protocol's method for an operation: the client's method name, unless the protocol's own
    /// requirements (`authenticate`, `refuse`) have it, then with `Operation` after it.
    static func handlerMethodName(_ clientMethod: String) -> String {
        ["authenticate", "refuse"].contains(clientMethod) ? clientMethod + "Operation" : clientMethod
    }

    /// `LibredeskClient` → `Libredesk`; `Client` → `API`.
    static func baseName(clientName: String) -> String {
        let base = clientName.hasSuffix("Client") ? String(clientName.dropLast("Client".count)) : clientName
        return base.isEmpty ? "API" : base
    }

    /// Translates every operation.
    public func translate() -> ServerTranslation {
        var table = ServerSchemaTable(spec: spec, formats: client.formats)
        let schemes = schemeContexts()
        let challenges = challengeTexts()
        var files: [ServerTranslation.File] = []
        var routes: [RouteEntryContext] = []
        var methods: [HandlerMethodContext] = []
        var responses: [String] = []
        var readsXML = false
        for file in client.operations {
            let operation = file.context.operation
            var builder = ServerOperationBuilder(
                spec: spec, facts: file.facts, operation: operation, moduleName: moduleName, serverName: serverName)
            let context = builder.build(table: &table, challenges: challenges)
            responses.append(builder.documentedResponses(table: &table))
            readsXML = readsXML || builder.readsXML || builder.writesXML
            files.append(
                ServerTranslation.File(
                    fileName: "Routes+\(operation.typeName).swift",
                    context: ServerOperationFileContext(
                        header: header, moduleName: moduleName, serverName: serverName, operation: context)))
            routes.append(
                RouteEntryContext(
                    name: context.routeName,
                    methodLiteral: SwiftText.stringLiteral(file.facts.method.rawValue.uppercased()),
                    pathLiteral: SwiftText.stringLiteral(file.facts.path), isLast: false))
            methods.append(
                HandlerMethodContext(
                    methodName: Self.handlerMethodName(operation.methodName), typeName: operation.typeName,
                    operationIDLiteral: operation.operationIDLiteral, documentation: operation.documentation))
        }
        if !routes.isEmpty { routes[routes.count - 1].isLast = true }
        let info = spec.document.info
        let server = ServerFileContext(
            header: header, moduleName: moduleName, serverName: serverName, handlerName: handlerName,
            documentation: SwiftText.documentationLines(
                "A server for \(info.title) \(info.version): routes requests to a `\(handlerName)`, validating them first."
            ),
            basePathLiteral: SwiftText.stringLiteral(basePath()), schemes: schemes, hasSchemes: !schemes.isEmpty,
            routes: routes, schemasLiteral: SwiftText.stringLiteral(table.json),
            responsesLiteral: SwiftText.stringLiteral("[" + responses.joined(separator: ",") + "]"))
        let base = Self.baseName(clientName: client.client.clientName)
        let handler = HandlerFileContext(
            header: header, moduleName: moduleName, handlerName: handlerName, serverName: serverName,
            clientName: client.client.clientName, apiName: base + "APIProtocol", apiHandlerName: base + "APIHandler",
            documentation: SwiftText.documentationLines(
                "The operations of \(info.title) \(info.version), one method each; an operation left unimplemented answers 501."
            ),
            methods: methods, hasSchemes: !schemes.isEmpty)
        return ServerTranslation(
            server: server, handler: handler, baseName: base, operations: files, readsXMLBodies: readsXML)
    }

    /// The path of the first server's URL (`/api/v1`), without a trailing slash; empty when there is none.
    func basePath() -> String {
        guard let server = spec.document.servers.first else { return "" }
        var url = Substring(ClientTranslator.substituted(server))
        if let scheme = url.range(of: "://") {
            url = url[scheme.upperBound...]
            url = url.firstIndex(of: "/").map { url[$0...] } ?? ""
        }
        if let query = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { url = url[..<query] }
        while url.hasSuffix("/") { url = url.dropLast() }
        return url.hasPrefix("/") ? String(url) : (url.isEmpty ? "" : "/" + url)
    }

    // MARK: - Security

    /// The credentials properties, named as the client names them.
    private func schemeContexts() -> [ServerSchemeContext] {
        var namer = UniqueNamer(reserved: ["init", "has", "satisfies"])
        var result: [ServerSchemeContext] = []
        for (key, written) in spec.document.components.securitySchemes {
            guard let scheme = spec.resolve(written) else { continue }
            var type = "Swift.String"
            let read: String
            switch scheme.kind {
            case .http(let name, _) where name.lowercased() == "basic":
                type = moduleName + ".BasicCredentials"
                read = "ServerAuth.basic(request)"
            case .http(let name, _):
                read = "ServerAuth.token(request, scheme: \(SwiftText.stringLiteral(name)))"
            case .oauth2, .openIdConnect:
                read = "ServerAuth.token(request, scheme: \"Bearer\")"
            case .apiKey(let name, let location):
                let function = ["header": "headerKey", "query": "queryKey", "cookie": "cookieKey"][location.rawValue]
                read = "ServerAuth.\(function ?? "headerKey")(request, name: \(SwiftText.stringLiteral(name)))"
            case .mutualTLS:
                // A client certificate is checked where TLS ends, before the request reaches the server.
                read = "\"\""
            }
            result.append(
                ServerSchemeContext(
                    propertyName: namer.claim(SwiftName.memberName(key)).name, keyLiteral: SwiftText.stringLiteral(key),
                    credentialType: type, readExpression: read,
                    documentation: SwiftText.documentationLines(scheme.description ?? "The `\(key)` credential."),
                    isLast: false))
        }
        if !result.isEmpty { result[result.count - 1].isLast = true }
        return result
    }

    /// The `WWW-Authenticate` challenge of each HTTP scheme, by key.
    private func challengeTexts() -> [String: String] {
        let realm = spec.document.info.title.unicodeScalars.filter {
            $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\"
        }
        var result: [String: String] = [:]
        for (key, written) in spec.document.components.securitySchemes {
            guard let scheme = spec.resolve(written) else { continue }
            switch scheme.kind {
            case .http(let name, _):
                let token = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" } ? name : "Bearer"
                let display = token.prefix(1).uppercased() + token.dropFirst().lowercased()
                result[key] = display + " realm=\"" + String(String.UnicodeScalarView(realm)) + "\""
            case .oauth2, .openIdConnect:
                result[key] = "Bearer realm=\"" + String(String.UnicodeScalarView(realm)) + "\""
            default:
                break
            }
        }
        return result
    }
}
