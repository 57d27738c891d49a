import Foundation
import Testing

/// The generated client on the wire, judged by Connexion: a server built from the same spec that validates every
/// request (`strict_validation`) and its own responses (`validate_responses`), and accepts only the test
/// credentials (`Tests/Wire/connexion_server.py`).
@Suite("Client on the wire", .serialized)
struct WireTests {
    /// The real Libredesk API: all 54 operations, with both transports, both auth schemes, the multipart contact
    /// update with a file and each of the three `avatar_url` states, a wrong credential and missing credentials.
    @Test(
        "the generated Libredesk client calls every operation of the real spec on Connexion, with both transports",
        .enabled(if: Corpus.isAvailable, "the corpus is not beside the repository (../shared/corpus)"))
    func libredesk() async throws {
        let spec = Corpus.root.appendingPathComponent("libredesk/openapi.json").path
        let package = try #require(
            GeneratedRunner.generate(
                specPath: spec, module: "LibredeskAPI", modes: [.models, .client, .asyncHTTPClient]))
        let transport = GeneratedRunner.Dependency(
            directory: package.directory, module: "LibredeskAPIAsyncHTTPClient")
        let python = try #require(WireServer.python())
        let server = try await WireServer(spec: spec, python: python)
        defer { server.stop() }
        let calls = try String(
            contentsOfFile: try Fixtures.path("wire/LibredeskCalls.swift"), encoding: .utf8)
        let output = try await GeneratedRunner.run(
            name: "LibredeskWire", dependencies: [package, transport],
            sources: [
                "main.swift": calls,
                "Server.swift": "import Foundation\nlet wireServerURL = URL(string: \(GeneratedRunner.literal(server.url.absoluteString)))!\n",
            ])
        if output.buildFailed {
            Issue.record("the wire runner did not build:\n\(output.output.suffix(20_000))")
            return
        }
        let lines = output.lines
        for line in lines where line.hasPrefix("FAIL") { Issue.record(Comment(rawValue: line)) }
        let passed = lines.filter { $0.hasPrefix("ok ") }
        // 54 operations (some called more than once: the avatar states, both auth schemes) and 2 refusals, per
        // transport.
        #expect(passed.count == 2 * Self.libredeskCallsPerTransport, "\(passed.count) calls passed:\n\(output.output)")
        #expect(lines.last == "done 0 failures", "\(output.errorOutput.suffix(5_000))")

        let requests = try server.requests()
        let operations = Set(requests.compactMap { $0["operationId"] as? String })
        #expect(operations.count == 54, "the server saw \(operations.count) of 54 operations")
        // Nothing was rejected, but the two requests meant to be refused (a wrong password, once per transport).
        let refused = requests.filter { ($0["status"] as? Int).map { $0 >= 400 } ?? true }
        let meant = refused.filter { (($0["headers"] as? [String: Any])?["x-wire-expect"] as? String) == "401" }
        #expect(refused.count == meant.count, "Connexion refused:\n\(refused.map { "\($0)" }.joined(separator: "\n"))")
        #expect(meant.count == 2)
        // The multipart contact update: the file's bytes arrived intact, and each avatar_url state as sent.
        let updates = requests.filter { ($0["operationId"] as? String) == "handleUpdateContact" }
        let files = updates.flatMap {
            ((($0["form"] as? [String: Any])?["files"] as? [String: Any])?["files"] as? [[String: Any]]) ?? []
        }
        // SHA-256 of the 11 bytes of `avatar` in LibredeskCalls.swift.
        let digest = "918929e0e171e6d6d864e0550e395c858450e363cef52981f8f7647fb919fea6"
        let intact = files.filter {
            $0["sha256"] as? String == digest && $0["filename"] as? String == "avatar.png"
                && $0["contentType"] as? String == "image/png"
        }
        #expect(intact.count == 2, "the avatar file did not arrive intact once per transport: \(files)")
        let avatarStates = updates.map { update -> String in
            let fields = (update["form"] as? [String: Any])?["fields"] as? [String: Any]
            guard let values = fields?["avatar_url"] as? [String] else { return "absent" }
            return values.first.map { $0 == "null" || $0.isEmpty ? "null" : "value" } ?? "absent"
        }
        for state in ["absent", "null", "value"] {
            #expect(avatarStates.contains(state), "no contact update with avatar_url \(state): \(avatarStates)")
        }
    }

    /// The `ok` lines `LibredeskCalls.swift` prints for one transport.
    static let libredeskCallsPerTransport = 58
}
