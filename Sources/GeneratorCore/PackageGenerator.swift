import Foundation
public import OpenAPILoader
public import OpenAPIModel
public import SpecDiagnostics
public import TemplateEngine
import Translator

/// What a generated package contains.
public enum GenerationMode: String, Sendable, Hashable, CaseIterable {
    /// Codable types for the schemas.
    case models
    /// A client: one method per operation, credentials, servers and a URLSession transport (includes the models).
    case client
    /// An opt-in AsyncHTTPClient transport, as a target and product of its own (includes the client); only a
    /// package with it declares the async-http-client dependency.
    case asyncHTTPClient = "async-http-client"
    /// A server module on swift-http-types: a handler protocol, a validating router and the response writers,
    /// sharing the client's operation types (includes the client).
    case server
    /// An opt-in Hummingbird 2 adapter for the server, as a target and product of its own (includes the server);
    /// only a package with it declares the Hummingbird dependency.
    case hummingbird
}

/// Generates a SwiftPM package from a spec: load → translate → render every enabled mode → write.
///
/// The spec is loaded and its models translated once; each mode renders from the same translation. The package
/// has a `Package.swift` (tools 6.0, Swift 6 language mode) and `Sources/<Module>/`, with one file per top-level
/// type (its inline types nested in it) and the models' support files (`JSONValue.swift`, `OptionalNullable.swift`,
/// `ModelCoding.swift`, `OpenAPIDate.swift`, `MultipartFile.swift`); with the client, the client type
/// (`<Client>.swift`), one file per operation (`Operations+<Name>.swift`) and the client runtime
/// (`ClientRuntime+*.swift`). Output is deterministic: the same spec and templates always give the same bytes.
public enum PackageGenerator {
    /// The templates the generator renders directly, with their context types (for
    /// `TemplateLibrary.checkAll(entryPoints:)` and `templates check`).
    public static let entryPoints: [String: any TemplateContext.Type] = {
        var entries: [String: any TemplateContext.Type] = [
            "models/file": ModelFileContext.self,
            "models/declaration": DeclarationContext.self,
            "models/package": PackageContext.self,
            "client/client": ClientFileContext.self,
            "client/operation": OperationFileContext.self,
            "asyncHTTPClient/transport": PackageContext.self,
            "server/server": ServerFileContext.self,
            "server/handler": HandlerFileContext.self,
            "server/operation": ServerOperationFileContext.self,
            "hummingbird/adapter": HummingbirdAdapterContext.self,
        ]
        for name in modelSupportTemplates + clientSupportTemplates { entries[name] = SupportFileContext.self }
        for name in serverSupportTemplates { entries[name] = ServerSupportContext.self }
        return entries
    }()

    /// The globals `templates check` checks templates with: the settings of a default generation.
    public static let templateGlobals: any TemplateContext = CodeSettings()

    /// The built-in templates overlaid by `overrideDirectory`, with the globals of a generation at `access`.
    /// - Throws: A diagnostic when the folder cannot be read.
    public static func templates(
        overrideDirectory: String? = nil, access: AccessLevel = .public
    ) throws(Diagnostic) -> TemplateLibrary {
        try TemplateLibrary(overrideDirectory: overrideDirectory, globals: CodeSettings(access: access.rawValue))
    }

    /// The models' support templates, with the file each is written to.
    static let modelSupportFiles: [(template: String, file: String)] = [
        ("models/support/jsonValue", "JSONValue.swift"),
        ("models/support/optionalNullable", "OptionalNullable.swift"),
        ("models/support/coding", "ModelCoding.swift"),
        ("models/support/date", "OpenAPIDate.swift"),
        ("models/support/multipartFile", "MultipartFile.swift"),
    ]

    static var modelSupportTemplates: [String] { modelSupportFiles.map(\.template) }

    /// The client runtime's templates: every built-in under `client/support/`, in name order.
    static let clientSupportTemplates: [String] = BuiltinTemplates.sources.keys.filter {
        $0.hasPrefix("client/support/")
    }.sorted()

