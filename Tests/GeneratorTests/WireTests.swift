import Foundation
import GeneratorCore
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
                specPath: spec, module: "LibredeskAPI", modes: Self.libredeskModes))
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
                "Server.swift":
                    "import Foundation\nlet wireServerURL = URL(string: \(GeneratedRunner.literal(server.url.absoluteString)))!\n",
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

    /// The four seed specs (`../shared/specs`), every operation, each against its own Connexion server.
    @Test(
        "the generated clients of the four seed specs call every operation on Connexion",
        .enabled(if: Corpus.isAvailable, "../shared is not beside the repository"))
    func seeds() async throws {
        let python = try #require(WireServer.python())
        let specs = Corpus.root.deletingLastPathComponent().appendingPathComponent("specs")
        var dependencies: [GeneratedRunner.Dependency] = []
        var servers: [(name: String, operations: Int, server: WireServer)] = []
        defer { for entry in servers { entry.server.stop() } }
        var sources: [String: String] = [:]
        var main = "var failures = 0\n"
        for (name, operations) in Self.seedOperations {
            let spec = specs.appendingPathComponent(name.lowercased() + ".yaml").path
            let module = "Seed\(name)Wire"
            dependencies.append(
                try #require(GeneratedRunner.generate(specPath: spec, module: module, modes: [.models, .client])))
            let server = try await WireServer(spec: spec, python: python)
            servers.append((name, operations, server))
            sources["Seed\(name)Calls.swift"] = try String(
                contentsOfFile: try Fixtures.path("wire/Seed\(name)Calls.swift"), encoding: .utf8)
            // Each entry file imports one module only: every generated package declares its own runtime types.
            sources["Entry\(name).swift"] = """
                import Foundation
                import \(module)

                func run\(name)() async -> Int {
                    let root = \(GeneratedRunner.literal(server.url.absoluteString))
                    let server = URL(string: root + \(module)Client.Servers.defaultURL.path)!
                    return await call\(name)(server: server, transport: URLSessionTransport())
                }

                """
            main += "failures += await run\(name)()\n"
        }
        sources["main.swift"] = main + "print(\"done \\(failures) failures\")\n"
        let output = try await GeneratedRunner.run(name: "SeedsWire", dependencies: dependencies, sources: sources)
        if output.buildFailed {
            Issue.record("the wire runner did not build:\n\(output.output.suffix(20_000))")
            return
        }
        for line in output.lines where line.hasPrefix("FAIL") { Issue.record(Comment(rawValue: line)) }
        #expect(output.lines.last == "done 0 failures", "\(output.output.suffix(5_000))")
        for entry in servers {
            let requests = try entry.server.requests()
            let operations = Set(requests.compactMap { $0["operationId"] as? String })
            #expect(
                operations.count == entry.operations,
                "\(entry.name): the server saw \(operations.sorted()) of \(entry.operations) operations")
            let refused = requests.filter { ($0["status"] as? Int).map { $0 >= 400 } ?? true }
            let meant = refused.filter { ($0["headers"] as? [String: Any])?["x-wire-expect"] != nil }
            #expect(
                refused.count == meant.count,
                "\(entry.name): Connexion refused:\n\(refused.map { "\($0)" }.joined(separator: "\n"))")
            let passed = output.lines.filter { $0.hasPrefix("ok \(entry.name.lowercased()) ") }
            #expect(passed.count >= entry.operations, "\(entry.name): \(passed.count) calls passed")
        }
    }

    /// Operations with servers of their own (another host, relative, path-level), sent to Connexion through
    /// `serverOverrides` keyed by the servers as the spec writes them: each reaches the server and is accepted.
    @Test("operations with their own servers reach Connexion through overrides")
    func operationServers() async throws {
        let spec = try Fixtures.path("client/operation-servers.yaml")
        let package = try #require(try OperationServersTests.package())
        let python = try #require(WireServer.python())
        let server = try await WireServer(spec: spec, python: python)
        defer { server.stop() }
        let checks = try OperationServersTests.checksSource()
        let output = try await GeneratedRunner.run(
            name: "OperationServersWire", dependencies: [package],
            sources: [
                "Helpers.swift": GeneratedRunner.helpersSource, "Checks.swift": checks,
                "main.swift": "await wireChecks(root: \(GeneratedRunner.literal(server.url.absoluteString)))\n",
            ])
        GeneratedRunner.expectAllPassed(output, prefix: "wire", expectedCount: 5)
        let requests = try server.requests()
        for operationID in ["listPets", "uploadFile", "getReport", "searchPets", "listArchivedItems"] {
            let statuses = requests.filter { ($0["operationId"] as? String) == operationID }.compactMap {
                $0["status"] as? Int
            }
            #expect(
                statuses.count == 1 && statuses.allSatisfy { (200..<300).contains($0) },
                "Connexion saw \(operationID) with \(statuses): \(requests)")
        }
    }

    /// Required `readOnly` and `writeOnly` properties (`Fixtures/client/read-write-only.yaml`): the POST and PUT
    /// bodies leave out the `readOnly` ones (Connexion, as the harness sets it up, rejects a request that carries
    /// one and does not require it), and the answers, which leave out the `writeOnly` password, decode.
    @Test("the generated client sends bodies without readOnly properties and reads answers without writeOnly ones")
    func readOnlyAndWriteOnly() async throws {
        let spec = try Fixtures.path("client/read-write-only.yaml")
        let package = try ReadWriteOnlyTests.package()
        let python = try #require(WireServer.python())
        let server = try await WireServer(spec: spec, python: python)
        defer { server.stop() }
        let main = """
            import Foundation
            import ReadWriteOnly

            let client = ReadWriteOnlyClient(serverURL: URL(string: \(GeneratedRunner.literal(server.url.absoluteString)))!)
            do {
                let created = try await client.createAccount(body: Account(password: "correct horse", name: "Ada")).body()
                check("POST answer", created.id != nil && created.password == nil, "\\(created)")
                var changed = created
                changed.password = "battery staple"
                let replaced = try await client.replaceAccount(accountID: created.id ?? "", body: changed).body()
                check("PUT answer", replaced.id != nil, "\\(replaced)")
                let member = Account(id: "a1", password: "correct horse", name: "Ada")
                let team = try await client.createTeam(body: Team(createdAt: "now", title: "T", members: [member])).body()
                check("nested answer", team.createdAt != nil && team.members.allSatisfy { $0.id != nil }, "\\(team)")
            } catch {
                check("calls", false, "\\(error)")
            }

            """
        let output = try await GeneratedRunner.run(
            name: "ReadWriteOnlyWire", dependencies: [package],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": main])
        GeneratedRunner.expectAllPassed(output, expectedCount: 3)
        let requests = try server.requests()
        var statuses: [String: Int] = [:]
        for request in requests {
            guard let operation = request["operationId"] as? String else { continue }
            statuses[operation] = request["status"] as? Int
            let body = request["body"] as? String ?? ""
            #expect(body.contains("\"password\""), "\(operation) did not send the writeOnly password: \(body)")
            #expect(
                !body.contains("\"id\"") && !body.contains("createdAt"),
                "\(operation) sent a readOnly property: \(body)")
        }
        #expect(
            statuses == ["createAccount": 201, "replaceAccount": 200, "createTeam": 201],
            "Connexion answered \(statuses): \(requests)")
    }

    /// A body offered as JSON or multipart (`Fixtures/client/multi-content.yaml`), sent both ways, and an inline
    /// one sent as JSON, multipart and form: Connexion validates each against its content's schema and answers
    /// 204.
    @Test("the generated client sends each content type of a several-content body to Connexion")
    func multiContent() async throws {
        let spec = try Fixtures.path("client/multi-content.yaml")
        let package = try MultiContentTests.package()
        let python = try #require(WireServer.python())
        let server = try await WireServer(spec: spec, python: python)
        defer { server.stop() }
        let main = """
            import Foundation
            import MultiContent

            let client = MultiContentClient(serverURL: URL(string: \(GeneratedRunner.literal(server.url.absoluteString)))!)
            let note = Note(text: "Buy milk", pinned: true, meta: Note.Meta(author: "Ada"))
            let image = MultipartFile(data: Data([0x89, 0x50, 0x4E, 0x47]), filename: "a.png")
            let bodies: [(String, Operations.Upload.Body)] = [
                ("upload json", .json(UploadRequest(title: "t", size: 3))),
                ("upload multipart", .multipart(UploadMultipartRequest(
                    title: "t", image: image, details: .init(width: 640, height: 480)))),
                ("upload form", .form(UploadFormRequest(title: "t", tags: ["a", "b"]))),
            ]
            do {
                check("note json", try await client.createNote(body: .json(note)).status == 204)
                check("note multipart", try await client.createNote(body: .multipart(note)).status == 204)
                for (name, body) in bodies { check(name, try await client.upload(body: body).status == 204) }
            } catch {
                check("calls", false, "\\(error)")
            }

            """
        let output = try await GeneratedRunner.run(
            name: "MultiContentWire", dependencies: [package],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": main])
        GeneratedRunner.expectAllPassed(output, expectedCount: 5)
        let requests = try server.requests()
        let seen = requests.compactMap { request -> String? in
            guard let operation = request["operationId"] as? String, let status = request["status"] as? Int else {
                return nil
            }
            let type = request["contentType"] as? String ?? ""
            return "\(operation) \(type.split(separator: ";").first ?? "") \(status)"
        }
        #expect(
            seen == [
                "createNote application/json 204", "createNote multipart/form-data 204", "upload application/json 204",
                "upload multipart/form-data 204", "upload application/x-www-form-urlencoded 204",
            ], "Connexion saw \(seen): \(requests)")
    }

    /// The modes of the real Libredesk spec's package, which this suite and the server's share (one package per
    /// module name): the server's loopback test needs the server and Hummingbird targets; this one builds only the
    /// client's.
    static let libredeskModes: Set<GenerationMode> = [.models, .client, .asyncHTTPClient, .server, .hummingbird]

    /// The seed specs by name, with their number of operations.
    static let seedOperations: [(String, Int)] = [("Libredesk", 2), ("SuperOffice", 1), ("Ruddr", 3), ("Luminous", 1)]
}
