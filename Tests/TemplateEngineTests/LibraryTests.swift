import Foundation
import SpecDiagnostics
import Testing

@testable import TemplateEngine

@Suite("Template library")
struct LibraryTests {
    /// A fresh temporary folder holding `files` (relative path → text).
    private func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.path
    }

    @Test("user files override built-ins and add partials")
    func overlay() throws {
        let dir = try folder([
            "partials/docComment.mustache": "{{#documentation}}// {{.}}\n{{/documentation}}",
            "partials/extra.mustache": "extra {{name}}",
            ".hidden/skip.mustache": "{{nope}}",
            "notes.txt": "ignored",
        ])
        let library = try TemplateLibrary(builtins: TestTemplates.builtins, overrideDirectory: dir)
        #expect(
            library.list().map { "\($0.name) (\($0.origin.rawValue))" } == [
                "models/struct (built-in)", "partials/docComment (override)", "partials/extra (added)",
                "partials/property (built-in)", "tree/node (built-in)",
            ])
        #expect(
            library.names == [
                "models/struct", "partials/docComment", "partials/extra", "partials/property", "tree/node",
            ])
        #expect(library.isBuiltin("models/struct"))
        #expect(!library.isBuiltin("partials/docComment"))
        #expect(library.source(of: "partials/extra") == "extra {{name}}")
        #expect(library.list().first { $0.name == "partials/extra" }?.path == dir + "/partials/extra.mustache")
        let output = try library.render("models/struct", context: TestTemplates.sample)
        #expect(output.hasPrefix("// A pet <T>"))
        #expect(output.contains("    // The id.\n    public var id: Int\n"))
    }

    @Test("an override can extend a built-in through its builtin. alias and blocks")
    func inheritance() throws {
        let builtins = ["file": "head\n{{$body}}default {{name}}\n{{/body}}tail\n"]
        let dir = try folder(["file.mustache": "{{<builtin.file}}{{$body}}custom {{name}}\n{{/body}}{{/builtin.file}}"])
        let library = try TemplateLibrary(builtins: builtins, overrideDirectory: dir)
        #expect(try library.render("file", context: TestTemplates.sample) == "head\ncustom Pet\ntail\n")
        let bad = try folder(["file.mustache": "{{<builtin.file}}{{$body}}{{nope}}{{/body}}{{/builtin.file}}"])
        let diagnostics = TemplateLibrary.check(
            directory: bad, entryPoints: ["file": StructContext.self], builtins: builtins)
        #expect(diagnostics.map(\.message).first?.hasPrefix("unknown variable 'nope' in template 'file'") == true)
        #expect(diagnostics.first?.location == SourceLocation(file: bad + "/file.mustache", line: 1, column: 27))
        let child = try folder(["child.mustache": "{{<partials.base}}{{$b}}[{{name}}]{{/b}}{{/partials.base}}"])
        let withPartial = try TemplateLibrary(
            builtins: ["partials/base": "<{{$b}}{{/b}}>"], overrideDirectory: child)
        #expect(try withPartial.render("child", context: TestTemplates.sample) == "<[Pet]>")
    }

    @Test("errors in an override point at the user's file")
    func overrideErrors() throws {
        let dir = try folder(["partials/property.mustache": "public var {{name}}: {{tpye}}\n"])
        let diagnostics = TemplateLibrary.check(
            directory: dir, entryPoints: ["models/struct": StructContext.self], builtins: TestTemplates.builtins)
        let first = try #require(diagnostics.first)
        #expect(first.location == SourceLocation(file: dir + "/partials/property.mustache", line: 1, column: 22))
        #expect(first.message.hasSuffix(", included from Templates/models/struct.mustache:4:5"))
        #expect(
            TemplateLibrary.check(directory: dir + "/missing", entryPoints: [:]).map(\.message) == [
                "templates folder '\(dir)/missing' does not exist or is not a folder"
            ])
    }

    @Test("eject copies a built-in and refuses to overwrite, unknown names and paths outside the folder")
    func eject() throws {
        let library = try TestTemplates.library()
        let dir = try folder([:])
        let path = try library.eject(name: "partials/property", to: dir)
        #expect(path == dir + "/partials/property.mustache")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == TestTemplates.builtins["partials/property"])
        #expect(throws: Diagnostic.self) { try library.eject(name: "partials/property", to: dir) }
        try Data("changed".utf8).write(to: URL(fileURLWithPath: path))
        try library.eject(name: "partials/property", to: dir, force: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == TestTemplates.builtins["partials/property"])
        for name in ["../x", "/etc/passwd", "a/../b", "", "nope", "a//b", "builtin.partials.property"] {
            #expect(throws: Diagnostic.self, "\(name)") { try library.eject(name: name, to: dir) }
        }
    }

    @Test("file names that cannot be partial names are refused")
    func invalidFileNames() throws {
        let dir = try folder(["my template.mustache": "x"])
        #expect(throws: Diagnostic.self) { try TemplateLibrary(builtins: [:], overrideDirectory: dir) }
    }
}
