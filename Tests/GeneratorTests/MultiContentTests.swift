import Foundation
import Testing

/// Request bodies with several content types: the package generated from `Fixtures/client/multi-content.yaml`
/// (a `$ref` body offered as JSON or multipart, an inline body as JSON, multipart or form, a multipart `encoding`
/// with part content types and headers) sends each case from the generated client through `InProcessTransport` to
/// the generated server; `Fixtures/client/MultiContentRoundTrip.swift` checks the handler got the same typed value
/// and the bytes the `encoding` asks for.
@Suite("Multi-content request bodies")
struct MultiContentTests {
    /// How many checks `MultiContentRoundTrip.swift` makes.
    static let expectedChecks = 13

    /// The package generated from the fixture (models, client and server), shared with `WireTests`.
    static func package() throws -> GeneratedRunner.Dependency {
        let spec = try Fixtures.path("client/multi-content.yaml")
        return try #require(
            GeneratedRunner.generate(specPath: spec, module: "MultiContent", modes: [.models, .client, .server]))
    }

    @Test("every content type of a body is typed, encoded by the client and decoded by the server")
    func roundTrip() async throws {
        let package = try Self.package()
        let checks = try String(
            contentsOfFile: try Fixtures.path("client/MultiContentRoundTrip.swift"), encoding: .utf8)
        let output = try await GeneratedRunner.run(
            name: "MultiContentRunner",
            dependencies: [
                package, GeneratedRunner.Dependency(directory: package.directory, module: "MultiContentServer"),
            ],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": checks])
        GeneratedRunner.expectAllPassed(output, expectedCount: Self.expectedChecks)
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/MultiContent")
        }
        #expect(warnings.isEmpty, "the generated package warned:\n\(warnings.joined(separator: "\n"))")
    }
}
