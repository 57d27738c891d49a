import Foundation
import GeneratorCore
import Testing

/// Names that need no change keep them (issue: a component spelled `UserProfile` became `UserProfile3` beside a
/// `user-profile`; an enum value `self` became `self2`).
@Suite("Names kept as written", .serialized)
struct NameKeepingTests {
    func generate(_ workspace: Workspace) throws -> (PackageGenerator.Outcome, URL) {
        let output = workspace.path("Names")
        let outcome = PackageGenerator.generate(
            PackageGenerator.Options(
                specPath: try Fixtures.path("names/exact-names.yaml"), outputDirectory: output.path,
                moduleName: "Names", modes: [.models, .client]))
        return (outcome, output)
    }

    @Test func exactNamesComeFirstAndKeywordValuesKeepTheirNames() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (outcome, output) = try generate(workspace)
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(
            outcome.diagnostics.map(\.message) == [
                "the schema 'user-profile' is generated as 'UserProfile2' because 'UserProfile' is taken"
            ])
        let sources = output.appendingPathComponent("Sources/Names")
        let profile = try String(contentsOf: sources.appendingPathComponent("UserProfile.swift"), encoding: .utf8)
        #expect(profile.contains("public struct UserProfile:") && profile.contains("public var old: UserProfile2?"))
        let mode = try String(contentsOf: sources.appendingPathComponent("Mode.swift"), encoding: .utf8)
        #expect(mode.contains("case `self`\n") && mode.contains("case `init`\n") && mode.contains("case type\n"))
        #expect(mode.contains(#"case "self": self = .`self`"#))
    }

    @Test func theKeptNamesBuildAndWork() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (outcome, output) = try generate(workspace)
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let main = #"""
            import Foundation
            import Names

            struct Stub: ClientTransport {
                func send(_ request: ClientRequest) async throws -> ClientResponse {
                    let sent = request.url.query == "mode=init"
                    let json = sent ? #"{"mode": "self", "old": {"legacy": true}}"# : "{}"
                    return ClientResponse(
                        status: 200, headers: [ClientHeader(name: "Content-Type", value: "application/json")],
                        body: .data(Data(json.utf8)))
                }
            }

            let client = NamesClient(serverURL: URL(string: "https://example.com")!, transport: Stub())
            do {
                let profile: UserProfile = try await client.getProfile(id: "1", mode: .`init`).body()
                check("the value self decodes as .`self`", profile.mode == .`self`, "\(profile)")
                check("the displaced schema keeps its shape", profile.old == UserProfile2(legacy: true), "\(profile)")
                check("init is sent as init", Mode.`init`.rawValue == "init" && Mode(rawValue: "Type") == .type)
                let json = String(decoding: try JSONEncoder().encode(profile), as: UTF8.self)
                check("self encodes as self", json.contains(#""mode":"self""#), json)
            } catch {
                check("the call", false, "\(error)")
            }

            """#
        try await GeneratedRunner.expectCleanRun(
            name: "NamesRunner", package: output, module: "Names", main: main, expectedCount: 4)
    }
}
