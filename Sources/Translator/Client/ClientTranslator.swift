public import OpenAPIModel
import OrderedCollections
public import SpecDiagnostics

/// The client of a spec as template contexts: the client type and one file per operation.
public struct ClientTranslation: Sendable {
    /// A generated operation file: its name (`Operations+HandleGetContact.swift`) and context.
    public struct File: Sendable, Hashable {
        /// The file name, unique in the module.
        public var fileName: String
        /// What `client/operation` renders.
        public var context: OperationFileContext
        /// The spec objects behind the context, for the server.
        var facts: OperationFacts
    }

    /// What `client/client` renders.
    public var client: ClientFileContext
    /// The operation files, in the order of `paths` and their methods.
    public var operations: [File]
    /// Warnings about operations that could only be approximated.
    public var diagnostics: [Diagnostic]
    /// The Swift types the user chose for formats (from the models' ``SchemaTypeTable``), for the server.
    public var formats = FormatOverrides()
}

/// Translates the operations of a resolved spec into a client: one namespace type per operation in `Operations`
/// (its `Input`, request builder, `Output` enum and response decoding), one method per operation on the client
/// type, credentials from `securitySchemes` and the servers.
///
/// Types of parameters and bodies are the models' (``SchemaTypeTable``), always qualified by the module, so that
/// no nested name of an operation (`Input`, `Output`, `Body`) hides a schema of the same name.
public struct ClientTranslator {
    let spec: OpenAPI.ResolvedSpec
    let types: SchemaTypeTable
    let header: String
    let clientName: String
    let overrides: NameOverrides

    /// Names the client type's members take, which no operation method may take.
    static let clientMembers: Set<String> = [
        "send", "makeRequest", "serverURL", "serverOverrides", "transport", "credentials", "middlewares", "init",
        "Credentials", "Servers",
    ]

    /// Method names no operation may have: the client type's own members.
    public static var reservedMethodNames: Set<String> { clientMembers }

    /// Creates a translator.
    /// - Parameters:
    ///   - spec: The resolved spec.
    ///   - types: The models' types for schemas, from the models translation of the same spec.
    ///   - header: The header line of every file.
    ///   - clientName: The client type's name.
    ///   - overrides: Operation names chosen by the user, which win over the derived ones.
    public init(
        spec: OpenAPI.ResolvedSpec, types: SchemaTypeTable, header: String, clientName: String,
        overrides: NameOverrides = NameOverrides()
    ) {
        self.spec = spec
        self.types = types
        self.header = header
        self.clientName = clientName
        self.overrides = overrides
    }

    /// The client type's default name for a module: `LibredeskAPI` → `LibredeskClient`, `Models` → `Client`.
    public static func defaultClientName(moduleName: String) -> String {
        for suffix in ["API", "Api"] where moduleName.hasSuffix(suffix) && moduleName.count > suffix.count {
            return String(moduleName.dropLast(suffix.count)) + "Client"
        }
        return moduleName == "Models" ? "Client" : moduleName + "Client"
    }

    /// Translates every operation of `paths`. Deterministic: the same spec always gives the same result.
    public func translate() -> ClientTranslation {
        var diagnostics: [Diagnostic] = []
        // The names the user chose come first: derived names that collide with them get a number.
        var chosenTypes: Set<String> = []
        var chosenMethods: Set<String> = []
        for (_, item) in spec.document.paths {
            guard let item = spec.resolve(item) else { continue }
            for operation in item.operations.values {
                guard let id = operation.operationId, let method = overrides.methodName(forOperation: id),
                    let type = overrides.operationTypeName(forOperation: id)
                else { continue }
                chosenTypes.insert(type)
                chosenMethods.insert(method)
            }
        }
        var typeNamer = UniqueNamer(reserved: chosenTypes.union(["Operations"]), caseInsensitive: true)
        var methodNamer = UniqueNamer(reserved: chosenMethods.union(Self.clientMembers))
        var files: [ClientTranslation.File] = []
        let schemes = securitySchemeContexts()
        let schemeKeys = Set(spec.document.components.securitySchemes.keys)
        for (path, item) in spec.document.paths {
            guard let item = spec.resolve(item) else { continue }
            for (method, operation) in item.operations {
                let raw = operation.operationId ?? (method.rawValue + " " + path)
                let id = operation.operationId
                let typeName =
                    id.flatMap(overrides.operationTypeName(forOperation:))
                    ?? typeNamer.claim(SwiftName.typeName(raw)).name
                let methodName =
                    id.flatMap(overrides.methodName(forOperation:))
                    ?? methodNamer.claim(SwiftName.memberName(raw)).name
                var builder = OperationBuilder(
                    spec: spec, types: types, path: path, method: method, operation: operation, item: item,
                    typeName: typeName, methodName: methodName, operationID: raw, schemeKeys: schemeKeys)
                let context = builder.build()
                diagnostics += builder.diagnostics
                var facts = builder.facts
                facts.path = path
                facts.method = method
                facts.operation = operation
                facts.security = (operation.security ?? spec.document.security ?? []).map {
                    Array($0.schemes.keys)
                }
                files.append(
                    ClientTranslation.File(
                        fileName: "Operations+\(typeName).swift",
                        context: OperationFileContext(header: header, clientName: clientName, operation: context),
                        facts: facts))
            }
        }
        let client = ClientFileContext(
            header: header, clientName: clientName, documentation: clientDocumentation(),
            defaultServerLiteral: SwiftText.stringLiteral(defaultServerURL()), servers: serverContexts(),
            schemes: schemes, hasSchemes: !schemes.isEmpty)
        return ClientTranslation(
            client: client, operations: files, diagnostics: diagnostics, formats: types.formats)
    }

