public import ArgumentParser
import GeneratorCore

extension GenerationMode: ExpressibleByArgument {}
import SpecDiagnostics

/// `openapi-swift generate SPEC --output DIR --mode models`: writes a SwiftPM package generated from a spec.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a Swift package from an OpenAPI document.",
        discussion: """
            The output folder is created, or replaced when it holds a package generated before; a folder with \
            other files is never replaced. Nothing is written when the spec has errors.
            """
    )


    @OptionGroup var options: SpecOptions

    @Option(name: .shortAndLong, help: "The package folder to write.")
    var output: String

    @Option(
        help: ArgumentHelp(
            "What to generate; repeat to combine (\(GenerationMode.allCases.map(\.rawValue).joined(separator: ", "))). The client includes the models; async-http-client adds an opt-in AsyncHTTPClient transport target to the client; server adds a server module on swift-http-types (with the client it shares types with); hummingbird adds a Hummingbird 2 adapter to the server.",
            valueName: "mode"))
    var mode: [GenerationMode] = [.models]

    @Option(help: "The Swift module's name (default: the spec's title in UpperCamelCase).")
    var moduleName: String?

    @Option(help: "A folder of .mustache files that override or extend the built-in templates.")
    var templates: String?

    @Flag(help: "Print errors only.")
    var quiet = false

    func run() throws {
        let outcome = PackageGenerator.generate(
            PackageGenerator.Options(
                specPath: options.spec, outputDirectory: output, moduleName: moduleName,
                templatesDirectory: templates, loaderOptions: options.loaderOptions, modes: Set(mode)))
        DiagnosticPrinter(renderer: outcome.renderer, showWarnings: !quiet).print(outcome.diagnostics)
        guard outcome.succeeded else { throw ExitCode(1) }
        if !quiet {
            print("wrote \(outcome.files.count) files to \(output)")
        }
    }
}
