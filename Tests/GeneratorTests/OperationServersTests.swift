import Foundation
import GeneratorCore
import Testing

/// Operations with servers of their own (`Fixtures/client/operation-servers.yaml`): where each goes with the spec's
/// server, with the client pointed elsewhere and with `serverOverrides`, and a request built with `makeRequest`
/// and authenticated with the public `Credentials.apply`. The runner (`Fixtures/client/OperationServerChecks.swift`)
/// uses a recording transport; `WireTests` sends the same package's requests to Connexion.
@Suite("Operation servers", .serialized)
struct OperationServersTests {
    /// The package generated from the fixture, shared with `WireTests.operationServers`.
    static func package() throws -> GeneratedRunner.Dependency? {
        GeneratedRunner.generate(
            specPath: try Fixtures.path("client/operation-servers.yaml"), module: "OperationServers",
            modes: [.models, .client])
    }

    /// The runner's checks, without `main.swift`.
    static func checksSource() throws -> String {
        try String(contentsOfFile: try Fixtures.path("client/OperationServerChecks.swift"), encoding: .utf8)
    }

    @Test("relative and same-host servers follow the client, other hosts are overridden by their spec URL")
    func resolution() async throws {
        let package = try #require(try Self.package())
        let output = try await GeneratedRunner.run(
            name: "OperationServersRunner", dependencies: [package],
            sources: [
                "Helpers.swift": GeneratedRunner.helpersSource, "Checks.swift": try Self.checksSource(),
                "main.swift": "await localChecks()\n",
            ])
        GeneratedRunner.expectAllPassed(output, expectedCount: 8)
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/OperationServers")
        }
        #expect(warnings.isEmpty, "the generated package warned:\n\(warnings.joined(separator: "\n"))")
    }
}
