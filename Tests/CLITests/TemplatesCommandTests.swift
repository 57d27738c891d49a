import Foundation
import Testing

/// `openapi-swift templates list|eject|check`, run as a subprocess through ``OpenAPISwiftBinary``.
@Suite(.timeLimit(.minutes(15)))
struct TemplatesCommandTests {
    /// A fresh folder holding `files` (relative path → text); the tests run the binary from it.
    static func folder(_ files: [String: String] = [:]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    /// The `name origin [path]` rows of `templates list`, by name.
    static func rows(_ stdout: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in stdout.split(separator: "\n") {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if let name = columns.first { rows[name] = Array(columns.dropFirst()) }
        }
        return rows
    }

    // MARK: - list

    @Test func listShowsEveryBuiltinTemplate() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "list"], in: directory)
        #expect(output.status == 0)
        #expect(output.stderr == "")
        let rows = Self.rows(output.stdout)
        for name in ["models/file", "models/package", "models/struct", "models/enum", "partials/docComment"] {
            #expect(rows[name] == ["built-in"], "\(name): \(String(describing: rows[name]))")
        }
        #expect(rows.values.allSatisfy { $0 == ["built-in"] }, "\(output.stdout)")
        let names = output.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == names.sorted())
    }

    @Test func listMarksOverridesAndAddedTemplatesWithTheirFiles() throws {
        let directory = try Self.folder([
            "custom/models/struct.mustache": "{{>builtin/models/struct}}\n",
            "custom/partials/banner.mustache": "// banner\n",
            "custom/.hidden/ignored.mustache": "{{nothing}}\n",
            "custom/notes.txt": "not a template\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "list", "--templates", "custom"], in: directory)
        #expect(output.status == 0)
        let rows = Self.rows(output.stdout)
        #expect(rows["models/struct"] == ["override", "custom/models/struct.mustache"])
        #expect(rows["partials/banner"] == ["added", "custom/partials/banner.mustache"])
        #expect(rows["models/enum"] == ["built-in"])
        #expect(rows[".hidden/ignored"] == nil)
        #expect(rows["builtin/models/struct"] == nil, "the builtin/ aliases are not listed")
    }

    @Test func listOfAMissingFolderFails() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "list", "--templates", "nope"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr.contains("error: templates folder 'nope' does not exist or is not a folder"))
    }

    // MARK: - eject

    @Test func ejectWritesTheBuiltinWhichThenOverridesIt() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(
            ["templates", "eject", "models/struct", "--to", "custom"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "wrote custom/models/struct.mustache\n")
        let text = try String(
            contentsOf: directory.appendingPathComponent("custom/models/struct.mustache"), encoding: .utf8)
        #expect(text.contains("{{access}} struct {{name}}"))

        let list = try OpenAPISwiftBinary.run(["templates", "list", "--templates", "custom"], in: directory)
        #expect(Self.rows(list.stdout)["models/struct"] == ["override", "custom/models/struct.mustache"])
        let check = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(check.status == 0, "an ejected template checks cleanly: \(check.stderr)")
    }

    @Test func ejectAcceptsTheFolderAsAnArgument() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "eject", "partials/docComment", "custom"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: directory.appendingPathComponent(
                    "custom/partials/docComment.mustache"
                ).path))
    }

    @Test func ejectKeepsAnExistingFileUnlessForced() throws {
        let directory = try Self.folder(["custom/models/enum.mustache": "mine\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("custom/models/enum.mustache")

        let refused = try OpenAPISwiftBinary.run(
            ["templates", "eject", "models/enum", "--to", "custom"], in: directory)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("error: 'custom/models/enum.mustache' already exists; pass --force to replace it"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine\n")

        let forced = try OpenAPISwiftBinary.run(
            ["templates", "eject", "models/enum", "--to", "custom", "--force"], in: directory)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) != "mine\n")
    }

    @Test(arguments: [
        (["models/nope"], "error: there is no built-in template 'models/nope'"),
        (["../escape"], "error: '../escape' is not a template name"),
        (["/models/struct"], "error: '/models/struct' is not a template name"),
    ])
    func ejectRefusesUnknownOrUnsafeNames(_ name: [String], _ message: String) throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "eject"] + name + ["--to", "custom"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("custom").path))
    }

    @Test(arguments: [
        ["templates", "eject", "models/struct"],
        ["templates", "eject", "models/struct", "a", "--to", "b"],
        ["templates", "eject"],
        ["templates", "check"],
        ["templates", "frobnicate"],
    ])
    func usageErrorsExitWith64(_ arguments: [String]) throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(arguments, in: directory)
        #expect(output.status == 64, "\(arguments): \(output.stderr)")
    }

    // MARK: - check

    @Test func checkOfAnEmptyFolderPasses() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("custom"), withIntermediateDirectories: true)
        let output = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr == "")
        #expect(output.stdout.hasPrefix("checked "))
        #expect(output.stdout.hasSuffix(" templates in custom: no errors\n"))
    }

    @Test func unknownVariableIsLocatedWithACaret() throws {
        let directory = try Self.folder([
            "custom/models/struct.mustache": "// a struct\npublic struct {{nmae}} {}\n"
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("custom/models/struct.mustache:2:15: error: ") })
        #expect(lines[header].contains("unknown variable 'nmae' in template 'models/struct'"), "\(lines[header])")
        #expect(lines[header + 1] == "public struct {{nmae}} {}")
        #expect(lines[header + 2] == String(repeating: " ", count: 14) + "^")
        // The count line: the same typo can be reported once per path the generator reaches the template by.
        let count = lines.last { !$0.isEmpty } ?? ""
        #expect(count.hasSuffix(" errors, 0 warnings") || count == "1 error, 0 warnings", "\(count)")
        #expect(!count.hasPrefix("0 errors"))
    }

    @Test func unknownPartialFails() throws {
        let directory = try Self.folder(["custom/partials/docComment.mustache": "{{>partials/missing}}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains("custom/partials/docComment.mustache:1:1: error: "), "\(output.stderr)")
        #expect(output.stderr.contains("partials/missing"))
    }

    @Test func unknownVariableInAnAddedPartialIsFoundThroughTheOverrideThatIncludesIt() throws {
        let directory = try Self.folder([
            "custom/models/struct.mustache": "{{>partials/banner}}\n{{>builtin/models/struct}}\n",
            "custom/partials/banner.mustache": "// {{name}} from {{specTitle}}\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(output.status == 1)
        #expect(
            output.stderr.contains(
                "custom/partials/banner.mustache:1:18: error: unknown variable 'specTitle' in template 'partials/banner'"
            ),
            "\(output.stderr)")
    }

    @Test func parseErrorFails() throws {
        let directory = try Self.folder(["custom/models/enum.mustache": "{{#cases}}\n{{name}}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains("custom/models/enum.mustache:"), "\(output.stderr)")
        #expect(output.stderr.contains("error: "))
    }

    @Test func unreachedTemplateIsOnlyAWarning() throws {
        let directory = try Self.folder(["custom/partials/unused.mustache": "{{anything}}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stderr.contains(
                "custom/partials/unused.mustache:1:1: warning: template 'partials/unused' is not rendered by the generator"
            ),
            "\(output.stderr)")
        #expect(output.stderr.contains("0 errors, 1 warning"))

        let quiet = try OpenAPISwiftBinary.run(["templates", "check", "custom", "--quiet"], in: directory)
        #expect(quiet.status == 0)
        #expect(quiet.stdout == "")
        #expect(!quiet.stderr.contains("warning:"))
    }

    @Test func checkOfAMissingFolderFails() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try OpenAPISwiftBinary.run(["templates", "check", "nope"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains("error: templates folder 'nope' does not exist or is not a folder"))
    }

    @Test func templatesCheckedAreTheOnesGenerateUses() throws {
        // An override that check accepts is one generate renders: the same entry points drive both.
        let directory = try Self.folder([
            "custom/models/package.mustache": "{{>builtin/models/package}}\n// {{moduleName}} end\n",
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: Tiny, version: '1'}
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    name: {type: string}
            """,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try OpenAPISwiftBinary.run(["templates", "check", "custom"], in: directory)
        #expect(check.status == 0, "\(check.stderr)")
        let generate = try OpenAPISwiftBinary.run(
            ["generate", "spec.yaml", "--output", "out", "--templates", "custom", "--quiet"], in: directory)
        #expect(generate.status == 0, "\(generate.stderr)")
        let manifest = try String(contentsOf: directory.appendingPathComponent("out/Package.swift"), encoding: .utf8)
        #expect(manifest.hasSuffix("// Tiny end\n"))
    }
}
