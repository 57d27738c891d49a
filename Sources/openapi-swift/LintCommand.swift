import ArgumentParser
import OpenAPILoader
import SpecDiagnostics

/// `openapi-swift lint SPEC`: reads a spec, prints its diagnostics and a one-line summary.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check an OpenAPI document and print a summary of what it holds."
    )

    @OptionGroup var options: SpecOptions

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Flag(help: "Print errors only.")
    var quiet = false

    func run() throws {
        let result = SpecLoader.load(path: options.spec, options: options.loaderOptions)
        let printer = DiagnosticPrinter(renderer: result.renderer, showWarnings: !quiet)
        printer.print(result.diagnostics)
        let failed = result.hasErrors || (warningsAsErrors && result.diagnostics.contains { $0.severity == .warning })
        if let spec = result.spec, !result.hasErrors {
            print(LintSummary(spec).description)
        }
        if failed { throw ExitCode(1) }
    }
}
