import Foundation
import GeneratorCore
import Testing

/// Required `readOnly` and `writeOnly` properties (`Fixtures/client/read-write-only.yaml`): a request body is built
/// without the `readOnly` ones and never carries them (also nested in an array and through `allOf`), a response
/// without the `writeOnly` ones decodes, and the package builds without a warning. `WireTests` sends the same
/// bodies to Connexion.
@Suite("readOnly and writeOnly", .serialized)
struct ReadWriteOnlyTests {
    /// The module the fixture is generated as, shared with the wire test (one package per process).
    static let module = "ReadWriteOnly"

    /// The fixture's package, generated once per process.
    static func package() throws -> GeneratedRunner.Dependency {
        try #require(
            GeneratedRunner.generate(
                specPath: try Fixtures.path("client/read-write-only.yaml"), module: module, modes: [.models, .client]))
    }

    @Test func requestsLeaveOutReadOnlyAndResponsesNeedNoWriteOnly() async throws {
        let package = try Self.package()
        let main = #"""
            import Foundation
            import ReadWriteOnly

            final class Recorder: ClientTransport, @unchecked Sendable {
                var bodies: [String] = []
                let answer: String
                init(answer: String) { self.answer = answer }
                func send(_ request: ClientRequest) async throws -> ClientResponse {
                    bodies.append(String(decoding: try await request.body?.collect() ?? Data(), as: UTF8.self))
                    return ClientResponse(
                        status: request.method == "PUT" ? 200 : 201,
                        headers: [ClientHeader(name: "Content-Type", value: "application/json")],
                        body: .data(Data(answer.utf8)))
                }
            }

            func object(_ text: String) -> [String: Any] {
                (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            }

            let url = URL(string: "https://accounts.example.com")!
            // Built without `id`: the readOnly property is not required.
            let account = Account(password: "correct horse", name: "Ada")
            let answer = #"{"id":"a1","name":"Ada","email":"ada@example.com"}"#
            let recorder = Recorder(answer: answer)
            let client = ReadWriteOnlyClient(serverURL: url, transport: recorder)
            do {
                let created = try await client.createAccount(body: account).body()
                check("a response without the writeOnly password decodes", created.password == nil, "\(created)")
                check("a response exposes the readOnly id", created.id == "a1", "\(created)")
                // Sending back what was received: the id stays out of the PUT body.
                var changed = created
                changed.password = "battery staple"
                let replaced = try await client.replaceAccount(accountID: "a1", body: changed).body()
                check("the PUT answer decodes", replaced.id == "a1" && replaced.email == "ada@example.com", "\(replaced)")
                let post = object(recorder.bodies[0])
                check("the POST body has no id", post["id"] == nil && post["name"] as? String == "Ada", recorder.bodies[0])
                check("the POST body has the password", post["password"] as? String == "correct horse", recorder.bodies[0])
                let put = object(recorder.bodies[1])
                check("the PUT body has no id, even when the value holds one", put["id"] == nil, recorder.bodies[1])
                check("the PUT body has the new password", put["password"] as? String == "battery staple", recorder.bodies[1])
            } catch {
                check("account calls", false, "\(error)")
            }

            // Nested: a Team (allOf with a readOnly createdAt) of Accounts in an array.
            let teamAnswer = #"{"createdAt":"today","title":"T","members":[{"id":"a1","name":"Ada"}]}"#
            let teamRecorder = Recorder(answer: teamAnswer)
            let teams = ReadWriteOnlyClient(serverURL: url, transport: teamRecorder)
            do {
                let member = Account(id: "a1", password: "correct horse", name: "Ada")
                let team = try await teams.createTeam(body: Team(createdAt: "yesterday", title: "T", members: [member])).body()
                check("a nested response decodes", team.createdAt == "today" && team.members.first?.id == "a1", "\(team)")
                let sent = teamRecorder.bodies[0]
                check("no readOnly property at any depth of the request", !sent.contains("createdAt") && !sent.contains("\"id\""), sent)
                check("the nested writeOnly password is sent", sent.contains("correct horse"), sent)
            } catch {
                check("team call", false, "\(error)")
            }

            // Outside a request or a response (a value saved or logged), every property is written; a response
            // (the server's encoder) leaves out the writeOnly ones.
            let full = Account(id: "a1", password: "secret12", name: "Ada")
            let saved = object(String(decoding: try ModelCoding.makeEncoder().encode(full), as: UTF8.self))
            check("plain encoding keeps both", saved["id"] != nil && saved["password"] != nil, "\(saved)")
            let response = object(String(decoding: try ModelCoding.makeEncoder(for: .response).encode(full), as: UTF8.self))
            check("a response keeps id and leaves out password", response["id"] != nil && response["password"] == nil, "\(response)")

            """#
        try await GeneratedRunner.expectCleanRun(
            name: "ReadWriteOnlyRunner", package: package.directory, module: Self.module, main: main,
            expectedCount: 12)
    }
}
