import Foundation
import GeneratorCore
import Testing

/// Generates the models, client and server of real-world specs from `../shared/corpus` (beside the repository) and
/// builds each generated package with `swift build` in Swift 6 mode: no errors and not a single `warning:` line.
///
/// The specs are built one at a time (the suite is serialized), each in its own package and scratch folder, so that a
/// failure names its spec and the compiler has the machine's cores. Each case prints its generation and build times.
/// Measured in a whole `.ci/run` on 2 shared cores (Swift 6.3.1, debug without debug information, beside the other
/// suites until about 2,200 s): the suite took 4,054 s for the 19 specs, of which Stripe 2,165 s, OpenAI 580 s,
/// DigitalOcean 222 s, Discord 115 s, Asana 101 s, Box 96 s, SuperOffice 87 s and 72 s, Twilio 65 s, Libredesk 47 s,
/// and 13–19 s for each small spec (mostly SwiftPM's fixed cost per package). Most of Stripe's time is the compiler's
/// code generation for its deeply nested models, not type checking.
@Suite(
    "Corpus models, client and server build", .serialized,
    .enabled(if: Corpus.isAvailable, "the corpus is not beside the repository (../shared/corpus)"))
struct CorpusModelsTests {
    @Test("the generated models, client and server build without errors or warnings", arguments: Corpus.specs)
    func builds(_ spec: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let module = Corpus.moduleName(for: spec)
        let output = workspace.path(module)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = PackageGenerator.generate(
            PackageGenerator.Options(
                specPath: Corpus.root.appendingPathComponent(spec).path, outputDirectory: output.path,
                moduleName: module, modes: [.models, .client, .server]))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let generated = clock.now

        try workspace.buildWithoutWarnings(output, label: spec)
        print(
            "corpus \(spec): \(outcome.files.count) files, generated in \(generated - start), built in \(clock.now - generated)"
        )
    }
}

/// The corpus of real-world specs.
enum Corpus {
    /// `../shared/corpus`, beside the repository's root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // GeneratorTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    /// Whether the corpus is there.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("ENTRYPOINTS.tsv").path)
    }

    /// The specs the models issue requires to build, then every OpenAPI 3.0 and 3.1 example of the OAI
    /// (listed in `ENTRYPOINTS.tsv`).
    static let specs: [String] = {
        var specs = [
            "libredesk/openapi.json",
            "superoffice/Swagger-v1-Contact.json",
            "superoffice/openapi-v3-Contact.json",
            "openai/openapi.yaml",
            "stripe/spec3.yaml",
            "discord/openapi.json",
            "box/openapi.json",
            "asana/asana_oas.yaml",
            "twilio/twilio_api_v2010.yaml",
            "digitalocean/specification/DigitalOcean-public.v2.yaml",
        ]
        let entries = (try? String(contentsOf: root.appendingPathComponent("ENTRYPOINTS.tsv"), encoding: .utf8)) ?? ""
        for line in entries.split(separator: "\n") {
            let path = String(line.split(separator: "\t").first ?? "")
            if path.hasPrefix("oai/v3.0/") || path.hasPrefix("oai/v3.1/") { specs.append(path) }
        }
        return specs
    }()

    /// A module name made of the spec's path: `oai/v3.0/petstore.yaml` → `Corpus_oai_v3_0_petstore_yaml`.
    static func moduleName(for spec: String) -> String {
        "Corpus_" + String(spec.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
