public import ArgumentParser
import Foundation
import GeneratorCore
import OpenAPILoader
import SpecDiagnostics

extension GenerationMode: ExpressibleByArgument {}
extension AccessLevel: ExpressibleByArgument {}

/// `openapi-swift generate [SPEC] [--config FILE] [--output DIR] …`: writes a SwiftPM package generated from a spec.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a Swift package from an OpenAPI document.",
        discussion: """
            Without SPEC, the settings come from a config file: --config FILE, or openapi-swift.yml in the current \
            folder (see `openapi-swift config init`). Every setting of the file is also an option here, and options \
            win over the file (a filter option replaces the file's list for its side, include or exclude; the \
            --rename-*, --type-override and --format-override options replace the file's list of their kind). With \
            SPEC and no --config, no file is read. Filters keep the operations they select and what those \
            reference; a filter that matches no operation is an error.

            The output folder is updated file by file: unchanged files are left alone (their modification times \
            stay), files generated before and no longer generated are removed, and files openapi-swift did not \
            write are never touched. It keeps what it wrote, with a SHA-256 per file, in \
            .openapi-swift-manifest.json; a generated file that was edited by hand is reported and nothing is \
            written, unless --force. A folder that holds other files and no manifest is never written into. \
            Nothing is written when the spec has errors. A run killed at any moment leaves each file old or new; \
            the next run completes the update and removes what the killed run left behind.

            --check generates in memory and compares with the output folder: it prints a unified diff and the \
            command that regenerates the package, and exits 1, when they differ. --dry-run lists what would be \
            written, left unchanged and removed.

            Exit status: 0 when the package is written (or, with --check, up to date), 1 for errors in the spec or \
            the config file, for hand-edited files, and for a stale package under --check, 64 for usage errors.
            """
    )

    @Argument(help: "The OpenAPI document (YAML or JSON; OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0).")
    var spec: String?

    @Option(help: "The config file (default without SPEC: openapi-swift.yml in the current folder).")
    var config: String?

    @Option(name: .shortAndLong, help: "The package folder to write.")
    var output: String?

    @Option(
        help: ArgumentHelp(
            "What to generate; repeat to combine (\(GenerationMode.allCases.map(\.rawValue).joined(separator: ", "))). The client includes the models; async-http-client adds an opt-in AsyncHTTPClient transport target to the client; server adds a server module on swift-http-types (with the client it shares types with); hummingbird adds a Hummingbird 2 adapter to the server. Default: models.",
            valueName: "mode"))
    var mode: [GenerationMode] = []

    @Option(help: "The SwiftPM package's name (default: the module's name).")
    var packageName: String?

    @Option(help: "The Swift module's name (default: the spec's title in UpperCamelCase).")
    var moduleName: String?

    @Option(
        help: ArgumentHelp(
            "The generated declarations' access level (\(AccessLevel.allCases.map(\.rawValue).joined(separator: ", ")); default: public). 'internal' allows the models and client modes only.",
            valueName: "level"))
    var accessLevel: AccessLevel?

    @Option(help: "A folder of .mustache files that override or extend the built-in templates.")
    var templates: String?

    @Option(help: "The folder external references must stay inside (default: the spec's folder).")
    var root: String?

    @Flag(inversion: .prefixedNo, help: "Allow references to files outside the root folder (default: no).")
    var allowOutsideRoot: Bool?

    @Flag(inversion: .prefixedNo, help: "Warn about keys the OpenAPI model does not know (default: yes).")
    var unknownKeyWarnings: Bool?

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @Option(
        name: .customLong("type-override"),
        help: ArgumentHelp(
            "Generate the component schema NAME as the Swift type TYPE (NAME=TYPE, or NAME=TYPE:MODULE to import MODULE too); repeat for more; replaces the config file's type-overrides.schemas.",
            valueName: "name=type"))
    var typeOverrides: [String] = []

    @Option(name: .customLong("format-override"), help: Self.formatOverrideHelp)
    var formatOverrides: [String] = []

    @Option(
        name: .customLong("rename-schema"),
        help: ArgumentHelp(
            "Generate the component schema ORIGINAL as the type NAME (ORIGINAL=NAME); repeat for more; replaces the config file's naming.schemas.",
            valueName: "original=name"))
    var renameSchemas: [String] = []

    @Option(
        name: .customLong("rename-property"),
        help: ArgumentHelp(
            "Name the property of a component schema NAME in Swift (Schema.property=NAME; its JSON name stays); repeat for more; replaces the config file's naming.properties.",
            valueName: "schema.property=name"))
    var renameProperties: [String] = []

    @Option(
        name: .customLong("rename-operation"),
        help: ArgumentHelp(
            "Name the operation with the operationId ORIGINAL NAME: the client's and the handler's method, and Operations.<Name> (ORIGINAL=NAME); repeat for more; replaces the config file's naming.operations.",
            valueName: "original=name"))
    var renameOperations: [String] = []

    @Flag(help: "Replace or remove generated files that were edited by hand.")
    var force = false

    @Flag(
        help:
            "Write nothing: compare the generated package with the output folder, print a unified diff (at most 400 lines) and exit 1 when they differ."
    )
    var check = false

    @Flag(help: "Write nothing: list the files generate would write, leave unchanged and remove.")
    var dryRun = false

    @Flag(help: "Print errors only.")
    var quiet = false

    /// The help of `--format-override`.
    static let formatOverrideHelp = ArgumentHelp(
        "Generate every schema with the format FORMAT as the Swift type TYPE (FORMAT=TYPE, or FORMAT=TYPE:MODULE to import MODULE too); the type must be Codable, Hashable and Sendable and encode as one value of the schema's JSON type; repeat for more; replaces the config file's type-overrides.formats.",
        valueName: "format=type")

    func validate() throws {
        if check && dryRun { throw ValidationError("Give --check or --dry-run, not both.") }
    }

    func run() throws {
        let start = ContinuousClock.now
        var (options, configPath) = try resolvedOptions()
        if check || dryRun { options.action = .compare }
        let outcome = PackageGenerator.generate(options)
        DiagnosticPrinter(renderer: outcome.renderer, showWarnings: !quiet).print(outcome.diagnostics)
        guard outcome.succeeded, let plan = outcome.plan else { throw ExitCode(1) }
        if check {
            return try reportCheck(outcome, plan: plan, output: options.outputDirectory, configPath: configPath)
        }
        if dryRun { return try reportDryRun(plan) }
        if !quiet {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(
                "\(plan.writes.count) written, \(plan.unchanged.count) unchanged, \(plan.removals.count) removed in "
                    + String(format: "%.2f s", seconds))
        }
    }
}
