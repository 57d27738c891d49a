import Foundation
import GeneratorCore
import OpenAPILoader
import OpenAPIModel
import Testing

/// Filters on corpus specs: one tag of OpenAI's spec, the `/v1/customers` paths of Stripe's (which has no tags).
/// Each package holds only those operations and what they reference, and builds without a warning.
@Suite(
    "Filtered corpus packages", .serialized,
    .enabled(if: Corpus.isAvailable, "the corpus is not beside the repository (../shared/corpus)"))
struct FilteredCorpusTests {
    /// Generates `spec`'s models and client through `filter`, checks the operations kept, and builds the package.
    func generateAndBuild(
        _ spec: String, module: String, filter: OperationFilter, keeps: (String, OpenAPI.Operation) -> Bool,
        absent: [String]
    ) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let specPath = Corpus.root.appendingPathComponent(spec).path
        let loaded = try #require(SpecLoader.load(path: specPath).spec)
        var expected = 0
        var total = 0
        for (path, item) in loaded.document.paths {
            for operation in loaded.resolve(item)?.operations.values.elements ?? [] {
                total += 1
                if keeps(path, operation) { expected += 1 }
            }
        }
        #expect(expected > 0 && expected < total)
        let output = workspace.path(module)
        var options = PackageGenerator.Options(
            specPath: specPath, outputDirectory: output.path, moduleName: module, modes: [.models, .client])
        options.filter = filter
        let outcome = PackageGenerator.generate(options)
        try #require(outcome.succeeded, "\(outcome.diagnostics.filter { $0.severity == .error })")
        let sources = "Sources/\(module)/"
        let operations = outcome.files.filter { $0.hasPrefix(sources + "Operations+") }
        #expect(operations.count == expected, "\(operations)")
        for file in absent {
            #expect(!outcome.files.contains(sources + file), "\(file) is not referenced by the kept operations")
        }
        try workspace.buildWithoutWarnings(output, label: spec)
    }

    @Test func oneTagOfOpenAI() throws {
        try generateAndBuild(
            "openai/openapi.yaml", module: "OpenAIEmbeddings",
            filter: OperationFilter(include: .init(tags: [.init(value: "Embeddings", label: "tag", location: nil)])),
            keeps: { _, operation in operation.tags.contains("Embeddings") },
            absent: ["CreateChatCompletionRequest.swift", "Operations+CreateChatCompletion.swift"])
    }

    @Test func customersPathsOfStripe() throws {
        try generateAndBuild(
            "stripe/spec3.yaml", module: "StripeCustomers",
            filter: OperationFilter(
                include: .init(paths: [.init(value: "/v1/customers/*", label: "path", location: nil)])),
            keeps: { path, _ in path == "/v1/customers" || path.hasPrefix("/v1/customers/") },
            absent: [
                "Operations+GetCharges.swift", "AccountLink.swift", "ApplePayDomain.swift", "TerminalReader.swift",
            ])
    }
}

extension Workspace {
    /// Builds the package at `package` with `swift build` (scratch folder in the workspace): no error, and not a
    /// single `warning:` line.
    ///
    /// The build leaves out debug information (`-gnone`): it changes no diagnostic, and writing it is about a
    /// seventh of a debug build's CPU time on the big specs.
    func buildWithoutWarnings(_ package: URL, label: String) throws {
        let build = try Shell.run(
            ["swift", "build", "--scratch-path", path("build").path, "-Xswiftc", "-gnone"], in: package)
        let lines = build.output.split(separator: "\n")
        let warnings = lines.filter { $0.contains("warning:") }
        let errors = lines.filter { $0.contains("error:") }
        #expect(build.status == 0, "swift build failed for \(label):\n\(errors.prefix(40).joined(separator: "\n"))")
        #expect(warnings.isEmpty, "swift build warned for \(label):\n\(warnings.prefix(40).joined(separator: "\n"))")
    }
}
