import Foundation
import Testing

/// The generated client runtime, pinned byte for byte: every parameter style of the OpenAPI specification's style
/// tables (`color` as a primitive, an array and an object), percent-encoding per position, JSON, form, text, binary
/// and multipart bodies, auth per operation, response decoding and streaming. An executable built against the
/// package generated from `Fixtures/client/client-features.yaml` runs `Fixtures/client/RuntimeChecks.swift` and
/// prints `PASS`/`FAIL` lines.
@Suite("Client runtime")
struct ClientRuntimeTests {
    /// How many checks `RuntimeChecks.swift` prints.
    static let expectedChecks = 81

    @Test("parameters, bodies, auth and responses are written and read exactly as the spec says")
    func runtime() async throws {
        let spec = try Fixtures.path("client/client-features.yaml")
        let package = try #require(
            GeneratedRunner.generate(specPath: spec, module: "ClientFeatures", modes: [.models, .client]))
        let checks = try String(contentsOfFile: try Fixtures.path("client/RuntimeChecks.swift"), encoding: .utf8)
        let output = try await GeneratedRunner.run(
            name: "ClientRuntime", dependencies: [package],
            sources: [
                "Helpers.swift": GeneratedRunner.helpersSource, "RuntimeChecks.swift": checks,
                "main.swift":
                    "styleTables()\ngeneratedOperations()\nbodies()\nawait auth()\nawait responses()\nservers()\n",
            ])
        GeneratedRunner.expectAllPassed(output, expectedCount: Self.expectedChecks)
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/ClientFeatures")
        }
        #expect(warnings.isEmpty, "the generated client package warned:\n\(warnings.joined(separator: "\n"))")
    }
}