    /// What to generate and where.
    public struct Options: Sendable {
        /// The spec's path, as given (quoted in the header of every file).
        public var specPath: String
        /// The package folder to create or replace.
        public var outputDirectory: String
        /// The module's name; derived from the spec's title when nil.
        public var moduleName: String?
        /// A folder of template overrides.
        public var templatesDirectory: String?
        /// How the spec is loaded.
        public var loaderOptions: LoaderOptions
        /// What the package contains; the client includes the models.
        public var modes: Set<GenerationMode>
        /// The SwiftPM package's name; the module's name when nil.
        public var packageName: String?
        /// The folder the spec's path in file headers is relative to; the current folder when nil.
        public var headerBase: String?
        /// Whether hand-edited generated files, and files openapi-swift did not write where it writes one, are
        /// replaced (or removed) rather than reported.
        public var force: Bool
        /// Whether the package is written, or only compared with the output folder (`--check`, `--dry-run`).
        public var action: Action = .write
        /// Which operations are generated, with what they reference; everything when empty.
        public var filter = OperationFilter()
        /// Component schemas generated as the user's own types.
        public var schemaTypeOverrides: [SchemaTypeOverride] = []
        /// Schema formats generated as the user's own types.
        public var formatTypeOverrides: [FormatTypeOverride] = []
        /// The access modifier of every generated declaration.
        public var accessLevel: AccessLevel = .public
        /// Names chosen instead of the derived ones, for schemas, properties and operations.
        public var naming = Naming()
        /// How to regenerate the package, for its `README.md`; no README is written when nil.
        public var regeneration: Regeneration?

        /// Creates options.
        public init(
            specPath: String, outputDirectory: String, moduleName: String? = nil, templatesDirectory: String? = nil,
            loaderOptions: LoaderOptions = LoaderOptions(), modes: Set<GenerationMode> = [.models],
            packageName: String? = nil, headerBase: String? = nil, force: Bool = false
        ) {
            self.specPath = specPath
            self.outputDirectory = outputDirectory
            self.moduleName = moduleName
            self.templatesDirectory = templatesDirectory
            self.loaderOptions = loaderOptions
            self.modes = modes
            self.packageName = packageName
            self.headerBase = headerBase
            self.force = force
        }
    }

    /// What `generate` does with the rendered package.
    public enum Action: Sendable {
        /// Brings the output folder up to date.
        case write
        /// Compares the package with the output folder and changes nothing; conflicts are part of the plan, not
        /// errors.
        case compare
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// Every diagnostic: the loader's, the translator's and the generator's.
        public var diagnostics: [Diagnostic]
        /// Renders diagnostics with source lines from the spec.
        public var renderer: DiagnosticRenderer
        /// The files generated, relative to the output folder, sorted; empty when nothing was written.
        public var files: [String]
        /// Whether the package was written.
        public var succeeded: Bool
        /// What was written, left alone and removed (or would be, when comparing), when the output was reached.
        public var plan: OutputPlan?
        /// The rendered files by path, when comparing.
        public var rendered: [String: String] = [:]
    }

    /// Loads, translates, renders and writes (see `OutputWriter`). Nothing is written when the spec has errors,
    /// rendering fails, or a file in the output was edited by hand (unless `force`).
    public static func generate(_ options: Options) -> Outcome {
        let loaded = SpecLoader.load(path: options.specPath, options: options.loaderOptions)
        var diagnostics = loaded.diagnostics
        guard var spec = loaded.spec, !loaded.hasErrors else {
            return Outcome(diagnostics: diagnostics, renderer: loaded.renderer, files: [], succeeded: false)
        }
        var overrides = NameOverrides()
        if !options.naming.isEmpty {
            switch nameOverrides(options.naming, spec: spec, moduleName: options.moduleName, modes: options.modes) {
            case .success(let checked):
                overrides = checked
            case .failure(let errors):
                diagnostics += errors.diagnostics
                return Outcome(diagnostics: diagnostics, renderer: loaded.renderer, files: [], succeeded: false)
            }
        }
        let formats = formatOverrides(options.formatTypeOverrides, documents: loaded.documents)
        diagnostics += formats.diagnostics
        guard !formats.diagnostics.contains(where: { $0.severity == .error }) else {
            return Outcome(diagnostics: diagnostics, renderer: loaded.renderer, files: [], succeeded: false)
        }
        if !options.filter.isEmpty {
            do throws(FilterErrors) {
                spec = try options.filter.apply(to: spec, documents: loaded.documents)
            } catch {
                diagnostics += error.diagnostics
                return Outcome(diagnostics: diagnostics, renderer: loaded.renderer, files: [], succeeded: false)
            }
        }
        do throws(Diagnostic) {
            let library = try templates(overrideDirectory: options.templatesDirectory, access: options.accessLevel)
            var package = try render(
                spec: spec, specPath: quotedSpecPath(options),
                moduleName: options.moduleName, library: library, modes: options.modes,
                packageName: options.packageName, naming: overrides, formats: formats.overrides)
            diagnostics += package.diagnostics
            try applyTypeOverrides(
                options.schemaTypeOverrides, to: &package, schemas: loaded.spec?.document.components,
                access: options.accessLevel)
            applyFormatImports(options.formatTypeOverrides, to: &package)
            if let regeneration = options.regeneration {
                package.files["README.md"] = readme(
                    packageName: options.packageName ?? package.moduleName, specPath: quotedSpecPath(options),
                    modes: options.modes, regeneration: regeneration)
            }
            if options.action == .compare {
                let plan = try OutputPlan.make(
                    files: package.files, directory: options.outputDirectory, force: options.force)
                return Outcome(
                    diagnostics: diagnostics, renderer: loaded.renderer, files: package.files.keys.sorted(),
                    succeeded: true, plan: plan, rendered: package.files)
            }
            let plan = try OutputWriter.write(package.files, to: options.outputDirectory, force: options.force)
            diagnostics += plan.conflicts.map { conflict in
                let action = conflict.reason.hasSuffix("no longer generated") ? "remove" : "replace"
                return .error(
                    "'\(conflict.path)' in the output \(conflict.reason); nothing was written (pass --force to "
                        + "\(action) it)", at: nil)
            }
            return Outcome(
                diagnostics: diagnostics, renderer: loaded.renderer, files: package.files.keys.sorted(),
                succeeded: plan.conflicts.isEmpty, plan: plan)
        } catch {
            diagnostics.append(error)
            return Outcome(diagnostics: diagnostics, renderer: loaded.renderer, files: [], succeeded: false)
        }
    }

