import Foundation
import Testing

/// The server reads parameters exactly as the client writes them: the package generated from
/// `Fixtures/server/parameters.yaml` (every position, style and explode value) sends each operation from the
/// generated client through `InProcessTransport` to the generated server, whose handler records the `Input` it
/// received; `Fixtures/server/ParameterRoundTrip.swift` compares it with the input sent.
@Suite("Server parameters")
struct ServerParameterTests {
    /// How many round trips `ParameterRoundTrip.swift` checks.
    static let expectedChecks = 14

    @Test("every parameter position, style and explode value decodes to what the client encoded")
    func roundTrip() async throws {
        let spec = try Fixtures.path("server/parameters.yaml")
        let package = try #require(
            GeneratedRunner.generate(specPath: spec, module: "ParameterRoundTrip", modes: [.models, .client, .server]))
        let checks = try String(
            contentsOfFile: try Fixtures.path("server/ParameterRoundTrip.swift"), encoding: .utf8)
        let output = try await GeneratedRunner.run(
            name: "ParameterRoundTripRunner",
            dependencies: [
                package,
                GeneratedRunner.Dependency(directory: package.directory, module: "ParameterRoundTripServer"),
            ],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": checks])
        GeneratedRunner.expectAllPassed(output, expectedCount: Self.expectedChecks)
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/ParameterRoundTrip")
        }
        #expect(warnings.isEmpty, "the generated package warned:\n\(warnings.joined(separator: "\n"))")
    }
}
