import Foundation
import Testing

/// The first flow a user meets (`config init` on a seed spec, then `generate`, then `swift build`), and the access
/// levels: every generated package builds with zero warnings, and a user's own file in the module uses `internal`
/// declarations through a public facade.
@Suite("Access levels", .serialized, .timeLimit(.minutes(20)))
struct AccessLevelTests {
    static let module = "Generated/LibredeskAPI"

    /// Builds the package at `project/module` in `scratch`; returns the lines with a warning or an error.
    static func build(_ project: URL, scratch: URL) throws -> (status: Int32, problems: [String], log: String) {
        let build = try OpenAPISwiftBinary.runTool(
            ["swift", "build", "--scratch-path", scratch.path], in: project.appendingPathComponent(module))
        let log = build.stdout + build.stderr
        let problems = log.split(separator: "\n").map(String.init).filter {
            $0.contains("warning:") || $0.contains("error:")
        }
        return (build.status, problems, log)
    }

    /// Replaces `old` with `new` in the project's config file.
    static func edit(_ project: URL, _ old: String, _ new: String) throws {
        let url = project.appendingPathComponent("openapi-swift.yml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "the config has no '\(old)'")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    /// Every generated Swift file of the package → its text (the user's own file left out).
    static func generatedSources(_ project: URL) throws -> [String: String] {
        let sources = project.appendingPathComponent(module + "/Sources")
        var texts: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: sources.path) ?? [] where path.hasSuffix(".swift") {
            guard !path.hasSuffix("Facade.swift") else { continue }
            texts[path] = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
        }
        return texts
    }

    /// A user's file beside the generated ones: a public function over the generated (internal) client.
    static let facade = """
        import Foundation

        /// The one entry point this library offers its users; the generated code stays internal.
        public enum Helpdesk {
            /// The server the generated client talks to by default.
            public static func defaultServer() -> Foundation.URL {
                let client = LibredeskClient(serverURL: LibredeskClient.Servers.defaultURL)
                return client.serverURL
            }
        }

        """

    @Test func configInitThenGenerateBuildsAtEveryAccessLevel() throws {
        let project = try ConfigCommandTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let scratch = project.appendingPathComponent(".build-access")
        let initialized = try OpenAPISwiftBinary.run(["config", "init", "specs/api.yaml"], in: project)
        #expect(initialized.status == 0, "\(initialized.stderr)")

        // The file as `config init` wrote it: models and client, public.
        let first = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(first.status == 0, "\(first.stderr)")
        let publicBuild = try Self.build(project, scratch: scratch)
        #expect(publicBuild.status == 0, "\(publicBuild.log)")
        #expect(publicBuild.problems.isEmpty, "\(publicBuild.problems.prefix(20).joined(separator: "\n"))")

        // internal: no generated declaration is public; a user's file exposes what it chooses.
        try Self.edit(project, "access-level: public", "access-level: internal")
        let facade = project.appendingPathComponent(Self.module + "/Sources/LibredeskAPI/Facade.swift")
        try Data(Self.facade.utf8).write(to: facade)
        let internalRun = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(internalRun.status == 0, "\(internalRun.stderr)")
        for (path, text) in try Self.generatedSources(project) {
            #expect(!text.contains("public "), "\(path) still declares something public")
            #expect(text.contains("internal ") || path.hasSuffix("Package.swift"), "\(path) declares nothing internal")
        }
        let internalBuild = try Self.build(project, scratch: scratch)
        #expect(internalBuild.status == 0, "\(internalBuild.log)")
        #expect(internalBuild.problems.isEmpty, "\(internalBuild.problems.prefix(20).joined(separator: "\n"))")
        #expect(FileManager.default.fileExists(atPath: facade.path), "the user's file was removed")

        // package: the server target uses the client's operation types from another target of the package.
        try Self.edit(project, "access-level: internal", "access-level: package")
        try Self.edit(project, "  - client\n", "  - client\n  - server\n")
        let packageRun = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(packageRun.status == 0, "\(packageRun.stderr)")
        let sources = try Self.generatedSources(project)
        #expect(sources.keys.contains { $0.hasPrefix("LibredeskAPIServer/") })
        for (path, text) in sources {
            #expect(!text.contains("public ") && !text.contains("internal "), "\(path) is not at package level")
        }
        let packageBuild = try Self.build(project, scratch: scratch)
        #expect(packageBuild.status == 0, "\(packageBuild.log)")
        #expect(packageBuild.problems.isEmpty, "\(packageBuild.problems.prefix(20).joined(separator: "\n"))")
    }
}
