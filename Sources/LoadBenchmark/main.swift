// Times loading a spec into the resolved AST, for bench/run.sh. Not a test: it prints numbers only.
//
// Usage: LoadBenchmark [--parse-only | --generate-models | --generate-client | --generate-all] FILE [ITERATIONS]
// Prints the fastest of ITERATIONS runs (default 5) in milliseconds: the time until the node tree (or the
// resolved AST) is available. Each run's result is released after its clock stops, as a command that exits
// after using it never pays for freeing it.
//
// --generate-models times what `openapi-swift generate --mode models` does before writing: load, build the
// template library, translate and render every file of the package, in memory. Nothing is written to disk.
// It prints three numbers for the fastest run: the total, and the parts spent loading and building the library.
// --generate-client does the same for `--mode client` (the models and the client, translated once);
// --generate-all for every mode (models, client, async-http-client, server, hummingbird).
import Foundation
import GeneratorCore
import OpenAPILoader
import TemplateEngine
import YAMLParser

var arguments = Array(CommandLine.arguments.dropFirst())
let parseOnly = arguments.first == "--parse-only"
if parseOnly { arguments.removeFirst() }
var modes: Set<GenerationMode>?
if let flag = arguments.first, ["--generate-models", "--generate-client", "--generate-all"].contains(flag) {
    arguments.removeFirst()
    switch flag {
    case "--generate-all": modes = Set(GenerationMode.allCases)
    case "--generate-client": modes = [.models, .client]
    default: modes = [.models]
    }
}
let generateModels = modes != nil
guard let path = arguments.first else {
    FileHandle.standardError.write(
        Data(
            "usage: LoadBenchmark [--parse-only | --generate-models | --generate-client | --generate-all] FILE [ITERATIONS]\n"
                .utf8))
    exit(64)
}
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5

var best = Double.infinity
var bestParts = (load: 0.0, library: 0.0)
for _ in 0..<iterations {
    var parts = (load: 0.0, library: 0.0)
    var kept: Any?
    let start = DispatchTime.now().uptimeNanoseconds
    if parseOnly {
        let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        kept = try? DocumentParser.parse(bytes: bytes, file: path)
    } else if generateModels {
        let result = SpecLoader.load(path: path, options: LoaderOptions(warnAboutUnknownKeys: false))
        guard let spec = result.spec, !result.hasErrors else {
            FileHandle.standardError.write(Data("\(path): the spec has errors\n".utf8))
            exit(1)
        }
        let loaded = DispatchTime.now().uptimeNanoseconds
        do {
            let library = try PackageGenerator.templates()
            let built = DispatchTime.now().uptimeNanoseconds
            parts = (Double(loaded - start) / 1e6, Double(built - loaded) / 1e6)
            let package = try PackageGenerator.render(
                spec: spec, specPath: path, moduleName: nil, library: library, modes: modes ?? [.models])
            kept = (result, package)
        } catch {
            FileHandle.standardError.write(Data("\(path): generation failed: \(error)\n".utf8))
            exit(1)
        }
    } else {
        let result = SpecLoader.load(path: path, options: LoaderOptions(warnAboutUnknownKeys: false))
        if result.hasErrors {
            FileHandle.standardError.write(Data("\(path): the spec has errors\n".utf8))
            exit(1)
        }
        kept = result
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    if elapsed < best { (best, bestParts) = (elapsed, parts) }
    withExtendedLifetime(kept) {}
}
if generateModels {
    print(String(format: "%.1f %.1f %.1f", best, bestParts.load, bestParts.library))
} else {
    print(String(format: "%.1f", best))
}
