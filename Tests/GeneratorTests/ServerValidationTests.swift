import Foundation
import Testing

@testable import Translator

/// The generated server validates every keyword at every position: the packages generated from
/// `Fixtures/server/validation-3.1.yaml` and `validation-3.0.yaml` (3.0's boolean exclusive bounds and `nullable`)
/// are served in-process, and `Fixtures/server/ValidationTable.swift` sends, for each keyword at a body property,
/// a query parameter and a header, a valid request (it must reach the handler) and an invalid one (it must be
/// answered 400 naming the JSON pointer or the parameter, and the rule).
@Suite("Server validation")
struct ServerValidationTests {
    /// How many (keyword, position) rows `ValidationTable.swift` checks.
    static let expectedRows = 125

    @Test("each keyword's valid value reaches the handler and its invalid one is answered 400 naming it")
    func table() async throws {
        let table = try #require(
            GeneratedRunner.generate(
                specPath: try Fixtures.path("server/validation-3.1.yaml"), module: "ValidationTable",
                modes: [.models, .client, .server]))
        let legacy = try #require(
            GeneratedRunner.generate(
                specPath: try Fixtures.path("server/validation-3.0.yaml"), module: "ValidationLegacy",
                modes: [.models, .client, .server]))
        let main = try String(contentsOfFile: try Fixtures.path("server/ValidationTable.swift"), encoding: .utf8)
        let output = try await GeneratedRunner.run(
            name: "ValidationTableRunner",
            dependencies: [
                table, GeneratedRunner.Dependency(directory: table.directory, module: "ValidationTableServer"),
                legacy, GeneratedRunner.Dependency(directory: legacy.directory, module: "ValidationLegacyServer"),
            ],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": main])
        GeneratedRunner.expectAllPassed(output, expectedCount: Self.expectedRows)
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:")
                && ($0.contains("/packages/ValidationTable") || $0.contains("/packages/ValidationLegacy"))
        }
        #expect(warnings.isEmpty, "the generated packages warned:\n\(warnings.joined(separator: "\n"))")
    }

    @Test(
        "a pattern is rewritten where ICU reads ECMA-262 differently",
        arguments: [
            (#"^[a-z]+\d$"#, #"^[a-z]+[0-9]\z"#),
            (#"[\w-]+\W"#, #"[A-Za-z0-9_-]+[^A-Za-z0-9_]"#),
            (#"[^\D]"#, #"[^[^0-9]]"#),
            (#"a[^]b"#, #"a[\s\S]b"#),
            (#"\$[$]\\d"#, #"\$[$]\\d"#),
            (#"(?<year>\d{4})"#, #"(?<year>[0-9]{4})"#),
            (#"[[a]"#, #"[\[a]"#),
            (#"^{[a-z]+}$"#, #"^\{[a-z]+\}\z"#),
            (#"a{2}b{1,}c{1,3}d{x}"#, #"a{2}b{1,}c{1,3}d\{x\}"#),
        ])
    func ecmaPattern(pattern: String, icu: String) {
        #expect(ECMAPattern.icu(pattern) == icu)
    }
}
