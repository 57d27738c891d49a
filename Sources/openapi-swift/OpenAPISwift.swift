import ArgumentParser

/// The version `openapi-swift --version` prints.
let openAPISwiftVersion = "0.3.0"

/// The `openapi-swift` command: lint specs and generate Swift packages from them.
@main
struct OpenAPISwift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi-swift",
        abstract: "Generate Swift packages from OpenAPI documents.",
        discussion: "Exit status: 0 when clean, 1 when the input has errors, 64 for usage errors.",
        version: openAPISwiftVersion,
        subcommands: [LintCommand.self, GenerateCommand.self, ConfigCommand.self, TemplatesCommand.self]
    )
}