    /// A rendered package: file contents by path relative to the package folder.
    public struct RenderedPackage: Sendable {
        /// File contents by relative path.
        public var files: [String: String]
        /// The module's name.
        public var moduleName: String
        /// The translator's warnings.
        public var diagnostics: [Diagnostic]
        /// The type name of each component schema (by its key) that has a top-level type.
        public var schemaTypeNames: [String: String] = [:]
    }

    /// Translates and renders every enabled mode of `spec` without writing anything.
    /// - Throws: A diagnostic when the module name is not an identifier or a template fails.
    public static func render(
        spec: OpenAPI.ResolvedSpec, specPath: String, moduleName: String?, library: TemplateLibrary,
        modes: Set<GenerationMode> = [.models], packageName: String? = nil
    ) throws(Diagnostic) -> RenderedPackage {
        try render(
            spec: spec, specPath: specPath, moduleName: moduleName, library: library, modes: modes,
            packageName: packageName, naming: NameOverrides())
    }

    /// `render(spec:specPath:moduleName:library:modes:packageName:)` with the names in `naming` (already checked,
    /// see `nameOverrides(_:spec:moduleName:modes:)`) instead of the derived ones, and the user's types for the
    /// formats in `formats`.
    static func render(
        spec: OpenAPI.ResolvedSpec, specPath: String, moduleName: String?, library: TemplateLibrary,
        modes: Set<GenerationMode>, packageName: String?, naming: NameOverrides,
        formats: FormatOverrides = FormatOverrides()
    ) throws(Diagnostic) -> RenderedPackage {
        let module = moduleName ?? defaultModuleName(for: spec)
        guard isIdentifier(module) else {
            throw .error(
                "the module name '\(module)' is not a Swift identifier (letters, digits and '_', not starting with a digit)",
                at: nil)
        }
        let translation = ModelTranslator(
            spec: spec, specPath: specPath, moduleName: module, inlineTypes: .nested, overrides: naming,
            formats: formats
        ).translate()
        if translation.files.contains(where: { $0.typeName == module }) {
            throw .error(
                "the module name '\(module)' is also the name of a generated type; choose another with --module-name",
                at: nil)
        }
        let sources = "Sources/\(module)/"
        var files: [String: String] = [:]
        let transportModule = modes.contains(.asyncHTTPClient) ? module + "AsyncHTTPClient" : nil
        let hummingbird = modes.contains(.hummingbird)
        let server = hummingbird || modes.contains(.server)
        let manifest = PackageContext(
            header: translation.header, packageName: packageName ?? module, moduleName: module,
            asyncHTTPClientModule: transportModule,
            serverModule: server ? ServerTranslator.serverModuleName(moduleName: module) : nil,
            hummingbirdModule: hummingbird ? module + "Hummingbird" : nil)
        files["Package.swift"] = tidy(try library.render("models/package", context: manifest))
        if let transportModule {
            files["Sources/\(transportModule)/AsyncHTTPClientTransport.swift"] = tidy(
                try library.render("asyncHTTPClient/transport", context: manifest))
        }
        let support = SupportFileContext(header: translation.header)
        for (template, file) in modelSupportFiles {
            files[sources + file] = tidy(try library.render(template, context: support))
        }
        // Files are independent: render them on every core, then report the first failure in file order.
        let rendered = ParallelWork.map(translation.files) { file in
            Swift.Result { () throws(Diagnostic) -> String in
                var context = file.context
                var declarations: [DeclarationContext] = []
                for declaration in context.declarations {
                    declarations.append(try withNestedTypes(declaration, library: library))
                }
                context.declarations = declarations
                return tidy(try library.render("models/file", context: context))
            }
        }
        for (file, result) in zip(translation.files, rendered) {
            files[sources + file.typeName + ".swift"] = try result.get()
        }
        var diagnostics = translation.diagnostics
        if modes.contains(.client) || modes.contains(.asyncHTTPClient) || server {
            let client = try renderClient(
                spec: spec, translation: translation, moduleName: module, library: library, naming: naming)
            diagnostics += client.diagnostics
            for (path, text) in client.files { files[sources + path] = text }
            if server {
                let serverFiles = try renderServer(
                    spec: spec, client: client.translation, moduleName: module, header: translation.header,
                    hummingbird: hummingbird, library: library)
                files.merge(serverFiles) { first, _ in first }
            }
        }
        var package = RenderedPackage(files: files, moduleName: module, diagnostics: diagnostics)
        let container = spec.document.specVersion == .swagger2 ? ["definitions"] : ["components", "schemas"]
        for key in spec.document.components.schemas.keys {
            let pointer = (container + [key]).map {
                $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            }
            let target = ReferenceTarget(file: spec.rootFile, pointer: "/" + pointer.joined(separator: "/"))
            package.schemaTypeNames[key] = translation.types.typeName(for: target)
        }
        return package
    }

