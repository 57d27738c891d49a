import Foundation
import Testing

/// The generated server writes a handler's output only when it conforms to the documented responses: the package
/// generated from `Fixtures/server/responses.yaml` is served in-process, and `Fixtures/server/ResponseCheck.swift`
/// checks that conforming outputs are written as documented and that each kind of non-conforming output (a
/// schema keyword at a body property or item, a required header missing, a header value breaking its schema, a
/// text or XML body breaking its schema or not well-formed, an undocumented status, a `default`
/// body breaking its schema) is answered 500 problem+json without the handler's data, reported to
/// `onInvalidResponse`, and reported by the test helper `violations(in:of:)` with its pointer and rule.
@Suite("Server responses")
struct ServerResponseTests {
    /// How many rows `ResponseCheck.swift` checks.
    static let expectedRows = 20

    @Test("conforming outputs are written as documented; others are answered 500 and reported")
    func responses() async throws {
        let package = try #require(
            GeneratedRunner.generate(
                specPath: try Fixtures.path("server/responses.yaml"), module: "ResponseCheck",
                modes: [.models, .client, .server]))
        let main = try String(contentsOfFile: try Fixtures.path("server/ResponseCheck.swift"), encoding: .utf8)
        let output = try await GeneratedRunner.run(
            name: "ResponseCheckRunner",
            dependencies: [
                package, GeneratedRunner.Dependency(directory: package.directory, module: "ResponseCheckServer"),
            ],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": main])
        GeneratedRunner.expectAllPassed(output, expectedCount: Self.expectedRows)
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/ResponseCheck")
        }
        #expect(warnings.isEmpty, "the generated package warned:\n\(warnings.joined(separator: "\n"))")
    }
}