    private func clientDocumentation() -> [String] {
        let info = spec.document.info
        var lines = SwiftText.documentationLines("A client for \(info.title) \(info.version).")
        let description = SwiftText.documentationLines(info.description)
        if !description.isEmpty { lines += [""] + description }
        return lines
    }

    // MARK: - Servers

    /// The first server's URL with every variable at its default; `/` when the spec lists none.
    func defaultServerURL() -> String {
        guard let server = spec.document.servers.first else { return "/" }
        return Self.substituted(server)
    }

    /// A server's URL with every variable at its default.
    static func substituted(_ server: OpenAPI.Server) -> String {
        var url = server.url
        for (name, variable) in server.variables {
            url = url.replacing("{" + name + "}", with: variable.defaultValue)
        }
        return url
    }

    private func serverContexts() -> [ServerContext] {
        var result: [ServerContext] = []
        for (index, server) in spec.document.servers.enumerated() {
            var namer = UniqueNamer()
            let variables = server.variables.elements.enumerated().map { offset, entry in
                ServerVariableContext(
                    name: namer.claim(SwiftName.memberName(entry.key)).name,
                    placeholderLiteral: SwiftText.stringLiteral("{" + entry.key + "}"),
                    defaultLiteral: SwiftText.stringLiteral(entry.value.defaultValue),
                    isLast: offset == server.variables.count - 1)
            }
            var documentation = SwiftText.documentationLines(server.description)
            if !documentation.isEmpty { documentation.append("") }
            documentation += SwiftText.documentationLines("`\(server.url)`")
            result.append(
                ServerContext(
                    name: "server\(index + 1)", documentation: documentation,
                    urlLiteral: SwiftText.stringLiteral(server.url), variables: variables))
        }
        return result
    }

    // MARK: - Security

    private func securitySchemeContexts() -> [SecuritySchemeContext] {
        var namer = UniqueNamer(reserved: ["init", "apply", "isSet"])
        var result: [SecuritySchemeContext] = []
        for (key, written) in spec.document.components.securitySchemes {
            guard let scheme = spec.resolve(written) else { continue }
            var context = SecuritySchemeContext(
                propertyName: namer.claim(SwiftName.memberName(key)).name, keyLiteral: SwiftText.stringLiteral(key),
                credentialType: "Swift.String", documentation: SwiftText.documentationLines(scheme.description),
                isBasic: false, isToken: false, tokenPrefixLiteral: "\"\"", isHeader: false, isQuery: false,
                isCookie: false, nameLiteral: "\"\"", isTransport: false, isLast: false)
            let how: String
            switch scheme.kind {
            case .http(let name, _) where name.lowercased() == "basic":
                context.isBasic = true
                context.credentialType = "BasicCredentials"
                how = "Sent as `Authorization: Basic <base64(username:password)>`."
            case .http(let name, _):
                context.isToken = true
                let prefix = name.lowercased() == "bearer" ? "Bearer" : name
                context.tokenPrefixLiteral = SwiftText.stringLiteral(prefix + " ")
                how = "The token, sent as `Authorization: \(prefix) <token>`."
            case .oauth2, .openIdConnect:
                context.isToken = true
                context.tokenPrefixLiteral = SwiftText.stringLiteral("Bearer ")
                how = "An access token, sent as `Authorization: Bearer <token>`."
            case .apiKey(let name, let location):
                context.nameLiteral = SwiftText.stringLiteral(name)
                switch location {
                case .header: context.isHeader = true
                case .query: context.isQuery = true
                case .cookie: context.isCookie = true
                }
                how = "The key, sent as is in the \(location.rawValue) `\(name)`."
            case .mutualTLS:
                // A client certificate is the transport's business; nothing goes into the request.
                context.isTransport = true
                how =
                    "Mutual TLS is the transport's job: give it the client certificate (URLSession: answer the "
                    + "client-certificate challenge in a URLSessionDelegate; AsyncHTTPClient: "
                    + "`TLSConfiguration.certificateChain` and `privateKey`). Nothing is sent in the request: set any "
                    + "value here to mark the scheme as available to operations that require it."
            }
            if !context.documentation.isEmpty { context.documentation.append("") }
            context.documentation += SwiftText.documentationLines(how)
            result.append(context)
        }
        if !result.isEmpty { result[result.count - 1].isLast = true }
        return result
    }
}
