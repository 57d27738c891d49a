import Foundation
import Testing

/// Golden tests: each case's spec is generated into a temporary folder and compared, byte for byte and file for
/// file, with its `expected/` package; each package of `Generated/` is checked with `openapi-swift generate --check`
/// on its config (the command users and CI run); and every one of these packages must build without a warning.
///
/// To re-record after changing the generator or the templates (then review `git diff Tests/GoldenTests Generated`):
///
///     OPENAPI_SWIFT_RECORD=1 swift test --filter GoldenTests
///
/// (`Scripts/regenerate.sh` re-records `Generated/` alone.) A recording run rewrites `Cases/<name>/expected/` and
/// `Generated/` in the source tree and fails with "re-recorded", so that a recording never passes silently; run the
/// tests again to compare and build.
@Suite("Golden packages", .serialized)
struct GoldenTests {
    @Test func casesAreFound() {
        #expect(GoldenCase.bundleCases != nil, "the Cases resource folder is missing from the test bundle")
        #expect(GoldenCase.all.map(\.name).contains("helpdesk-mini"), "cases found: \(GoldenCase.all.map(\.name))")
        #expect(
            Set(GeneratedPackage.all.map(\.name)).isSuperset(of: [
                "LibredeskAPI", "LuminousAPI", "RuddrWorkspaceAPI", "SuperOfficeCrmWebAPI",
            ]), "Generated/ packages found: \(GeneratedPackage.all.map(\.name))")
        #expect(ExamplePackage.all.map(\.name) == ["Libredesk"], "Examples/ packages found: \(ExamplePackage.all)")
    }

    @Test("Generated/ package is what generate --check makes of its config", arguments: GeneratedPackage.all)
    func generatedPackageIsCurrent(_ package: GeneratedPackage) throws {
        let binary = try #require(GeneratedPackage.binary, "openapi-swift was not found beside the test bundle")
        if GoldenCase.isRecording {
            let run = try Subprocess.run(
                [binary.path, "generate", "--force", "--config", package.config], in: GeneratedPackage.repository)
            #expect(run.status == 0, "\(run.output)")
            Issue.record("re-recorded Generated/\(package.name): \(run.output)")
            return
        }
        let check = try Subprocess.run(
            [binary.path, "generate", "--check", "--config", package.config], in: GeneratedPackage.repository)
        #expect(
            check.status == 0,
            "Generated/\(package.name) is stale (re-record with OPENAPI_SWIFT_RECORD=1 swift test --filter GoldenTests or Scripts/regenerate.sh):\n\(check.output)"
        )
        #expect(check.output.hasPrefix("the package in 'Generated/\(package.name)' is up to date"), "\(check.output)")
    }

    @Test("editing a seed spec without regenerating makes generate --check fail, as it does in CI")
    func aStalePackageFailsTheCheck() throws {
        let binary = try #require(GeneratedPackage.binary, "openapi-swift was not found beside the test bundle")
        // A copy of the repository's layout: the seed spec and its Generated/ package with the config beside it.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("golden-stale-\(UUID())")
        defer { try? FileManager.default.removeItem(at: copy) }
        for path in ["Examples/specs/libredesk.yaml", "Generated/LibredeskAPI"] {
            let target = copy.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: GeneratedPackage.repository.appendingPathComponent(path), to: target)
        }
        let config = "Generated/LibredeskAPI/openapi-swift.yml"
        let current = try Subprocess.run([binary.path, "generate", "--check", "--config", config], in: copy)
        #expect(current.status == 0, "\(current.output)")

        let spec = copy.appendingPathComponent("Examples/specs/libredesk.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "    Contact:\n      type: object\n      properties:\n",
            with: "    Contact:\n      type: object\n      properties:\n        nickname:\n          type: string\n")
        #expect(edited != text)
        try Data(edited.utf8).write(to: spec)
        let stale = try Subprocess.run([binary.path, "generate", "--check", "--config", config], in: copy)
        #expect(stale.status == 1, "\(stale.output)")
        #expect(stale.output.contains("+    public var nickname: Swift.String?"), "\(stale.output)")
        #expect(stale.output.contains("run: openapi-swift generate --config \(config)"), "\(stale.output)")

        // Regenerating makes it current again; a generated file edited by hand is caught the same way.
        let regenerated = try Subprocess.run([binary.path, "generate", "--config", config], in: copy)
        #expect(regenerated.status == 0, "\(regenerated.output)")
        let contact = copy.appendingPathComponent("Generated/LibredeskAPI/Sources/LibredeskAPI/Contact.swift")
        try Data((try String(contentsOf: contact, encoding: .utf8) + "// edited\n").utf8).write(to: contact)
        let handEdited = try Subprocess.run([binary.path, "generate", "--check", "--config", config], in: copy)
        #expect(handEdited.status == 1, "\(handEdited.output)")
        #expect(handEdited.output.contains("-// edited"), "\(handEdited.output)")
    }

    @Test("a seed spec's package, generated twice, is byte-identical", arguments: GeneratedPackage.all)
    func seedGenerationIsDeterministic(_ package: GeneratedPackage) throws {
        let check = try #require(GeneratedPackage.binary, "openapi-swift was not found beside the test bundle")
        let runs = try (0..<2).map { run -> [String: Data] in
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("golden-twice-\(UUID())")
            defer { try? FileManager.default.removeItem(at: output) }
            let generate = try Subprocess.run(
                [check.path, "generate", "--config", package.config, "--output", output.path, "--quiet"],
                in: GeneratedPackage.repository)
            #expect(generate.status == 0, "run \(run): \(generate.output)")
            return FileTree.read(output)
        }
        #expect(!runs[0].isEmpty && runs[0] == runs[1])
    }

    @Test("generated package matches expected/", arguments: GoldenCase.all)
    func matchesExpected(_ golden: GoldenCase) throws {
        let files = try golden.render()
        if GoldenCase.isRecording {
            let expected = GoldenCase.sourceCases.appendingPathComponent("\(golden.name)/expected")
            try FileTree.write(files, to: expected)
            Issue.record(
                "re-recorded \(golden.name): wrote \(files.count) files to \(expected.path); unset OPENAPI_SWIFT_RECORD and run again to compare"
            )
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let actual = scratch.appendingPathComponent(golden.name)
        try FileTree.write(files, to: actual)
        try #require(
            FileManager.default.fileExists(atPath: golden.expected.path),
            "\(golden.name) has no expected/ folder; record it with OPENAPI_SWIFT_RECORD=1 swift test --filter GoldenTests"
        )
        if let difference = FileTree.difference(expected: golden.expected, actual: actual) {
            Issue.record(
                """
                \(golden.name): the generated package differs from expected/ \
                (re-record with OPENAPI_SWIFT_RECORD=1 swift test --filter GoldenTests if the change is intended):
                \(difference)
                """)
        }
    }

    @Test("generated twice, byte-identical", arguments: GoldenCase.all)
    func generationIsDeterministic(_ golden: GoldenCase) throws {
        #expect(try golden.render() == golden.render())
    }

    /// Builds every `expected/` package, every package of `Generated/` and the example apps of `Examples/` (which
    /// depend on `Generated/` packages by relative path) with `swift build`, one after the other in one scratch
    /// folder (the packages have different module names, so their products live side by side, and Hummingbird is
    /// built once), and expects no warning. Then it runs the Libredesk examples against each other with
    /// `Examples/Libredesk/exchange.sh`, the script the README's first command ends with.
    ///
    /// The scratch folder is new for each run: a build that reuses objects would not print their warnings again.
    @Test(
        "every expected/, Generated/ and Examples/ package builds without warnings, and the examples talk",
        .disabled(if: GoldenCase.isRecording, "recording; run again without OPENAPI_SWIFT_RECORD to build"),
        .timeLimit(.minutes(30)))
    func expectedPackagesBuild() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "golden-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let clock = ContinuousClock()
        var timings: [String] = []
        // Each package is copied to the same path under `repository/` as in the repository, so that the
        // examples' `../../Generated/<Package>` dependencies resolve to the copies.
        let packages =
            GoldenCase.all.map { ($0.name, "Tests/GoldenTests/Cases/\($0.name)/expected", $0.expected) }
            + GeneratedPackage.all.map { ($0.name, "Generated/\($0.name)", $0.folder) }
            + ExamplePackage.all.map { ($0.name, "Examples/\($0.name)", $0.folder) }
        for (name, path, folder) in packages {
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) else {
                Issue.record("\(name) has no package at \(folder.path)")
                continue
            }
            // A copy is built: resolving writes `Package.resolved` beside `Package.swift`, which is not generated.
            let copy = scratch.appendingPathComponent("repository/\(path)")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            for item in try FileManager.default.contentsOfDirectory(atPath: folder.path)
            where item != ".build" && item != "Package.resolved" {
                try FileManager.default.copyItem(
                    at: folder.appendingPathComponent(item), to: copy.appendingPathComponent(item))
            }
            let start = clock.now
            let build = try Subprocess.run(["swift", "build", "--scratch-path", scratch.path], in: copy)
            let elapsed = (clock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            timings.append("\(name) " + String(format: "%.1fs", seconds))
            #expect(build.status == 0, "\(name): swift build failed:\n\(build.output)")
            // SwiftPM's notes on a dependency's own layout (swift-distributed-tracing, which Hummingbird brings,
            // has a file it does not declare) are not the generated code's warnings.
            let warnings = build.output.split(separator: "\n").filter {
                $0.contains("warning:")
                    && !($0.contains("file(s) which are unhandled") && !$0.contains("'\(name)'"))
            }
            #expect(warnings.isEmpty, "\(name): swift build warned:\n\(build.output)")
        }
        print("golden builds: " + timings.joined(separator: ", "))

        // The examples, built above against the copy of Generated/LibredeskAPI, talk over 127.0.0.1.
        let bin = scratch.appendingPathComponent("debug").path
        let exchange = try Subprocess.run(
            ["bash", GeneratedPackage.repository.appendingPathComponent("Examples/Libredesk/exchange.sh").path, bin],
            in: scratch)
        #expect(exchange.status == 0, "the Libredesk examples did not talk:\n\(exchange.output)")
        for line in [
            "contact 42: Ada Lovelace <ada@example.com>, avatar /uploads/42/avatar.png?bytes=18",
            "contact 42: Ada Lovelace <ada@example.com>, avatar none",
            "agent 7: Grace, roles admin, agent",
            "refused: status 401",
            "server: 200 handleUpdateContact 42: Ada <ada@example.com> with file avatar.png (18 bytes)",
            "server: 200 handleUpdateAgent 7: roles admin,agent",
        ] {
            #expect(exchange.output.contains(line + "\n"), "the exchange lacks '\(line)':\n\(exchange.output)")
        }
    }
}
