// Times loading a spec into the resolved AST, for bench/run.sh. Not a test: it prints numbers only.
//
// Usage: LoadBenchmark [--parse-only] FILE [ITERATIONS]
// Prints the fastest of ITERATIONS runs (default 5) in milliseconds: the time until the node tree (or the
// resolved AST) is available. Each run's result is released after its clock stops, as a command that exits
// after using it never pays for freeing it.
import Foundation
import OpenAPILoader
import YAMLParser

var arguments = Array(CommandLine.arguments.dropFirst())
let parseOnly = arguments.first == "--parse-only"
if parseOnly { arguments.removeFirst() }
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: LoadBenchmark [--parse-only] FILE [ITERATIONS]\n".utf8))
    exit(64)
}
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5

var best = Double.infinity
for _ in 0..<iterations {
    var kept: Any?
    let start = DispatchTime.now().uptimeNanoseconds
    if parseOnly {
        let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        kept = try? DocumentParser.parse(bytes: bytes, file: path)
    } else {
        let result = SpecLoader.load(path: path, options: LoaderOptions(warnAboutUnknownKeys: false))
        if result.hasErrors {
            FileHandle.standardError.write(Data("\(path): the spec has errors\n".utf8))
            exit(1)
        }
        kept = result
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    best = min(best, elapsed)
    withExtendedLifetime(kept) {}
}
print(String(format: "%.1f", best))
