import OpenAPIModel
import SpecDiagnostics
import TemplateEngine
import Translator

extension PackageGenerator {
    /// The client's files, relative to the module's source folder: the client type, one file per operation and
    /// the client runtime.
    static func renderClient(
        spec: OpenAPI.ResolvedSpec, translation: ModelTranslation, moduleName: String, library: TemplateLibrary,
        naming: NameOverrides = NameOverrides()
    ) throws(Diagnostic) -> (files: [String: String], diagnostics: [Diagnostic], translation: ClientTranslation) {
        let clientName = ClientTranslator.defaultClientName(moduleName: moduleName)
        if translation.files.contains(where: { $0.typeName == clientName }) {
            throw .error(
                "the client's name '\(clientName)' is also the name of a generated type; choose another module name with --module-name",
                at: nil)
        }
        let client = ClientTranslator(
            spec: spec, types: translation.types, header: translation.header, clientName: clientName,
            overrides: naming
        ).translate()
        var files: [String: String] = [:]
        files[clientName + ".swift"] = tidy(try library.render("client/client", context: client.client))
        let support = SupportFileContext(header: translation.header)
        for template in clientSupportTemplates {
            let base = template.split(separator: "/").last.map(String.init) ?? template
            let stem = base.hasPrefix("client") ? String(base.dropFirst("client".count)) : base
            let name = stem.prefix(1).uppercased() + stem.dropFirst()
            files["ClientRuntime+\(name).swift"] = tidy(try library.render(template, context: support))
        }
        let rendered = ParallelWork.map(client.operations) { file in
            Swift.Result { () throws(Diagnostic) -> String in
                tidy(try library.render("client/operation", context: file.context))
            }
        }
        for (file, result) in zip(client.operations, rendered) {
            files[file.fileName] = try result.get()
        }
        return (files, client.diagnostics, client)
    }
}
