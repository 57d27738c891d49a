import Foundation
import GeneratorCore
import Testing

/// SIGKILL during `generate` of Stripe's spec: whatever the moment, every file is its old or its new version (and
/// before the journal exists, the previous package is exactly as it was); the next `generate` completes and leaves
/// no temporary file or folder behind.
///
/// The time limit only guards against a hang: the suite takes about 2 minutes alone on 2 cores, but over 40 beside
/// the corpus builds on a loaded machine.
@Suite(
    .serialized, .timeLimit(.minutes(60)),
    .enabled(if: StripeSpec.isAvailable, "Stripe's spec is not in ../shared/corpus/stripe/spec3.yaml"))
struct CrashSafetyTests {
    static let stripe = StripeSpec.url

    static let marker = ".openapi-swift-"
    static let manifestName = ".openapi-swift-manifest.json"
    static let journalName = ".openapi-swift-journal.json"

    /// Every file of the package in `folder` (the manifest included, staging folders, journal and temporary files
    /// excluded) → its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let name = url.lastPathComponent
            if name.hasPrefix(marker) && name != manifestName {
                enumerator?.skipDescendants()
                continue
            }
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return result
    }

    /// The files a journal's manifest lists, with their SHA-256 hex digests.
    static func journalFiles(_ folder: URL) throws -> [String: String]? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(journalName).path) else {
            return nil
        }
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let manifest = try #require(object["manifest"] as? [String: Any])
        return try #require(manifest["files"] as? [String: String])
    }

    /// The manifest's path → SHA-256 hex digest.
    static func manifestFiles(_ folder: URL) throws -> [String: String] {
        let data = try Data(contentsOf: folder.appendingPathComponent(manifestName))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["files"] as? [String: String])
    }

    /// Runs `arguments` in `directory` and sends SIGKILL as soon as `folder` holds a staging folder.
    static func runKillingWhenStaging(_ arguments: [String], in directory: URL, folder: URL) throws -> Bool {
        guard let executable = OpenAPISwiftBinary.url else {
            Issue.record("openapi-swift was not found beside the test bundle")
            return false
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var killed = false
        while process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if names.contains(where: { $0.hasPrefix(marker + "staging-") }) {
                kill(process.processIdentifier, SIGKILL)
                killed = true
                break
            }
            usleep(200)
        }
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    @Test func killedGenerationsLeaveEveryFileOldOrNew() throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        for name in ["old", "new"] {
            try FileManager.default.createDirectory(
                at: workspace.appendingPathComponent(name), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Self.stripe, to: workspace.appendingPathComponent("\(name)/spec3.yaml"))
        }
        let output = workspace.appendingPathComponent("out")
        // The two packages differ in every file: the headers quote different spec paths, and only the old one has
        // the client, so the new run rewrites every model file and removes every client file.
        let oldRun = ["generate", "old/spec3.yaml", "--mode", "client", "--output", "out", "--quiet"]
        let newRun = ["generate", "new/spec3.yaml", "--mode", "models", "--output", "out", "--quiet"]
        let baseline = try OpenAPISwiftBinary.run(oldRun, in: workspace)
        try #require(baseline.status == 0, "\(baseline.stderr)")
        let old = try Self.snapshot(output)
        let oldHashes = try Self.manifestFiles(output)

        for moment in ["staging:0.5", "renames:0.5", "removals:0.5", "external"] {
            if moment == "external" {
                let killed = try Self.runKillingWhenStaging(newRun, in: workspace, folder: output)
                #expect(killed, "the run ended before it could be killed while staging")
            } else {
                let killed = try OpenAPISwiftBinary.run(
                    newRun, in: workspace, environment: ["OPENAPI_SWIFT_TEST_KILL": moment])
                #expect(!killed.exited && killed.status == SIGKILL, "\(moment): \(killed.status) \(killed.stderr)")
            }
            let after = try Self.snapshot(output)
            let journal = try Self.journalFiles(output)
            #expect((journal != nil) == (moment.hasPrefix("renames") || moment.hasPrefix("removals")), "\(moment)")
            if let newHashes = journal {
                // Killed while moving files into place: each file is its old or its new version.
                var old = 0
                var new = 0
                for path in Set(oldHashes.keys).union(newHashes.keys) {
                    let hash = after[path].map { SHA256.hex($0) }
                    let allowed: Set<String?> = [oldHashes[path], newHashes[path]]
                    #expect(allowed.contains(hash), "\(moment): \(path) is neither old nor new")
                    if hash == oldHashes[path] { old += 1 } else if hash == newHashes[path] { new += 1 }
                }
                #expect(old > 0 && new > 0, "\(moment): \(old) old and \(new) new files, expected a mix")
            } else {
                // Killed before the journal: the previous package is exactly as it was.
                #expect(after == old, "\(moment): the previous package changed")
            }
            // A folder an earlier version left beside the output is removed too.
            let leftover = workspace.appendingPathComponent(".out.openapi-swift-4242-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
            let repaired = try OpenAPISwiftBinary.run(oldRun, in: workspace)
            #expect(repaired.status == 0, "\(moment): \(repaired.stderr)")
            #expect(try Self.snapshot(output) == old, "\(moment): the next run did not restore the package")
            let outputEntries = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(outputEntries.filter { $0.hasPrefix(Self.marker) } == [Self.manifestName], "\(moment)")
            let besides = try FileManager.default.contentsOfDirectory(atPath: workspace.path)
            #expect(besides.sorted() == ["new", "old", "out"], "\(moment)")
        }
    }
}

/// Stripe's spec in the shared corpus beside the repository.
enum StripeSpec {
    /// `../shared/corpus/stripe/spec3.yaml`.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/stripe/spec3.yaml")

    /// Whether the spec is there.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }
}