    /// `declaration` with the `nestedTypes` of its context filled in: each nested declaration rendered with
    /// `models/declaration` (its own nested types first) and indented by one level. Templates cannot indent a
    /// partial reliably (see Templates/README.md), so the generator does this layout step.
    static func withNestedTypes(
        _ declaration: DeclarationContext, library: TemplateLibrary
    ) throws(Diagnostic) -> DeclarationContext {
        guard !declaration.nested.isEmpty else { return declaration }
        var texts: [String] = []
        for nested in declaration.nested {
            let rendered = tidy(
                try library.render("models/declaration", context: withNestedTypes(nested, library: library)))
            let indented = rendered.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.isEmpty ? "" : "    " + line
            }
            texts.append(indented.joined(separator: "\n"))
        }
        var result = declaration
        result.structType?.nestedTypes = texts
        result.oneOfType?.nestedTypes = texts
        result.anyOfType?.nestedTypes = texts
        return result
    }

    /// The spec's path as the header of every file quotes it: relative to `currentDirectory` (the process's current
    /// directory when nil), never absolute, so that
    /// the output does not depend on where the repository is checked out.
    ///
    /// A relative path is kept (without `.` components); an absolute path inside `currentDirectory` is made relative
    /// to it; any other absolute path is reduced to its file name.
    public static func headerPath(
        for path: String, currentDirectory: String? = nil
    ) -> String {
        let currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
        func components(_ path: String) -> [String] {
            var result: [String] = []
            for part in path.split(separator: "/") where part != "." {
                if part == "..", let last = result.last, last != ".." {
                    result.removeLast()
                } else {
                    result.append(String(part))
                }
            }
            return result
        }
        guard path.hasPrefix("/") else {
            let relative = components(path).joined(separator: "/")
            return relative.isEmpty ? path : relative
        }
        let absolute = components(path)
        var bases = [components(currentDirectory)]
        let resolved = URL(fileURLWithPath: currentDirectory).resolvingSymlinksInPath().path
        bases.append(components(resolved))
        let resolvedPath = components(URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        for base in bases {
            for candidate in [absolute, resolvedPath]
            where candidate.count > base.count && Array(candidate.prefix(base.count)) == base {
                return candidate.dropFirst(base.count).joined(separator: "/")
            }
        }
        return absolute.last ?? path
    }

    /// The spec's path for file headers: relative to `headerBase` when it is set, else as `headerPath(for:)` says.
    static func quotedSpecPath(_ options: Options) -> String {
        guard let base = options.headerBase else { return headerPath(for: options.specPath) }
        let absolute = URL(fileURLWithPath: options.specPath).standardizedFileURL.path
        return headerPath(for: absolute, currentDirectory: base)
    }

    /// The spec's title as a type name (`Libredesk API` → `LibredeskAPI`), or `Models`.
    public static func defaultModuleName(for spec: OpenAPI.ResolvedSpec) -> String {
        let name = SwiftName.typeName(spec.document.info.title)
        return isIdentifier(name) && !name.hasPrefix("_") ? name : "Models"
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }

}
