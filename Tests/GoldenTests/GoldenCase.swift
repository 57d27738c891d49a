import Foundation
import GeneratorCore
import OpenAPILoader
import TemplateEngine
import Testing

/// One golden case: the folder `Cases/<name>/` with a spec (`spec.yaml` or `spec.json`) and `expected/`, the whole
/// package `openapi-swift generate SPEC` writes for it with every mode. The seed specs are not cases: their
/// packages are `Generated/<Package>/`, compared with what `generate --check` makes of their configs (see
/// ``GeneratedPackage``).
///
/// The cases are read from the test bundle's copy of `Cases` (refreshed by every build); recording writes into the
/// source tree, found from this file's path.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// The folder name.
    var name: String
    /// `spec.yaml` or `spec.json`.
    var specFile: String

    var testDescription: String { name }

    /// Whether this run re-records `expected/` instead of comparing (`OPENAPI_SWIFT_RECORD=1`).
    static let isRecording = ProcessInfo.processInfo.environment["OPENAPI_SWIFT_RECORD"] == "1"

    /// The bundle's copy of `Cases`.
    static let bundleCases: URL? = Bundle.module.url(forResource: "Cases", withExtension: nil)

    /// `Tests/GoldenTests/Cases` in the source tree.
    static let sourceCases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Cases")

    /// Every case, sorted by name.
    static let all: [GoldenCase] = {
        guard let cases = bundleCases,
            let names = try? FileManager.default.contentsOfDirectory(atPath: cases.path)
        else { return [] }
        return names.sorted().compactMap { name in
            guard !name.hasPrefix(".") else { return nil }
            for specFile in ["spec.yaml", "spec.yml", "spec.json"]
            where FileManager.default.fileExists(atPath: cases.appendingPathComponent("\(name)/\(specFile)").path) {
                return GoldenCase(name: name, specFile: specFile)
            }
            return nil
        }
    }()

    /// The case's folder in the bundle.
    var folder: URL { Self.bundleCases!.appendingPathComponent(name) }

    /// The modes the case is generated with.
    var modes: Set<GenerationMode> { [.models, .client, .server, .hummingbird] }

    /// The expected package in the bundle.
    var expected: URL { folder.appendingPathComponent("expected") }

    /// The spec's path as the generated headers quote it: relative to the repository, the same path
    /// `Scripts/regenerate.sh` passes to `openapi-swift generate`, so that `Generated/` and the goldens agree.
    var quotedSpecPath: String { "Tests/GoldenTests/Cases/\(name)/\(specFile)" }

    /// Loads the spec and renders the package the way `openapi-swift generate` does (default module name, built-in
    /// templates), as file contents by relative path.
    func render() throws -> [String: String] {
        let loaded = SpecLoader.load(path: folder.appendingPathComponent(specFile).path, options: LoaderOptions())
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        let spec = try #require(loaded.spec, "\(name): the spec did not load: \(errors)")
        try #require(errors.isEmpty, "\(name): the spec has errors: \(errors)")
        do {
            let package = try PackageGenerator.render(
                spec: spec, specPath: quotedSpecPath, moduleName: nil, library: PackageGenerator.templates(),
                modes: modes)
            return package.files
        } catch {
            Issue.record("\(name): generation failed: \(error)")
            throw error
        }
    }
}

/// A package of `Generated/`: generated from a seed spec of `Examples/specs` by the `openapi-swift.yml` beside it.
struct GeneratedPackage: Sendable, CustomTestStringConvertible {
    /// The package's folder name, such as `LibredeskAPI`.
    var name: String

    var testDescription: String { name }

    /// The repository, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every package of `Generated/` that has a config, sorted by name.
    static let all: [GeneratedPackage] = {
        let folder = repository.appendingPathComponent("Generated")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/openapi-swift.yml").path)
        }.map { GeneratedPackage(name: $0) }
    }()

    /// The package's folder.
    var folder: URL { Self.repository.appendingPathComponent("Generated/\(name)") }

    /// The config, as a path relative to the repository (the way CI and `Scripts/regenerate.sh` name it).
    var config: String { "Generated/\(name)/openapi-swift.yml" }

    /// The `openapi-swift` executable the test target depends on: SwiftPM builds it into the products folder that
    /// holds the test bundle.
    static let binary: URL? = {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), bundle,
            bundle.deletingLastPathComponent(),
        ]
        return candidates.map { $0.appendingPathComponent("openapi-swift") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }()
}

/// Writing and comparing file trees.
enum FileTree {
    /// Writes `files` (relative path → text) under `directory`, which is replaced.
    static func write(_ files: [String: String], to directory: URL) throws {
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The regular files under `directory`, as relative paths with their bytes (hidden files included).
    static func read(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: directory.path) ?? [] {
            let url = directory.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[relative] = FileManager.default.contents(atPath: url.path) ?? Data()
        }
        return files
    }

    /// Nil when the trees hold the same files with the same bytes; otherwise a description of the difference:
    /// `diff -ru`'s output when it can run, else the differing paths.
    static func difference(expected: URL, actual: URL) -> String? {
        let expectedFiles = read(expected)
        let actualFiles = read(actual)
        guard expectedFiles != actualFiles else { return nil }
        // diff runs on two links named expected/ and generated/, so that its paths are short.
        let links = FileManager.default.temporaryDirectory.appendingPathComponent("golden-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: links) }
        if (try? FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)) != nil,
            (try? FileManager.default.createSymbolicLink(
                at: links.appendingPathComponent("expected"), withDestinationURL: expected)) != nil,
            (try? FileManager.default.createSymbolicLink(
                at: links.appendingPathComponent("generated"), withDestinationURL: actual)) != nil,
            let diff = try? Subprocess.run(["diff", "-ru", "expected", "generated"], in: links),
            !diff.output.isEmpty
        {
            let lines = diff.output.split(separator: "\n", omittingEmptySubsequences: false)
            let limit = 600
            return lines.count <= limit
                ? diff.output
                : lines.prefix(limit).joined(separator: "\n") + "\n… (\(lines.count - limit) more lines of diff)"
        }
        let paths = Set(expectedFiles.keys).union(actualFiles.keys).sorted().filter {
            expectedFiles[$0] != actualFiles[$0]
        }
        return "files that differ: " + paths.joined(separator: ", ")
    }
}

/// Runs a command, with standard output and error together in a file (so that no pipe can fill up).
/// An example app of `Examples/`: a package that consumes a `Generated/` package by path.
struct ExamplePackage: Sendable {
    /// The folder name, such as `Libredesk`.
    var name: String

    /// Every folder of `Examples/` with a `Package.swift`, sorted by name.
    static let all: [ExamplePackage] = {
        let folder = GeneratedPackage.repository.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/Package.swift").path)
        }.map { ExamplePackage(name: $0) }
    }()

    /// The package's folder.
    var folder: URL { GeneratedPackage.repository.appendingPathComponent("Examples/\(name)") }
}

enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        return Result(status: process.terminationStatus, output: output)
    }
}
