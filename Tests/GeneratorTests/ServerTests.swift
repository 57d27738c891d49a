import Foundation
import GeneratorCore
import OpenAPILoader
import Testing

/// The generated server, judged by the generated client and by schemathesis (a property-based tester built from
/// the same spec, from PyPI): the real Libredesk API on Hummingbird over an in-memory store.
@Suite("Generated server", .serialized)
struct ServerTests {
    /// The schemathesis command for a spec, or nil (with the reason recorded) when the test environment lacks it.
    static func schemathesis(spec: String, maxExamples: Int) -> [String]? {
        guard let python = WireServer.python() else { return nil }
        let st = URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("st").path
        guard FileManager.default.isExecutableFile(atPath: st) else {
            Issue.record("no schemathesis beside \(python): run the tests with Scripts/test.sh")
            return nil
        }
        return [
            st, "run", spec, "--checks", "all", "--mode", "all", "--max-examples", String(maxExamples), "--seed", "1",
            "--generation-deterministic", "--workers", "1", "--no-color", "--request-timeout", "10",
        ]
    }

    /// Every operation of the real Libredesk API through the generated client (both transports) against the
    /// generated server, the stored state read back, the server's own refusals, then schemathesis.
    @Test(
        "the generated Libredesk client and server talk; schemathesis finds nothing",
        .enabled(if: Corpus.isAvailable, "the corpus is not beside the repository (../shared/corpus)"))
    func libredesk() async throws {
        let spec = Corpus.root.appendingPathComponent("libredesk/openapi.json").path
        let package = try #require(
            GeneratedRunner.generate(
                specPath: spec, module: "LibredeskAPI", modes: WireTests.libredeskModes))
        let modules = ["LibredeskAPIAsyncHTTPClient", "LibredeskAPIServer", "LibredeskAPIHummingbird"].map {
            GeneratedRunner.Dependency(directory: package.directory, module: $0)
        }
        // schemathesis judges the server by its served description: the spec plus the refusals it makes itself.
        let served = package.directory.deletingLastPathComponent().appendingPathComponent("libredesk-served.json").path
        try ServedDescription.write(specPath: spec, to: served)
        var command = try #require(Self.schemathesis(spec: served, maxExamples: 25))
        command += ["--auth", "testkey:testsecret"]
        let commandLiteral = "[" + command.map(GeneratedRunner.literal).joined(separator: ", ") + "]"
        var sources: [String: String] = [:]
        for file in ["server/LibredeskStore.swift", "server/LibredeskEndToEnd.swift", "wire/LibredeskCalls.swift"] {
            var text = try String(contentsOfFile: try Fixtures.path(file), encoding: .utf8)
            if file.hasPrefix("wire/") {
                // The calls file is also a program of its own; here only its function is wanted.
                text = String(text[..<(text.range(of: "\nvar failures = 0\n")?.lowerBound ?? text.endIndex)])
            }
            sources[file.hasSuffix("EndToEnd.swift") ? "main.swift" : URL(fileURLWithPath: file).lastPathComponent] =
                text
        }
        sources["Env.swift"] = "let schemathesisCommand: [String]? = \(commandLiteral)\n"
        let output = try await GeneratedRunner.run(
            name: "LibredeskServerEndToEnd", dependencies: [package] + modules, external: [.hummingbird],
            sources: sources)
        if output.buildFailed {
            Issue.record("the end-to-end runner did not build:\n\(output.output.suffix(20_000))")
            return
        }
        let lines = output.lines
        for line in lines where line.hasPrefix("FAIL") { Issue.record(Comment(rawValue: line)) }
        let calls = lines.filter { $0.hasPrefix("ok urlsession ") || $0.hasPrefix("ok async-http-client ") }
        #expect(calls.count == 2 * WireTests.libredeskCallsPerTransport, "\(calls.count) client calls passed")
        #expect(lines.last == "done 0 failures", "\(output.output.suffix(8_000))\n\(output.errorOutput.suffix(3_000))")
        let summary = lines.filter { $0.hasPrefix("st| ") && ($0.contains("test cases") || $0.contains("passed")) }
        print("schemathesis on Libredesk:\n" + summary.joined(separator: "\n"))
    }

    /// The server runtime's XML reader (`ServerRuntime+XML.swift`) is compiled only by servers that read an XML
    /// request body: `application/xml`, `text/xml` or `…+xml` with a schema that is not binary.
    @Test(
        "the XML body reader is generated only into servers with an XML request body",
        arguments: [
            ("application/xml", "{type: object}", true), ("application/problem+xml", "{type: object}", true),
            ("text/xml", "{type: string}", true), ("application/xml", "{type: string, format: binary}", false),
            ("application/json", "{type: object}", false), ("text/plain", "{type: string}", false),
        ])
    func xmlReaderOnlyWhenRead(media: String, schema: String, expected: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xml-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = """
            openapi: 3.0.3
            info: {title: Bodies, version: "1"}
            paths:
              /items:
                post:
                  operationId: addItem
                  requestBody:
                    content:
                      \(media): {schema: \(schema)}
                  responses: {"204": {description: added}}
            """
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let loaded = try #require(SpecLoader.load(path: spec.path).spec)
        let package = try PackageGenerator.render(
            spec: loaded, specPath: "spec.yaml", moduleName: nil, library: PackageGenerator.templates(),
            modes: [.models, .client, .server])
        #expect(package.files.keys.contains("Sources/BodiesServer/ServerRuntime+Body.swift"))
        #expect(package.files.keys.contains("Sources/BodiesServer/ServerRuntime+XML.swift") == expected)
        let reads = package.files["Sources/BodiesServer/Routes+AddItem.swift"]?.contains("request.xml") ?? false
        #expect(reads == expected)
    }

    /// The generated servers of the four seed specs (with the Hummingbird adapter), each under its spec's server
    /// path: every operation called through the generated client (the wire tests' calls), then schemathesis against
    /// each served description: Luminous's and Ruddr's refusals in the error shapes their specs document,
    /// Luminous's invalid input answered 422 and Ruddr's invalid path ids 404, as documented.
    ///
    /// SuperOffice is not judged by schemathesis: its form and XML bodies meet values no server can tell apart on
    /// the wire. The server reads form bodies as the generated client writes them (nested values as `deepObject`
    /// brackets, a plain `UpdatedBy=text` is text, so refused for an object) and validates XML bodies (well-formed,
    /// then the element tree against the schema, `XMLBodyReader`), but schemathesis 4.32 still reports, with the
    /// seeds' command: in form bodies, `Domains=AAA` accepted (the string `"AAA"`, negative, and the valid
    /// `["AAA"]` are the same exploded form item) and `Urls=+x&Urls=` refused (valid objects `{"+x": …}` that
    /// `requests` writes as their keys); in XML bodies, `<Domains>AAA</Domains>` accepted (a one-item array is
    /// written like a string in OpenAPI's unwrapped arrays).
    ///
    /// These are limits of schemathesis 4.32.5, not of the served description (no `encoding` changes them, and
    /// `xml: {wrapped: true}` would describe another XML form than the spec's): `specs/openapi/checks.py` `_form_body_is_valid_as_sent` reads each form field as
    /// text or a JSON scalar (`_form_text_readings`), never as an array, so it judges even the valid
    /// `{"Domains": ["AAA"]}` as sent invalid, and with it the negative `"AAA"` that `requests` writes identically;
    /// form bodies are written by `requests`' `urlencode(doseq=True)` (`_build_urlencoded_serializer` serializes
    /// exploded arrays of any items as they are), which writes an object item as its keys, and
    /// `positive_data_acceptance` does not read the wire back; the negative check has no XML reading at all, and
    /// `negative/mutations.py` `change_type` leaves out only mutations from `string` for XML, not `array` to
    /// `string`, which `transport/serialization.py` `_write_array` (unwrapped) and `_write_primitive` write alike.
    @Test("the four seed servers answer every client call; schemathesis finds nothing on three")
    func seeds() async throws {
        guard let python = WireServer.python() else { return }
        var packages: [GeneratedRunner.Dependency] = []
        var commands: [String] = []
        let seeds: [(String, String, [String]?)] = [
            ("libredesk", "SeedLibredeskAPI", ["--auth", "testkey:testsecret"]),
            ("luminous", "SeedLuminousAPI", ["--header", "Authorization: Bearer test-token"]),
            ("ruddr", "SeedRuddrAPI", ["--header", "Authorization: Bearer test-token"]),
            ("superoffice", "SeedSuperOfficeAPI", nil),
        ]
        var sources: [String: String] = [
            "main.swift": try String(contentsOfFile: try Fixtures.path("server/SeedServers.swift"), encoding: .utf8)
        ]
        for (seed, module, auth) in seeds {
            let spec = try Fixtures.path("\(seed).yaml")
            let package = try #require(
                GeneratedRunner.generate(
                    specPath: spec, module: module, modes: [.models, .client, .server, .hummingbird]))
            packages +=
                [package]
                + ["Server", "Hummingbird"].map {
                    GeneratedRunner.Dependency(directory: package.directory, module: module + $0)
                }
            // The wire tests' calls of every operation, for this seed's module; each entry file imports one
            // generated module only (every package declares its own runtime types).
            let name = [
                "libredesk": "Libredesk", "luminous": "Luminous", "ruddr": "Ruddr", "superoffice": "SuperOffice",
            ][
                seed]!
            let base = String(module.dropLast("API".count))
            sources["Seed\(name)Calls.swift"] = try String(
                contentsOfFile: try Fixtures.path("wire/Seed\(name)Calls.swift"), encoding: .utf8
            )
            .replacingOccurrences(of: "Seed\(name)WireClient", with: base + "Client")
            .replacingOccurrences(of: "import Seed\(name)Wire\n", with: "import \(module)\n")
            sources["Entry\(name).swift"] = """
                import Foundation
                import \(module)

                func run\(name)(_ root: String) async -> Int {
                    await call\(name)(server: URL(string: root)!, transport: URLSessionTransport())
                }

                """
            guard let auth else { continue }
            // The served description is written from the spec's JSON form (PyYAML, which schemathesis brings).
            let folder = package.directory.deletingLastPathComponent()
            let json = folder.appendingPathComponent("\(seed).json").path
            let served = folder.appendingPathComponent("\(seed)-served.json").path
            let converted = try Shell.run(
                [
                    python, "-c",
                    "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], 'w'), default=str)",
                    spec, json,
                ],
                in: folder)
            try #require(converted.status == 0, "\(converted.output)")
            try ServedDescription.write(specPath: json, to: served)
            let command = try #require(Self.schemathesis(spec: served, maxExamples: 50)) + auth
            commands.append(
                GeneratedRunner.literal(seed) + ": [" + command.map(GeneratedRunner.literal).joined(separator: ", ")
                    + "]")
        }
        sources["Env.swift"] = "let seedCommands: [String: [String]] = [\(commands.joined(separator: ", "))]\n"
        let output = try await GeneratedRunner.run(
            name: "SeedServers", dependencies: packages, external: [.hummingbird], sources: sources)
        if output.buildFailed {
            Issue.record("the seed servers did not build:\n\(output.output.suffix(20_000))")
            return
        }
        let lines = output.lines
        for line in lines where line.hasPrefix("FAIL") { Issue.record(Comment(rawValue: line)) }
        #expect(lines.filter { $0.hasPrefix("ok schemathesis ") }.count == 3, "\(output.output.suffix(20_000))")
        #expect(lines.filter { $0.hasPrefix("ok client calls ") }.count == 4, "\(output.output.suffix(20_000))")
        let calls = lines.filter {
            ["ok libredesk ", "ok luminous ", "ok ruddr ", "ok superoffice "].contains(where: $0.hasPrefix)
        }
        #expect(calls.count >= WireTests.seedOperations.reduce(0) { $0 + $1.1 }, "\(calls.count) seed calls passed")
        #expect(lines.last == "done 0 failures", "\(output.output.suffix(20_000))\n\(output.errorOutput.suffix(3_000))")
        let summary = lines.filter { $0.hasPrefix("st ") && ($0.contains(" generated,") || $0.contains("passed")) }
        print("schemathesis on the seeds:\n" + summary.joined(separator: "\n"))
    }
}
