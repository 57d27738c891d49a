import Foundation
import Testing

/// `openapi-swift config init` and `config lint`.
@Suite(.timeLimit(.minutes(15)))
struct ConfigCommandTests {
    /// A fresh folder holding a copy of the libredesk seed spec as `specs/api.yaml`.
    static func project() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("config-cli-\(UUID().uuidString)")
        let specs = url.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: LintCommandTests.specsFolder.appendingPathComponent("libredesk.yaml"),
            to: specs.appendingPathComponent("api.yaml"))
        return url
    }

    @Test func initWritesAFileLintAccepts() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let written = try OpenAPISwiftBinary.run(["config", "init", "specs/api.yaml"], in: project)
        #expect(written.status == 0)
        #expect(written.stdout == "wrote openapi-swift.yml\n")
        let text = try String(contentsOf: project.appendingPathComponent("openapi-swift.yml"), encoding: .utf8)
        #expect(text.contains("spec: specs/api.yaml\n"))
        #expect(text.contains("output: Generated/LibredeskAPI\n"))
        let lint = try OpenAPISwiftBinary.run(["config", "lint"], in: project)
        #expect(lint.status == 0)
        #expect(lint.stdout == "openapi-swift.yml: no errors\n")
        #expect(lint.stderr == "")
    }

    @Test func initRefusesToReplaceUnlessForced() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let file = project.appendingPathComponent("openapi-swift.yml")
        try Data("spec: mine.yaml\n".utf8).write(to: file)
        let refused = try OpenAPISwiftBinary.run(["config", "init", "specs/api.yaml"], in: project)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: 'openapi-swift.yml' exists; pass --force to replace it\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "spec: mine.yaml\n")
        let forced = try OpenAPISwiftBinary.run(["config", "init", "specs/api.yaml", "--force"], in: project)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("spec: specs/api.yaml\n"))
    }

    @Test func initInAnotherFolderMakesTheSpecRelativeToIt() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(
            at: project.appendingPathComponent("app"), withIntermediateDirectories: true)
        let written = try OpenAPISwiftBinary.run(
            ["config", "init", "specs/api.yaml", "--config", "app/openapi-swift.yml"], in: project)
        #expect(written.status == 0)
        let text = try String(contentsOf: project.appendingPathComponent("app/openapi-swift.yml"), encoding: .utf8)
        #expect(text.contains("spec: ../specs/api.yaml\n"))
        let lint = try OpenAPISwiftBinary.run(["config", "lint", "--config", "app/openapi-swift.yml"], in: project)
        #expect(lint.status == 0)
    }

    @Test func lintReportsEachMistakeWithItsLine() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let config = """
            spec: specs/api.yaml
            outptu: Out
            modes:
              - models
              - clinet
              - server
            access-level: internal

            """
        try Data(config.utf8).write(to: project.appendingPathComponent("openapi-swift.yml"))
        let lint = try OpenAPISwiftBinary.run(["config", "lint"], in: project)
        #expect(lint.status == 1)
        #expect(lint.stdout == "")
        #expect(
            lint.stderr == """
                openapi-swift.yml:2:1: error: unknown key 'outptu'; did you mean 'output'?
                outptu: Out
                ^
                openapi-swift.yml:5:5: error: modes[1]: unknown mode 'clinet'; did you mean 'client'?
                  - clinet
                    ^
                openapi-swift.yml:7:15: error: access-level: internal declarations cannot be used by the targets of mode 'server', which need the models from another target of the package; use 'package'
                access-level: internal
                              ^
                3 errors, 0 warnings

                """)
    }

    @Test func lintWithoutAFile() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let lint = try OpenAPISwiftBinary.run(["config", "lint"], in: project)
        #expect(lint.status == 1)
        #expect(
            lint.stderr
                == "error: no config file at 'openapi-swift.yml'; create one with `openapi-swift config init SPEC`\n"
                + "1 error, 0 warnings\n")
    }

    @Test func lintMissingSpecKey() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try Data("output: Out\n".utf8).write(to: project.appendingPathComponent("openapi-swift.yml"))
        let lint = try OpenAPISwiftBinary.run(["config", "lint", "--quiet"], in: project)
        #expect(lint.status == 1)
        #expect(lint.stderr.hasPrefix("openapi-swift.yml:1:1: error: missing key 'spec'\n"))
    }

    @Test func lintChecksFiltersAgainstTheSpec() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let config = "spec: specs/api.yaml\nfilters:\n  include:\n    tags: [Agnets]\n    paths: [/api/v1/agents/*]\n"
        try Data(config.utf8).write(to: project.appendingPathComponent("openapi-swift.yml"))
        let lint = try OpenAPISwiftBinary.run(["config", "lint"], in: project)
        #expect(lint.status == 1)
        #expect(
            lint.stderr == """
                openapi-swift.yml:4:12: error: filters.include.tags[0]: no operation has the tag 'Agnets'; did you \
                mean 'Agents'?
                    tags: [Agnets]
                           ^
                1 error, 0 warnings

                """)
    }

    @Test func lintChecksNamingAgainstTheSpec() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let config =
            "spec: specs/api.yaml\nnaming:\n  schemas:\n    Contcat: Person\n  operations:\n    handleUpdateAgent: save\n"
        try Data(config.utf8).write(to: project.appendingPathComponent("openapi-swift.yml"))
        let lint = try OpenAPISwiftBinary.run(["config", "lint"], in: project)
        #expect(lint.status == 1)
        #expect(
            lint.stderr == """
                openapi-swift.yml:4:5: error: naming.schemas.Contcat: the spec has no component schema 'Contcat'; did \
                you mean 'Contact'?
                    Contcat: Person
                    ^
                1 error, 0 warnings

                """)
    }
}
