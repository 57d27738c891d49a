import Foundation
import Testing

/// What a run of the `openapi-swift` executable produced.
struct CommandOutput: Sendable {
    /// Whether the process exited (rather than died from a signal such as SIGSEGV).
    var exited: Bool
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `openapi-swift` binary as a subprocess, the way a user or a build script does.
enum OpenAPISwiftBinary {
    /// The executable: it is built into the same products folder as the test bundle (the test target depends on
    /// it), and the test process is the bundle itself (`…/debug/openapi-swiftPackageTests.xctest`) or a helper
    /// that runs from that folder.
    static let url: URL? = {
        var folders: [URL] = []
        if let first = ProcessInfo.processInfo.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in folders {
            let candidate = folder.appendingPathComponent("openapi-swift")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs the binary with `arguments` in `directory`, with `extra` added to the environment; stdout and stderr go
    /// to files, so that no pipe can fill up.
    static func run(
        _ arguments: [String], in directory: URL, environment extra: [String: String] = [:]
    ) throws -> CommandOutput {
        try run(
            executable: try #require(url, "openapi-swift was not found beside the test bundle"), arguments,
            in: directory, environment: extra)
    }

    /// Runs another tool found on the `PATH` (such as `swift`), the same way.
    static func runTool(_ arguments: [String], in directory: URL) throws -> CommandOutput {
        try run(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments, in: directory)
    }

    private static func run(
        executable: URL, _ arguments: [String], in directory: URL, environment extra: [String: String] = [:]
    ) throws -> CommandOutput {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // A crash must show up as a signal quickly, without a backtrace being symbolicated first.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandOutput(
            exited: process.terminationReason == .exit, status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// Component schemas (indented for `components/schemas`) whose references loop through each other's `$ref`.
struct LoopingSchemas: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var testDescription: String { name }
}

/// `openapi-swift lint`: exit status, summary line on stdout, rendered diagnostics on stderr.
@Suite(.timeLimit(.minutes(15)))
struct LintCommandTests {
    /// The seed specs (copies of the shared specs, kept once in `Examples/specs`), found from this file's path.
    static let specsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/specs")

    /// A fresh folder holding `files` (relative path → text), for specs made up by a test.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    @Test func binaryIsBuilt() {
        #expect(OpenAPISwiftBinary.url != nil)
    }

    @Test(arguments: [
        (
            "libredesk.yaml",
            "openapi 3.0.0: 2 paths, 2 operations, 6 component schemas, 0 external files, 6 references (0 external)"
        ),
        (
            "luminous.yaml",
            "openapi 3.0.3: 1 paths, 1 operations, 8 component schemas, 0 external files, 9 references (0 external)"
        ),
        (
            "ruddr.yaml",
            "openapi 3.1.0: 2 paths, 3 operations, 5 component schemas, 0 external files, 23 references (0 external)"
        ),
        (
            "superoffice.yaml",
            "openapi 3.0.3: 1 paths, 1 operations, 20 component schemas, 0 external files, 89 references (0 external)"
        ),
    ])
    func cleanSpecPrintsItsSummary(_ spec: String, _ summary: String) throws {
        let output = try OpenAPISwiftBinary.run(["lint", spec], in: Self.specsFolder)
        #expect(output.status == 0)
        #expect(output.stdout == summary + "\n")
        #expect(output.stderr == "")
    }

    @Test func absolutePathWorksFromAnyFolder() throws {
        let spec = Self.specsFolder.appendingPathComponent("libredesk.yaml").path
        let output = try OpenAPISwiftBinary.run(["lint", spec], in: FileManager.default.temporaryDirectory)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("openapi 3.0.0: 2 paths, 2 operations, 6 component schemas"))
    }

    static let brokenSpec = """
        openapi: 3.0.3
        info:
          title: T
          version: '1'
        paths:
          /a:
            get:
              summry: typo
              parameters:
                - name: q
                  in: query
                  required: yes
              responses:
                '200':
                  description: ok

        """

    @Test func brokenSpecRendersErrorsWithSourceLineAndCaret() throws {
        let folder = try Self.folder(["broken.yaml": Self.brokenSpec])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OpenAPISwiftBinary.run(["lint", "broken.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(
            output.stderr == """
                broken.yaml:8:7: warning: unknown key 'summry' in Operation is ignored [#/paths/~1a/get/summry]
                      summry: typo
                      ^
                broken.yaml:12:21: error: expected a boolean for 'required', found a string 'yes' \
                [#/paths/~1a/get/parameters/0/required]
                          required: yes
                                    ^
                1 error, 1 warning

                """)
    }

    @Test func quietPrintsErrorsOnly() throws {
        let folder = try Self.folder(["broken.yaml": Self.brokenSpec])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OpenAPISwiftBinary.run(["lint", "broken.yaml", "--quiet"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(
            output.stderr == """
                broken.yaml:12:21: error: expected a boolean for 'required', found a string 'yes' \
                [#/paths/~1a/get/parameters/0/required]
                          required: yes
                                    ^
                1 error, 1 warning

                """)
    }

    @Test func caretLineKeepsTabsSoTheCaretLinesUp() throws {
        let folder = try Self.folder([
            "tab.yaml": "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-a:\t'a' b\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OpenAPISwiftBinary.run(["lint", "tab.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(
            output.stderr
                == "tab.yaml:4:10: error: while parsing a block mapping: did not find expected key\n"
                + "x-a:\t'a' b\n    \t    ^\n1 error, 0 warnings\n")
    }

    @Test func tabIndentationIsExplained() throws {
        let folder = try Self.folder(["tab.yaml": "openapi: 3.0.3\ninfo:\n  title:\tT\n\tversion: '1'\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OpenAPISwiftBinary.run(["lint", "tab.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stderr
                == "tab.yaml:4:1: error: while scanning a plain scalar: found a tab character that violates "
                + "indentation (a tab; YAML allows only spaces for indentation)\n\tversion: '1'\n^\n"
                + "1 error, 0 warnings\n")
    }

    @Test func warningsAsErrorsFailsOnWarnings() throws {
        let folder = try Self.folder([
            "warn.yaml": "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths: {}\nfoo: bar\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lenient = try OpenAPISwiftBinary.run(["lint", "warn.yaml"], in: folder)
        #expect(lenient.status == 0)
        let strict = try OpenAPISwiftBinary.run(["lint", "warn.yaml", "--warnings-as-errors"], in: folder)
        #expect(strict.status == 1)
        #expect(
            strict.stderr
                == "warn.yaml:6:1: warning: unknown key 'foo' in the OpenAPI document is ignored [#/foo]\nfoo: bar\n^\n"
                + "0 errors, 1 warning\n")
    }

    @Test func externalReferenceOutsideTheFolderNeedsRootOrAllow() throws {
        let folder = try Self.folder([
            "spec/api.yaml":
                "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    A:\n"
                + "      $ref: '../models.yaml#/A'\n",
            "models.yaml": "A:\n  type: string\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let confined = try OpenAPISwiftBinary.run(["lint", "spec/api.yaml"], in: folder)
        #expect(confined.status == 1)
        #expect(
            confined.stderr == """
                spec/api.yaml:9:13: error: reference to 'models.yaml' leaves the spec's folder 'spec'; \
                pass --allow-outside-root or --root to allow it
                      $ref: '../models.yaml#/A'
                            ^
                1 error, 0 warnings

                """)
        let summary =
            "openapi 3.0.3: 0 paths, 0 operations, 1 component schemas, 1 external files, 1 references (1 external)\n"
        let rooted = try OpenAPISwiftBinary.run(["lint", "spec/api.yaml", "--root", "."], in: folder)
        #expect(rooted.status == 0)
        #expect(rooted.stdout == summary)
        let allowed = try OpenAPISwiftBinary.run(["lint", "spec/api.yaml", "--allow-outside-root"], in: folder)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == summary)
    }

    @Test func missingFileIsAnError() throws {
        let output = try OpenAPISwiftBinary.run(["lint", "nope.yaml"], in: Self.specsFolder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: no such file 'nope.yaml'\n1 error, 0 warnings\n")
    }

    @Test(arguments: [
        (["lint"], "Error: Missing expected argument '<spec>'"),
        (["lint", "libredesk.yaml", "--bogus"], "Error: Unknown option '--bogus'"),
        (["lint", "libredesk.yaml", "--root"], "Error: Missing value for '--root <root>'"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
    ])
    func usageErrorsExitWith64(_ arguments: [String], _ firstLine: String) throws {
        let output = try OpenAPISwiftBinary.run(arguments, in: Self.specsFolder)
        #expect(output.status == 64)
        #expect(output.stdout == "")
        #expect(output.stderr.split(separator: "\n").first.map(String.init) == firstLine)
    }

    /// A reference whose pointer walks through its own `$ref` (`A` → `#/…/A/properties/x`) must be reported, not
    /// followed forever: the process has to exit with status 1 and an error naming the loop.
    @Test(arguments: [
        LoopingSchemas(
            name: "A → #/…/A/properties/x", text: "A:\n      $ref: '#/components/schemas/A/properties/x'\n"),
        LoopingSchemas(
            name: "A → #/…/B/properties/x, B → #/…/A/properties/x",
            text: "A:\n      $ref: '#/components/schemas/B/properties/x'\n"
                + "    B:\n      $ref: '#/components/schemas/A/properties/x'\n"),
    ])
    func referenceLoopThroughAnIntermediateRefIsAnError(_ schemas: LoopingSchemas) throws {
        let folder = try Self.folder([
            "loop.yaml": "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    "
                + schemas.text
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OpenAPISwiftBinary.run(["lint", "loop.yaml"], in: folder)
        #expect(output.exited, "openapi-swift died from signal \(output.status)")
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("loop.yaml:9:13: error: "))
    }

    /// Schemas nested as deep as the parser allows (`items` inside `items`, 505 levels) must not overflow the stack:
    /// they load, or are rejected with a located error.
    @Test func deeplyNestedItemsDoNotOverflowTheStack() throws {
        let depth = 505
        let text =
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Deep: "
            + String(repeating: "{items: ", count: depth) + "{type: string}" + String(repeating: "}", count: depth)
            + "\n"
        let folder = try Self.folder(["deep.yaml": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OpenAPISwiftBinary.run(["lint", "deep.yaml"], in: folder)
        #expect(output.exited, "openapi-swift died from signal \(output.status)")
        #expect(output.status == 0 || output.status == 1)
    }
}
