import Foundation
import GeneratorCore
import Testing

/// Builds and runs one executable that depends on several generated packages at once, so that a test file pays for
/// a single `swift build` however many specs and checks it covers.
///
/// Used by `ExampleRoundTripTests` and `ModelBehaviourTests`. Every package and build folder of one test process
/// lives under ``root`` (one shared scratch folder, removed when the process exits); builds run one at a time and
/// off Swift's cooperative thread pool, since the machine has few cores.
enum GeneratedRunner {
    /// The scratch folder shared by every generated package and runner of this test process.
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "openapi-swift-generated-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { GeneratedRunner.removeRoot() }
        return url
    }()

    private static func removeRoot() {
        if ProcessInfo.processInfo.environment["KEEP_GENERATED_TEST_PACKAGES"] == nil {
            try? FileManager.default.removeItem(at: root)
        }
    }

    /// Serialises builds: two concurrent `swift build`s only compete for the same cores.
    private static let buildQueue = DispatchQueue(label: "GeneratedRunner.build")

    /// A generated package the runner depends on.
    struct Dependency: Sendable {
        /// The package folder.
        var directory: URL
        /// The module (and product) name.
        var module: String
    }

    /// A product of a package from the machine's offline set that a runner depends on besides generated packages.
    struct ExternalProduct: Sendable {
        /// The package's URL.
        var url: String
        /// The lowest version.
        var from: String
        /// The product's name.
        var product: String
        /// The package's identity (the URL's last component).
        var package: String

        /// Hummingbird 2.
        static let hummingbird = ExternalProduct(
            url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", product: "Hummingbird",
            package: "hummingbird")
    }

    /// What a run produced.
    struct Output: Sendable {
        /// The exit status of `swift build`, or of the executable once it built.
        var status: Int32
        /// Whether the build failed (then `output` holds the build log).
        var buildFailed: Bool
        /// The executable's standard output, or the build log.
        var output: String
        /// The executable's standard error.
        var errorOutput: String
        /// The log of `swift build` (also when it succeeded).
        var buildLog: String = ""

        /// The lines the executable printed.
        var lines: [String] { output.split(separator: "\n").map(String.init) }
    }

    /// Generates the package of the spec at `specPath` (the models, or `modes`) into `<root>/packages/<module>`,
    /// once per process (a module name stands for one spec and set of modes): runners
    /// that use the same module share the package (and, through the shared build folder, its compiled module).
    /// - Returns: The package, or nil (with an issue recorded) when generation failed.
    static func generate(
        specPath: String, module: String, modes: Set<GenerationMode> = [.models]
    ) -> Dependency? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let done = generated[module] {
            guard done.specPath == specPath, done.modes == modes else {
                Issue.record(
                    "the module \(module) was generated from \(done.specPath) with \(done.modes.map(\.rawValue).sorted()); asked again from \(specPath) with \(modes.map(\.rawValue).sorted()): use one spec and set of modes per module name"
                )
                return nil
            }
            return done.dependency
        }
        let output = root.appendingPathComponent("packages").appendingPathComponent(module)
        let outcome = PackageGenerator.generate(
            PackageGenerator.Options(
                specPath: specPath, outputDirectory: output.path, moduleName: module, modes: modes))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        guard outcome.succeeded, errors.isEmpty else {
            Issue.record("generating \(specPath) failed: \(outcome.diagnostics)")
            return nil
        }
        let dependency = Dependency(directory: output, module: module)
        generated[module] = (specPath, modes, dependency)
        return dependency
    }

    private static let cacheLock = NSLock()
    /// The packages generated so far, by module: the spec and modes each was generated from.
    nonisolated(unsafe) private static var generated:
        [String: (specPath: String, modes: Set<GenerationMode>, dependency: Dependency)] = [:]

    /// Writes the executable package `<root>/runners/<name>` with `sources` (file name → text) depending on
    /// `dependencies`, builds it in the shared build folder `<root>/build` and runs it.
    static func run(
        name: String, dependencies: [Dependency], external: [ExternalProduct] = [], sources: [String: String]
    ) async throws -> Output {
        let runner = root.appendingPathComponent("runners").appendingPathComponent(name)
        let sourceFolder = runner.appendingPathComponent("Sources/\(name)")
        try? FileManager.default.removeItem(at: sourceFolder)
        try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
        // Products of one package (a module and its transport target) share one package entry.
        var paths: [String] = []
        for dependency in dependencies where !paths.contains(dependency.directory.path) {
            paths.append(dependency.directory.path)
        }
        let packages =
            paths.map { ".package(path: \(literal($0)))" }
            + external.map { ".package(url: \(literal($0.url)), from: \(literal($0.from)))" }
        let products =
            dependencies.map {
                ".product(name: \(literal($0.module)), package: \(literal($0.directory.lastPathComponent)))"
            } + external.map { ".product(name: \(literal($0.product)), package: \(literal($0.package)))" }
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: \(literal(name)),
                platforms: [.macOS(.v13)],
                dependencies: [\(packages.joined(separator: ", "))],
                targets: [
                    .executableTarget(name: \(literal(name)), dependencies: [\(products.joined(separator: ", "))])
                ]
            )

            """
        try Data(manifest.utf8).write(to: runner.appendingPathComponent("Package.swift"))
        for (file, text) in sources {
            try Data(text.utf8).write(to: sourceFolder.appendingPathComponent(file))
        }
        let scratch = root.appendingPathComponent("build").path
        return try await withCheckedThrowingContinuation { continuation in
            buildQueue.async {
                do {
                    let build = try Shell.run(
                        ["swift", "build", "--scratch-path", scratch, "--product", name], in: runner)
                    guard build.status == 0 else {
                        continuation.resume(
                            returning: Output(
                                status: build.status, buildFailed: true, output: build.output, errorOutput: ""))
                        return
                    }
                    let binary = try Shell.run(
                        ["swift", "build", "--scratch-path", scratch, "--show-bin-path"], in: runner)
                    let executable = URL(fileURLWithPath: binary.output.trimmingCharacters(in: .whitespacesAndNewlines))
                        .appendingPathComponent(name)
                    let run = try Shell.run([executable.path], in: runner, separateStandardError: true)
                    continuation.resume(
                        returning: Output(
                            status: run.status, buildFailed: false, output: run.output, errorOutput: run.errorOutput,
                            buildLog: build.output))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// `text` as a Swift string literal.
    static func literal(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    output += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// Records an issue for every `FAIL` line and for a failed build or run, and returns the checks' lines.
    /// - Parameter prefix: Only lines whose check name starts with it are considered.
    @discardableResult
    static func expectAllPassed(
        _ output: Output, prefix: String = "", expectedCount: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [String] {
        if output.buildFailed {
            Issue.record(
                "the generated runner did not build:\n\(output.output.suffix(20_000))", sourceLocation: sourceLocation)
            return []
        }
        if output.status != 0 {
            Issue.record(
                "the generated runner exited with \(output.status):\n\(output.errorOutput.suffix(5_000))",
                sourceLocation: sourceLocation)
        }
        let lines = output.lines.filter {
            $0.hasPrefix("PASS " + prefix) || $0.hasPrefix("FAIL " + prefix)
        }
        for line in lines where line.hasPrefix("FAIL ") {
            Issue.record(Comment(rawValue: line), sourceLocation: sourceLocation)
        }
        if let expectedCount {
            #expect(
                lines.count == expectedCount, "expected \(expectedCount) checks, the runner printed \(lines.count)",
                sourceLocation: sourceLocation)
        }
        return lines
    }

    /// Builds and runs `main` (with the helpers) as the runner `name` depending on the generated package at
    /// `package`, and expects `expectedCount` checks, all passed, and a build without a single warning.
    static func expectCleanRun(
        name: String, package: URL, module: String, main: String, expectedCount: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let dependency = Dependency(directory: package, module: module)
        let run = try await run(
            name: name, dependencies: [dependency], sources: ["Helpers.swift": helpersSource, "main.swift": main])
        expectAllPassed(run, expectedCount: expectedCount, sourceLocation: sourceLocation)
        let warnings = run.buildLog.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(
            warnings.isEmpty, "the package \(module) warned:\n\(warnings.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    /// The folder of the repository (the one holding `Package.swift`).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Helpers compiled into every runner: `check`, `roundTrip` and an order-insensitive JSON comparison that
    /// treats two RFC 3339 strings naming exactly the same instant as equal.
    static let helpersSource = #"""
        import Foundation

        /// Prints `PASS name` or `FAIL name: detail`.
        func check(_ name: Swift.String, _ condition: Swift.Bool, _ detail: @autoclosure () -> Swift.String = "") {
            if condition {
                print("PASS \(name)")
            } else {
                print("FAIL \(name): \(oneLine(detail()))")
            }
        }

        /// Runs `body`, printing a FAIL line for `name` when it throws.
        func checking(_ name: Swift.String, _ body: () throws -> Swift.Void) {
            do { try body() } catch { print("FAIL \(name): threw \(oneLine(describe(error)))") }
        }

        func oneLine(_ text: Swift.String) -> Swift.String {
            text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        }

        func describe(_ error: any Swift.Error) -> Swift.String {
            func path(_ keys: [any Swift.CodingKey]) -> Swift.String {
                "$" + keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            }
            switch error {
            case Swift.DecodingError.typeMismatch(let type, let context):
                return "type mismatch (\(type)) at \(path(context.codingPath)): \(context.debugDescription)"
            case Swift.DecodingError.valueNotFound(let type, let context):
                return "value not found (\(type)) at \(path(context.codingPath)): \(context.debugDescription)"
            case Swift.DecodingError.keyNotFound(let key, let context):
                return "key '\(key.stringValue)' not found at \(path(context.codingPath))"
            case Swift.DecodingError.dataCorrupted(let context):
                return "data corrupted at \(path(context.codingPath)): \(context.debugDescription)"
            default:
                return "\(error)"
            }
        }

        /// Decodes `json` as `T` and encodes the value again.
        func roundTrip<T: Swift.Codable>(
            _ type: T.Type, _ json: Swift.String, _ decoder: Foundation.JSONDecoder, _ encoder: Foundation.JSONEncoder
        ) throws -> (value: T, json: Swift.String) {
            let value = try decoder.decode(T.self, from: Foundation.Data(json.utf8))
            let data = try encoder.encode(value)
            return (value, Swift.String(decoding: data, as: Swift.UTF8.self))
        }

        /// Decodes `json` as `T`, re-encodes it, and compares both as parsed JSON.
        func exampleRoundTrip<T: Swift.Codable>(
            _ name: Swift.String, _ type: T.Type, _ json: Swift.String,
            _ decoder: Foundation.JSONDecoder, _ encoder: Foundation.JSONEncoder
        ) {
            let value: T
            do {
                value = try decoder.decode(T.self, from: Foundation.Data(json.utf8))
            } catch {
                print("FAIL \(name): decoding as \(T.self) threw \(oneLine(describe(error)))")
                return
            }
            let data: Foundation.Data
            do {
                // A bare UUID (a property's own example) goes through Foundation's encoding, which writes
                // uppercase; the models write UUID properties in lowercase, which the behaviour tests check.
                if let uuid = value as? Foundation.UUID {
                    data = try encoder.encode(uuid.uuidString.lowercased())
                } else {
                    data = try encoder.encode(value)
                }
            } catch {
                print("FAIL \(name): encoding \(T.self) threw \(oneLine(describe(error)))")
                return
            }
            let differences = jsonDifferences(json, Swift.String(decoding: data, as: Swift.UTF8.self))
            if differences.isEmpty {
                print("PASS \(name)")
            } else {
                print("FAIL \(name): \(oneLine(differences.joined(separator: "; "))) (as \(T.self); re-encoded \(oneLine(Swift.String(decoding: data, as: Swift.UTF8.self))))")
            }
        }

        /// The differences between two JSON texts, order-insensitive, parsed with JSONSerialization.
        func jsonDifferences(_ before: Swift.String, _ after: Swift.String) -> [Swift.String] {
            let options: Foundation.JSONSerialization.ReadingOptions = [.fragmentsAllowed]
            guard let first = try? Foundation.JSONSerialization.jsonObject(with: Foundation.Data(before.utf8), options: options)
            else { return ["the input is not JSON"] }
            guard let second = try? Foundation.JSONSerialization.jsonObject(with: Foundation.Data(after.utf8), options: options)
            else { return ["the output is not JSON"] }
            var differences: [Swift.String] = []
            compareJSON(first, second, "$", &differences)
            return differences
        }

        func render(_ value: Any) -> Swift.String {
            if let data = try? Foundation.JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) {
                return Swift.String(decoding: data, as: Swift.UTF8.self)
            }
            return "\(value)"
        }

        func compareJSON(_ before: Any, _ after: Any, _ path: Swift.String, _ differences: inout [Swift.String]) {
            switch (before, after) {
            case (is Foundation.NSNull, is Foundation.NSNull):
                return
            case (let a as [Swift.String: Any], let b as [Swift.String: Any]):
                for key in a.keys.sorted() {
                    if let other = b[key] {
                        compareJSON(a[key]!, other, path + "." + key, &differences)
                    } else {
                        differences.append("\(path).\(key) (\(render(a[key]!))) was dropped")
                    }
                }
                for key in b.keys.sorted() where a[key] == nil {
                    differences.append("\(path).\(key) was added as \(render(b[key]!))")
                }
            case (let a as [Any], let b as [Any]):
                if a.count != b.count {
                    differences.append("\(path) had \(a.count) elements, now \(b.count)")
                } else {
                    for index in a.indices { compareJSON(a[index], b[index], "\(path)[\(index)]", &differences) }
                }
            case (let a as Swift.String, let b as Swift.String):
                if a == b { return }
                if let x = RFC3339Instant(a), let y = RFC3339Instant(b) {
                    if x != y { differences.append("\(path): the date-time \"\(a)\" became \"\(b)\", a different instant") }
                } else {
                    differences.append("\(path): \"\(a)\" became \"\(b)\"")
                }
            case (let a as Foundation.NSNumber, let b as Foundation.NSNumber):
                let aBool = Swift.String(cString: a.objCType) == "c"
                let bBool = Swift.String(cString: b.objCType) == "c"
                if aBool != bBool || (aBool ? a.boolValue != b.boolValue : a.doubleValue != b.doubleValue) {
                    differences.append("\(path): \(render(a)) became \(render(b))")
                }
            default:
                differences.append("\(path): \(render(before)) became \(render(after))")
            }
        }

        /// An RFC 3339 date-time as an exact instant: seconds since 1970 and the fraction's digits.
        /// An RFC 3339 instant in units of 100 ns; two are the same within half a microsecond, the precision a
        /// `Date` keeps for today's dates.
        struct RFC3339Instant: Swift.Equatable {
            var seconds: Swift.Int
            var fraction: Swift.String

            static func == (lhs: RFC3339Instant, rhs: RFC3339Instant) -> Swift.Bool {
                Swift.abs(lhs.ticks - rhs.ticks) <= 5
            }

            var ticks: Swift.Int {
                let digits = Swift.String((fraction + "0000000").prefix(7))
                return seconds * 10_000_000 + (Swift.Int(digits) ?? 0)
            }

            init?(_ text: Swift.String) {
                let chars = Swift.Array(text.uppercased().utf8)
                func number(_ range: Swift.Range<Swift.Int>) -> Swift.Int? {
                    guard range.upperBound <= chars.count else { return nil }
                    var value = 0
                    for c in chars[range] {
                        guard c >= 48, c <= 57 else { return nil }
                        value = value * 10 + Swift.Int(c - 48)
                    }
                    return value
                }
                guard chars.count >= 20, chars[4] == 45, chars[7] == 45, chars[10] == 84, chars[13] == 58, chars[16] == 58,
                    let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                    let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
                else { return nil }
                var index = 19
                var digits = ""
                if chars[index] == 46 {
                    index += 1
                    while index < chars.count, chars[index] >= 48, chars[index] <= 57 {
                        digits.append(Swift.Character(Swift.Unicode.Scalar(chars[index])))
                        index += 1
                    }
                    guard !digits.isEmpty else { return nil }
                }
                var offset = 0
                guard index < chars.count else { return nil }
                if chars[index] == 90 {
                    guard index + 1 == chars.count else { return nil }
                } else if chars[index] == 43 || chars[index] == 45 {
                    guard index + 6 == chars.count, chars[index + 3] == 58,
                        let h = number(index + 1..<index + 3), let m = number(index + 4..<index + 6)
                    else { return nil }
                    offset = (h * 60 + m) * 60 * (chars[index] == 43 ? 1 : -1)
                } else {
                    return nil
                }
                // Days from civil (Howard Hinnant).
                let y = month <= 2 ? year - 1 : year
                let era = (y >= 0 ? y : y - 399) / 400
                let yoe = y - era * 400
                let mp = (month + 9) % 12
                let doy = (153 * mp + 2) / 5 + day - 1
                let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
                let days = era * 146097 + doe - 719468
                seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
                while digits.hasSuffix("0") { digits.removeLast() }
                fraction = digits
            }
        }
        """#
}
