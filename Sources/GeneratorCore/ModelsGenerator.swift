import Foundation
public import OpenAPILoader
public import OpenAPIModel
public import SpecDiagnostics
public import TemplateEngine
import Translator

/// Generates a SwiftPM package of Codable models from a spec: load → translate → render → write.
///
/// The package has a `Package.swift` (tools 6.0, Swift 6 language mode) and `Sources/<Module>/`, with one file per
/// top-level type (its inline types nested in it) and the support files `JSONValue.swift`, `OptionalNullable.swift`,
/// `ModelCoding.swift` and `OpenAPIDate.swift`.
/// Output is deterministic: the same spec and templates always give the same bytes.
public enum ModelsGenerator {
    /// The templates the models generator renders directly, with their context types (for
    /// `TemplateLibrary.checkAll(entryPoints:)` and `templates check`).
    public static let entryPoints: [String: any TemplateContext.Type] = [
        "models/file": ModelFileContext.self,
        "models/declaration": DeclarationContext.self,
        "models/package": PackageContext.self,
        "models/support/jsonValue": SupportFileContext.self,
        "models/support/optionalNullable": SupportFileContext.self,
        "models/support/coding": SupportFileContext.self,
        "models/support/date": SupportFileContext.self,
    ]

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

        /// Creates options.
        public init(
            specPath: String, outputDirectory: String, moduleName: String? = nil, templatesDirectory: String? = nil,
            loaderOptions: LoaderOptions = LoaderOptions()
        ) {
            self.specPath = specPath
            self.outputDirectory = outputDirectory
            self.moduleName = moduleName
            self.templatesDirectory = templatesDirectory
            self.loaderOptions = loaderOptions
        }
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// Every diagnostic: the loader's, the translator's and the generator's.
        public var diagnostics: [Diagnostic]
        /// Renders diagnostics with source lines from the spec.
        public var renderer: DiagnosticRenderer
        /// The files written, relative to the output folder, sorted; empty when nothing was written.
        public var files: [String]
        /// Whether the package was written.
        public var succeeded: Bool
    }

    /// Loads, translates, renders and writes. Nothing is written when the spec has errors or rendering fails, and
    /// the output folder is only replaced once the whole package has been written beside it.
    public static func generate(_ options: Options) -> Outcome {
        let loaded = SpecLoader.load(path: options.specPath, options: options.loaderOptions)
        var diagnostics = loaded.diagnostics
        guard let spec = loaded.spec, !loaded.hasErrors else {
            return Outcome(diagnostics: diagnostics, renderer: loaded.renderer, files: [], succeeded: false)
        }
        do throws(Diagnostic) {
            let library = try TemplateLibrary(overrideDirectory: options.templatesDirectory)
            let package = try render(
                spec: spec, specPath: headerPath(for: options.specPath), moduleName: options.moduleName,
                library: library)
            diagnostics += package.diagnostics
            try write(package.files, to: options.outputDirectory)
            return Outcome(
                diagnostics: diagnostics, renderer: loaded.renderer, files: package.files.keys.sorted(),
                succeeded: true)
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
    }

    /// Translates and renders the models of `spec` without writing anything.
    /// - Throws: A diagnostic when the module name is not an identifier or a template fails.
    public static func render(
        spec: OpenAPI.ResolvedSpec, specPath: String, moduleName: String?, library: TemplateLibrary
    ) throws(Diagnostic) -> RenderedPackage {
        let module = moduleName ?? defaultModuleName(for: spec)
        guard isIdentifier(module) else {
            throw .error(
                "the module name '\(module)' is not a Swift identifier (letters, digits and '_', not starting with a digit)",
                at: nil)
        }
        let translation = ModelTranslator(
            spec: spec, specPath: specPath, moduleName: module, inlineTypes: .nested
        ).translate()
        if translation.files.contains(where: { $0.typeName == module }) {
            throw .error(
                "the module name '\(module)' is also the name of a generated type; choose another with --module-name",
                at: nil)
        }
        let sources = "Sources/\(module)/"
        var files: [String: String] = [:]
        files["Package.swift"] = tidy(
            try library.render(
                "models/package",
                context: PackageContext(header: translation.header, packageName: module, moduleName: module)))
        let support = SupportFileContext(header: translation.header)
        files[sources + "JSONValue.swift"] = tidy(try library.render("models/support/jsonValue", context: support))
        files[sources + "OptionalNullable.swift"] = tidy(
            try library.render("models/support/optionalNullable", context: support))
        files[sources + "ModelCoding.swift"] = tidy(try library.render("models/support/coding", context: support))
        files[sources + "OpenAPIDate.swift"] = tidy(try library.render("models/support/date", context: support))
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
        return RenderedPackage(files: files, moduleName: module, diagnostics: translation.diagnostics)
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

    /// Trailing spaces removed from every line, no blank lines at the end, and exactly one final newline.
    static func tidy(_ text: String) -> String {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 1)
        // Where the current line's trailing spaces and tabs start, if it ends with any so far.
        var trailingStart: Int?
        for byte in text.utf8 {
            switch byte {
            case space, tab:
                if trailingStart == nil { trailingStart = output.count }
                output.append(byte)
            case newline:
                if let start = trailingStart { output.removeSubrange(start...) }
                trailingStart = nil
                output.append(byte)
            default:
                trailingStart = nil
                output.append(byte)
            }
        }
        if let start = trailingStart { output.removeSubrange(start...) }
        while output.last == newline { output.removeLast() }
        output.append(newline)
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: - Writing

    /// Writes `files` into a new folder beside `directory`, then moves it into place, replacing a previous output.
    ///
    /// An existing folder is only replaced when it is empty or was generated by openapi-swift (its `Package.swift`
    /// says so), so that a mistyped `--output` never deletes unrelated files.
    static func write(_ files: [String: String], to directory: String) throws(Diagnostic) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else {
                throw .error("the output '\(directory)' exists and is not a folder", at: nil)
            }
            let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            let manifest = target.appendingPathComponent("Package.swift")
            let generated =
                (try? String(contentsOf: manifest, encoding: .utf8))?.contains("// Generated by openapi-swift") ?? false
            guard contents.isEmpty || generated else {
                throw .error(
                    "the output folder '\(directory)' is not empty and was not generated by openapi-swift; "
                        + "choose an empty or new folder", at: nil)
            }
        }
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).openapi-swift-\(token)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            if exists {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).openapi-swift-old-\(token)")
                try manager.moveItem(at: target, to: old)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: old, to: target)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .error("cannot write the package to '\(directory)': \(error.localizedDescription)", at: nil)
        }
    }
}
