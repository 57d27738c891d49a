import OpenAPIModel
import SpecDiagnostics
import TemplateEngine
import Translator

extension PackageGenerator {
    /// The server runtime's templates: every built-in under `server/support/`, in name order.
    static let serverSupportTemplates: [String] = BuiltinTemplates.sources.keys.filter {
        $0.hasPrefix("server/support/")
    }.sorted()

    /// The server runtime's XML body reader, rendered only into servers that read an XML request body or check an
    /// XML response body.
    static let serverXMLTemplate = "server/support/serverXML"

    /// The server module's files, relative to the package: the handler protocol, the server type, one route file
    /// per operation and the server runtime (its XML reader only when a request or response body is XML); with `hummingbird`,
    /// the adapter's module too.
    static func renderServer(
        spec: OpenAPI.ResolvedSpec, client: ClientTranslation, moduleName: String, header: String,
        hummingbird: Bool, library: TemplateLibrary
    ) throws(Diagnostic) -> [String: String] {
        let translation = ServerTranslator(spec: spec, client: client, moduleName: moduleName, header: header)
            .translate()
        let serverModule = ServerTranslator.serverModuleName(moduleName: moduleName)
        let sources = "Sources/\(serverModule)/"
        var files: [String: String] = [:]
        files[sources + translation.server.serverName + ".swift"] = tidy(
            try library.render("server/server", context: translation.server))
        files[sources + translation.handler.handlerName + ".swift"] = tidy(
            try library.render("server/handler", context: translation.handler))
        let support = ServerSupportContext(
            header: header, moduleName: moduleName, hasXMLReader: translation.readsXMLBodies)
        for template in serverSupportTemplates where translation.readsXMLBodies || template != serverXMLTemplate {
            let base = template.split(separator: "/").last.map(String.init) ?? template
            let stem = base.hasPrefix("server") ? String(base.dropFirst("server".count)) : base
            let name = stem.prefix(1).uppercased() + stem.dropFirst()
            files[sources + "ServerRuntime+\(name).swift"] = tidy(try library.render(template, context: support))
        }
        let rendered = ParallelWork.map(translation.operations) { file in
            Swift.Result { () throws(Diagnostic) -> String in
                tidy(try library.render("server/operation", context: file.context))
            }
        }
        for (file, result) in zip(translation.operations, rendered) {
            files[sources + file.fileName] = try result.get()
        }
        if hummingbird {
            let adapter = HummingbirdAdapterContext(
                header: header, moduleName: moduleName, serverModule: serverModule,
                serverName: translation.server.serverName, handlerName: translation.handler.handlerName,
                baseName: translation.baseName)
            files["Sources/\(moduleName)Hummingbird/\(translation.server.serverName)+Hummingbird.swift"] = tidy(
                try library.render("hummingbird/adapter", context: adapter))
        }
        return files
    }
}
