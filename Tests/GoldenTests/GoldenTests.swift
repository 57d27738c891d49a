import Foundation
import Testing

/// Golden tests: each case's spec is generated into a temporary folder and compared, byte for byte and file for
/// file, with its `expected/` package; and every `expected/` package must build without a warning.
///
/// To re-record after changing the generator or the templates (then review `git diff Tests/GoldenTests`):
///
///     OPENAPI_SWIFT_RECORD=1 swift test --filter GoldenTests
///
/// A recording run rewrites `Cases/<name>/expected/` in the source tree and fails with "re-recorded", so that a
/// recording never passes silently; run the tests again to compare and build.
@Suite("Golden packages", .serialized)
struct GoldenTests {
    @Test func casesAreFound() {
        #expect(GoldenCase.bundleCases != nil, "the Cases resource folder is missing from the test bundle")
        #expect(
            Set(GoldenCase.all.map(\.name)).isSuperset(of: ["libredesk", "luminous", "ruddr", "superoffice"]),
            "cases found: \(GoldenCase.all.map(\.name))")
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

    /// Builds every `expected/` package with `swift build`, one after the other in one scratch folder (the packages
    /// have different module names, so their products live side by side), and expects no warning.
    ///
    /// The scratch folder is new for each run: a build that reuses objects would not print their warnings again.
    @Test(
        "every expected/ package builds without warnings",
        .disabled(if: GoldenCase.isRecording, "recording; run again without OPENAPI_SWIFT_RECORD to build"),
        .timeLimit(.minutes(30)))
    func expectedPackagesBuild() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "golden-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let clock = ContinuousClock()
        var timings: [String] = []
        for golden in GoldenCase.all {
            guard FileManager.default.fileExists(atPath: golden.expected.path) else {
                Issue.record("\(golden.name) has no expected/ folder")
                continue
            }
            // A copy is built: resolving writes `Package.resolved` beside `Package.swift`, which is not generated.
            let copy = scratch.appendingPathComponent("packages/\(golden.name)")
            try FileManager.default.createDirectory(
                at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: golden.expected, to: copy)
            let start = clock.now
            let build = try Subprocess.run(["swift", "build", "--scratch-path", scratch.path], in: copy)
            let elapsed = (clock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            timings.append("\(golden.name) " + String(format: "%.1fs", seconds))
            #expect(build.status == 0, "\(golden.name): swift build failed:\n\(build.output)")
            // SwiftPM's notes on a dependency's own layout (swift-distributed-tracing, which Hummingbird brings,
            // has a file it does not declare) are not the generated code's warnings.
            let warnings = build.output.split(separator: "\n").filter {
                $0.contains("warning:")
                    && !($0.contains("file(s) which are unhandled") && !$0.contains("'\(golden.name)'"))
            }
            #expect(warnings.isEmpty, "\(golden.name): swift build warned:\n\(build.output)")
        }
        print("golden builds: " + timings.joined(separator: ", "))
    }
}
