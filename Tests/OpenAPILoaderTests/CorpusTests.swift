import Foundation
import OpenAPILoader
import OpenAPIModel
import SpecDiagnostics
import Testing

/// One row of `ENTRYPOINTS.tsv`: a spec of the shared corpus and the counts it must load with.
struct CorpusEntry: Sendable, CustomTestStringConvertible {
    var path: String
    var version: String
    var paths: Int
    var operations: Int
    var componentSchemas: Int
    /// The folder external references may use, relative to the corpus, when it is not the spec's own folder.
    var rootFolder: String?

    var testDescription: String { path }
}

/// Loads every spec of the shared corpus (`../shared/corpus` beside the repository) and checks its counts.
///
/// The corpus lives outside the repository; where it is absent (a fresh clone, CI) the tests are skipped with the
/// reason given in their `.enabled(if:)` comment.
struct CorpusTests {
    /// The repository's root: three levels above this file (`Tests/OpenAPILoaderTests/CorpusTests.swift`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository.
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus").path
    static let specsFolder = shared.appendingPathComponent("specs").path

    static let corpusIsPresent = FileManager.default.fileExists(atPath: corpus + "/ENTRYPOINTS.tsv")

    /// The rows of `ENTRYPOINTS.tsv` (empty when the corpus is absent).
    static let entries: [CorpusEntry] = {
        guard let text = try? String(contentsOfFile: corpus + "/ENTRYPOINTS.tsv", encoding: .utf8) else { return [] }
        let roots = rootFolders()
        var result: [CorpusEntry] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let paths = Int(fields[2]), let operations = Int(fields[3]),
                let schemas = Int(fields[4])
            else { continue }
            result.append(
                CorpusEntry(
                    path: fields[0], version: fields[1], paths: paths, operations: operations,
                    componentSchemas: schemas, rootFolder: roots[fields[0]]))
        }
        return result
    }()

    /// MANIFEST.tsv names multi-file spec sets as `folder/ (root: entry)`; their references stay inside `folder`.
    /// Returns entry path → folder, for every such set.
    static func rootFolders() -> [String: String] {
        guard let text = try? String(contentsOfFile: corpus + "/MANIFEST.tsv", encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            guard let first = line.split(separator: "\t").first, let marker = first.range(of: "/ (root: "),
                first.hasSuffix(")")
            else { continue }
            let folder = String(first[..<marker.lowerBound])
            let entry = first[marker.upperBound...].dropLast()
            result[folder + "/" + entry] = folder
        }
        return result
    }

    /// The specs in `../shared/specs`.
    static let sharedSpecs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specsFolder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test(
        .enabled(if: corpusIsPresent, "the shared corpus (../shared/corpus/ENTRYPOINTS.tsv) is not on this machine"),
        arguments: entries)
    func corpusEntryLoads(_ entry: CorpusEntry) throws {
        let options = LoaderOptions(rootDirectory: entry.rootFolder.map { Self.corpus + "/" + $0 })
        let result = SpecLoader.load(path: Self.corpus + "/" + entry.path, options: options)
        #expect(result.errors.map(\.description) == [])
        let spec = try #require(result.spec)
        let summary = LintSummary(spec)
        #expect(summary.version == entry.version)
        #expect(summary.paths == entry.paths)
        #expect(summary.operations == entry.operations)
        #expect(summary.componentSchemas == entry.componentSchemas)
    }

    /// The Swagger 2.0 petstore split over five files: its root folder is `petstore-separate`, not `spec`.
    @Test(.enabled(if: corpusIsPresent, "the shared corpus is not on this machine"))
    func petstoreSeparateNeedsItsRootFolder() throws {
        let entry = "oai/v2.0/petstore-separate/spec/swagger.yaml"
        #expect(Self.entries.first { $0.path == entry }?.rootFolder == "oai/v2.0/petstore-separate")
        let confined = SpecLoader.load(path: Self.corpus + "/" + entry)
        #expect(confined.hasErrors)
        #expect(
            confined.firstError?.message.hasPrefix("reference to '\(Self.corpus)/oai/v2.0/petstore-separate/common/")
                == true)
    }

    /// DigitalOcean: about 1,500 files and 8,000 external references, every one resolved.
    @Test(.enabled(if: corpusIsPresent, "the shared corpus is not on this machine"))
    func digitalOceanResolvesEveryExternalReference() throws {
        let path = Self.corpus + "/digitalocean/specification/DigitalOcean-public.v2.yaml"
        let result = SpecLoader.load(path: path)
        #expect(result.errors.map(\.description) == [])
        let spec = try #require(result.spec)
        let summary = LintSummary(spec)
        #expect(summary.externalFiles > 1000)
        #expect(summary.externalReferences > 7000)
        // Every file read is inside the specification folder.
        #expect(spec.files.allSatisfy { $0.hasPrefix(Self.corpus + "/digitalocean/specification/") })
        print("DigitalOcean: \(summary)")
    }

    @Test(
        .enabled(if: !sharedSpecs.isEmpty, "the shared specs (../shared/specs) are not on this machine"),
        arguments: sharedSpecs)
    func sharedSpecLoads(_ name: String) throws {
        let result = SpecLoader.load(path: Self.specsFolder + "/" + name)
        #expect(result.errors.map(\.description) == [])
        #expect(result.spec != nil)
    }

    /// The copies of the shared specs kept in the fixtures (the CLI tests use them) load too.
    @Test(arguments: ["libredesk.yaml", "luminous.yaml", "ruddr.yaml", "superoffice.yaml"])
    func fixtureSpecLoads(_ name: String) throws {
        // The seed specs, kept once in the repository's Examples/specs.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/specs/" + name)
        let result = SpecLoader.load(path: url.path)
        #expect(result.errors.map(\.description) == [])
        let spec = try #require(result.spec)
        #expect(!spec.document.paths.isEmpty)
    }
}
