import ArgumentParser
import Foundation
import GeneratorCore
import SpecDiagnostics
import TemplateEngine

/// `openapi-swift templates list|eject|check`: inspect, copy and check the templates the generator renders.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List, eject and check the Mustache templates.",
        subcommands: [List.self, Eject.self, Check.self]
    )

    /// `templates list [--templates DIR]`: every template name with its origin.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every template with its origin: built-in, override or added.",
            discussion: "One template per line: the name, then the origin. With --templates, a third column gives "
                + "the file a user template comes from."
        )

        @Option(help: "A folder of .mustache files that override or extend the built-in templates.")
        var templates: String?

        func run() throws {
            let library: TemplateLibrary
            do throws(Diagnostic) {
                library = try TemplateLibrary(overrideDirectory: templates)
            } catch {
                TemplateDiagnostics.print([error], templatesDirectory: templates)
                throw ExitCode(1)
            }
            let entries = library.list()
            let width = entries.map(\.name.count).max() ?? 0
            var text = ""
            for entry in entries {
                let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
                if entry.origin == .builtin {
                    text += "\(name)  \(entry.origin.rawValue)\n"
                } else {
                    let origin = entry.origin.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                    text += "\(name)  \(origin)  \(entry.path)\n"
                }
            }
            print(text, terminator: "")
        }
    }

    /// `templates eject NAME --to DIR [--force]`: copies a built-in template into a folder to start an override.
    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a built-in template into a templates folder, to edit it as an override.",
            discussion: "Writes DIR/<name>.mustache, creating folders as needed; pass the folder to generate with "
                + "--templates DIR."
        )

        @Argument(help: "The built-in template's name, such as models/struct (see `templates list`).")
        var name: String

        @Argument(help: "The templates folder (the same as --to).")
        var directory: String?

        @Option(help: "The templates folder to write into.")
        var to: String?

        @Flag(help: "Replace the file when it exists.")
        var force = false

        func validate() throws {
            switch (directory, to) {
            case (nil, nil): throw ValidationError("Missing the templates folder: pass --to DIR.")
            case (.some(let positional), .some(let option)) where positional != option:
                throw ValidationError("Give the templates folder once: either --to DIR or DIR.")
            default: break
            }
        }

        func run() throws {
            guard let folder = to ?? directory else { throw ExitCode(64) }
            do throws(Diagnostic) {
                let path = try TemplateLibrary().eject(name: name, to: folder, force: force)
                print("wrote \(path)")
            } catch {
                TemplateDiagnostics.print([error], templatesDirectory: folder)
                throw ExitCode(1)
            }
        }
    }

    /// `templates check DIR`: checks the built-ins overlaid by DIR against the contexts the generator renders with.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a templates folder without generating anything.",
            discussion: """
                Every template must parse, and every variable, section and partial it uses, through its partials, \
                must exist in the context the generator renders it with. Exit status: 0 when there are no errors \
                (warnings, such as a template no entry point reaches, are printed), 1 otherwise.
                """
        )

        @Argument(help: "The templates folder, as given to generate --templates.")
        var directory: String

        @Flag(help: "Print errors only.")
        var quiet = false

        func run() throws {
            let diagnostics = TemplateLibrary.check(
                directory: directory, entryPoints: PackageGenerator.entryPoints,
                globals: PackageGenerator.templateGlobals)
            TemplateDiagnostics.print(diagnostics, templatesDirectory: directory, showWarnings: !quiet)
            let errors = diagnostics.filter { $0.severity == .error }.count
            guard errors == 0 else { throw ExitCode(1) }
            if !quiet {
                let count = (try? TemplateLibrary(overrideDirectory: directory).names.count) ?? 0
                print("checked \(count) templates in \(directory): no errors")
            }
        }
    }
}

/// Prints template diagnostics with the template's line and a caret.
enum TemplateDiagnostics {
    /// Prints `diagnostics` to standard error; snippets come from the user's folder, or from the built-in sources
    /// for the `Templates/<name>.mustache` paths of built-in templates.
    static func print(_ diagnostics: [Diagnostic], templatesDirectory: String?, showWarnings: Bool = true) {
        let renderer = DiagnosticRenderer { path in
            let isUserFile = templatesDirectory.map { path.hasPrefix($0) } ?? false
            if !isUserFile, path.hasPrefix("Templates/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
                if let builtin = BuiltinTemplates.sources[name] { return builtin }
            }
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return String(data: data, encoding: .utf8)
        }
        DiagnosticPrinter(renderer: renderer, showWarnings: showWarnings).print(diagnostics)
    }
}
