public import OpenAPIModel
public import SpecDiagnostics
public import YAMLParser

/// What loading a spec produced: the resolved spec (nil when it could not be read at all), every
/// diagnostic, and the text of every file read (for source snippets in messages).
public struct LoadResult: Sendable {
    /// The resolved spec; present whenever the root document could be read, even with errors.
    public var spec: OpenAPI.ResolvedSpec?
    /// Every diagnostic, in the order found.
    public var diagnostics: [Diagnostic]
    /// The bytes of every file read, by the path used in locations.
    public var sources: [String: [UInt8]]
    /// The parsed node tree of every file read, by the path used in locations (kept for stages that need
    /// the spec as written, and so that freeing the trees is not part of loading).
    public var documents: [String: YAMLNode]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// A renderer that prints source lines from the files that were read.
    public var renderer: DiagnosticRenderer {
        let sources = self.sources
        return DiagnosticRenderer { path in sources[path].map { String(decoding: $0, as: UTF8.self) } }
    }
}

/// Loads an OpenAPI document (3.0, 3.1, 3.2 read as 3.1, or Swagger 2.0 converted) from disk with every
/// reference resolved.
public enum SpecLoader {
    /// Loads the spec at `path` (relative paths stay relative in every location).
    ///
    /// The work runs on a thread with a large stack, so that the deepest nesting the parsers allow never
    /// overflows the stack, whatever thread calls this.
    public static func load(path: String, options: LoaderOptions = LoaderOptions()) -> LoadResult {
        LargeStack.run { loadOnCurrentThread(path: path, options: options) }
    }

    private static func loadOnCurrentThread(path: String, options: LoaderOptions) -> LoadResult {
        let diagnostics = DiagnosticCollector()
        let rootPath = FilePath.normalize(path)
        let rootDirectory = options.rootDirectory.map(FilePath.normalize) ?? FilePath.directory(of: rootPath)
        let store = SpecFileStore(rootDirectory: rootDirectory, confined: !options.allowReferencesOutsideRoot)
        let spec = load(rootPath: rootPath, store: store, options: options, diagnostics: diagnostics)
        return LoadResult(
            spec: spec, diagnostics: diagnostics.diagnostics, sources: store.sourceBytes,
            documents: store.files.mapValues(\.root))
    }

    private static func load(
        rootPath: String, store: SpecFileStore, options: LoaderOptions, diagnostics: DiagnosticCollector
    ) -> OpenAPI.ResolvedSpec? {
        let root: SpecFileStore.File
        do {
            root = try store.file(at: rootPath, referencedAt: nil, checkConfinement: false)
        } catch {
            diagnostics.emit(error.location == nil ? Diagnostic.error(error.message, at: nil) : error)
            return nil
        }
        guard case .mapping(let mapping) = root.root else {
            diagnostics.error(
                "expected a mapping at the top of the OpenAPI document, found \(SpecReader.found(root.root))",
                at: root.root.location)
            return nil
        }
        guard let (versionText, dialect) = version(of: mapping, diagnostics: diagnostics) else { return nil }

        let navigator = ReferenceNavigator(store: store)
        let scanner = ReferenceScanner(navigator: navigator, diagnostics: diagnostics)
        scanner.scan(root: root)

        let reader = SpecReader(diagnostics: diagnostics, navigator: navigator, options: options)
        reader.dialect = dialect
        let document =
            dialect == .swagger2
            ? reader.swaggerDocument(mapping, version: versionText, file: rootPath)
            : reader.document(mapping, version: versionText, file: rootPath)
        reader.drainPendingReferences()
        return OpenAPI.ResolvedSpec(
            document: document, rootFile: rootPath, files: store.order, references: reader.table,
            referenceCount: scanner.referenceCount, externalReferenceCount: scanner.externalReferenceCount)
    }

    /// Reads `openapi` or `swagger` and picks how the document is read.
    private static func version(of mapping: YAMLMapping, diagnostics: DiagnosticCollector)
        -> (String, OpenAPI.SpecVersion)?
    {
        if let node = mapping["swagger"] {
            guard let scalar = node.scalar, scalar.value == "2.0" else {
                diagnostics.error(
                    "expected '2.0' for 'swagger', found \(SpecReader.found(node))", at: node.location,
                    pointer: "#/swagger")
                return nil
            }
            return (scalar.value, .swagger2)
        }
        guard let node = mapping["openapi"] else {
            diagnostics.error(
                "missing required key 'openapi' in the OpenAPI document (expected 'openapi: 3.0.3' or 'openapi: 3.1.0'; "
                    + "Swagger 2.0 documents have 'swagger: \"2.0\"')",
                at: mapping.location, pointer: "#")
            return nil
        }
        guard let scalar = node.scalar, scalar.kind == .string || scalar.kind == .float else {
            diagnostics.error(
                "expected a version string such as '3.1.0' for 'openapi', found \(SpecReader.found(node))",
                at: node.location, pointer: "#/openapi")
            return nil
        }
        let text = scalar.value
        if text.hasPrefix("3.0.") || text == "3.0" { return (text, .v3_0) }
        if text.hasPrefix("3.1.") || text == "3.1" { return (text, .v3_1) }
        if text.hasPrefix("3.2.") || text == "3.2" {
            diagnostics.warning(
                "OpenAPI \(text) is read as 3.1; features new in 3.2 are ignored", at: node.location,
                pointer: "#/openapi")
            return (text, .v3_1)
        }
        diagnostics.error(
            "expected an OpenAPI version 3.0.x, 3.1.x or 3.2.x (or Swagger 2.0), found '\(text)'",
            at: node.location, pointer: "#/openapi")
        return nil
    }
}
