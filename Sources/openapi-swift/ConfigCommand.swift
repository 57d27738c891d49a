import ArgumentParser
import Foundation
import GeneratorCore
import OpenAPILoader
import SpecDiagnostics

/// `openapi-swift config init|lint`: start and check an `openapi-swift.yml` file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Write or check an openapi-swift.yml config file.",
        subcommands: [Init.self, Lint.self]
    )

    /// `config init [SPEC] [--config FILE] [--force]`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented starting openapi-swift.yml.",
            discussion: """
                The file names SPEC (relative to the file's folder), an output folder named after the spec's title, \
                the models and client modes, and every other setting commented out. An existing file is kept unless \
                --force is given. Exit status: 0 when written, 1 when the file exists, 64 for usage errors.
                """
        )

        @Argument(help: "The OpenAPI document the config generates from (default: openapi.yaml).")
        var spec: String?

        @Option(help: "The config file to write.")
        var config = GeneratorConfig.defaultFileName

        @Flag(help: "Replace the file when it exists.")
        var force = false

        func run() throws {
            if FileManager.default.fileExists(atPath: config), !force {
                FileHandle.standardError.write(
                    Data("error: '\(config)' exists; pass --force to replace it\n".utf8))
                throw ExitCode(1)
            }
            var moduleName: String?
            if let spec {
                let loaded = SpecLoader.load(path: spec, options: LoaderOptions(warnAboutUnknownKeys: false))
                moduleName = loaded.spec.map(PackageGenerator.defaultModuleName(for:))
            }
            let relativeSpec = spec.map { Self.path($0, relativeTo: (config as NSString).deletingLastPathComponent) }
            let text = GeneratorConfig.template(spec: relativeSpec ?? "openapi.yaml", moduleName: moduleName)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: config))
            } catch {
                FileHandle.standardError.write(
                    Data("error: cannot write '\(config)': \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
            print("wrote \(config)")
        }

        /// `path` (relative to the current folder, or absolute) relative to `folder`.
        static func path(_ path: String, relativeTo folder: String) -> String {
            guard !folder.isEmpty, folder != "." else { return path }
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let target = URL(fileURLWithPath: path, relativeTo: current).standardizedFileURL.pathComponents
            let base = URL(fileURLWithPath: folder, relativeTo: current).standardizedFileURL.pathComponents
            var common = 0
            while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
            let parts = Array(repeating: "..", count: base.count - common) + target[common...]
            return parts.joined(separator: "/")
        }
    }

    /// `config lint [--config FILE]`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an openapi-swift.yml file.",
            discussion: """
                Reports unknown keys (with a suggestion), values of the wrong type, unknown modes and access levels, \
                and paths that do not exist, each at its file:line:column with the key path. Settings generate \
                cannot apply yet are warnings. Exit status: 0 when there are no errors, 1 otherwise, 64 for usage \
                errors.
                """
        )

        @Option(help: "The config file to check.")
        var config = GeneratorConfig.defaultFileName

        @Flag(help: "Print errors only.")
        var quiet = false

        func run() throws {
            let result = ConfigReader.read(path: config)
            var diagnostics = result.diagnostics
            if let settings = result.config {
                if let level = settings.accessLevel,
                    let conflict = level.value.conflict(with: settings.modes?.value ?? [])
                {
                    diagnostics.append(.error("access-level: \(conflict)", at: level.location))
                }
                if settings.spec == nil {
                    diagnostics.append(
                        .error("missing key 'spec'", at: SourceLocation(file: config, line: 1, column: 1)))
                }
                diagnostics += Self.specMistakes(settings, diagnostics: diagnostics)
            }
            DiagnosticPrinter(renderer: result.renderer, showWarnings: !quiet).print(diagnostics)
            guard !diagnostics.contains(where: { $0.severity == .error }) else { throw ExitCode(1) }
            if !quiet { print("\(config): no errors") }
        }

        /// The filter entries that match no operation of the spec and the chosen names whose original the spec
        /// does not have (or that generated code takes), when the file is otherwise sound and the spec loads
        /// without errors.
        static func specMistakes(_ settings: GeneratorConfig, diagnostics: [Diagnostic]) -> [Diagnostic] {
            let filter = settings.filters.operationFilter
            let naming = settings.naming.renames
            guard !filter.isEmpty || !naming.isEmpty, let spec = settings.spec?.value,
                !diagnostics.contains(where: { $0.severity == .error })
            else { return [] }
            let options = LoaderOptions(
                rootDirectory: settings.loader.root?.value,
                allowReferencesOutsideRoot: settings.loader.allowOutsideRoot?.value ?? false,
                warnAboutUnknownKeys: false)
            let loaded = SpecLoader.load(path: spec, options: options)
            guard let resolved = loaded.spec, !loaded.hasErrors else { return [] }
            var mistakes: [Diagnostic] = []
            if !naming.isEmpty {
                mistakes += PackageGenerator.namingMistakes(
                    naming, spec: resolved, moduleName: settings.moduleName?.value,
                    modes: Set(settings.modes?.value ?? [.models]))
            }
            if !filter.isEmpty {
                do throws(FilterErrors) {
                    _ = try filter.apply(to: resolved, documents: loaded.documents)
                } catch {
                    mistakes += error.diagnostics
                }
            }
            return mistakes
        }
    }
}
