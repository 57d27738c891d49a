import Foundation
import GeneratorCore
import Testing

/// Generates packages from fixtures, builds them with `swift build`, and runs a round trip through the models.
///
/// These tests run the Swift toolchain in a subprocess, so they take tens of seconds each; they run one at a time
/// to leave the machine's cores to the compiler.
@Suite("Generated packages", .serialized)
struct GeneratedPackageTests {
    @Test("libredesk: the package builds without warnings and round-trips a response")
    func libredesk() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let package = try workspace.generate(fixture: "libredesk.yaml", moduleName: "LibredeskAPI")
        try expectCleanBuild(of: package, scratch: workspace.path("build-models"))

        let output = try workspace.runRoundTrip(
            dependingOn: package, module: "LibredeskAPI",
            main: #"""
                import Foundation
                import LibredeskAPI

                let input = #"{"status":"success","data":{"id":1,"created_at":"2025-08-28T10:00:00Z","first_name":"John","email":null,"roles":["admin"],"custom_attributes":{"a":1,"b":[true,null,"x",1.5]},"teams":[{"id":1,"name":"Support","emoji":null}],"avatar_url":null,"last_login_at":"2025-08-28T10:00:00.250Z"}}"#
                let decoded = try ModelCoding.makeDecoder().decode(AgentResponse.self, from: Foundation.Data(input.utf8))
                precondition(decoded.data?.email == .null)
                precondition(decoded.data?.phoneNumber == .absent)
                precondition(decoded.data?.teams?.first?.name == "Support")
                let encoded = try ModelCoding.makeEncoder().encode(decoded)
                print(String(decoding: encoded, as: UTF8.self))
                let request = AgentRequest(firstName: "Ann", email: "ann@example.com", roles: [], availabilityStatus: .awayManual)
                print(String(decoding: try ModelCoding.makeEncoder().encode(request), as: UTF8.self))
                let unknown = try ModelCoding.makeDecoder().decode(AgentRequest.self, from: Foundation.Data(#"{"first_name":"A","email":"e","roles":[],"availability_status":"on_mars"}"#.utf8))
                print(String(decoding: try ModelCoding.makeEncoder().encode(unknown), as: UTF8.self))
                """#)
        #expect(
            output.split(separator: "\n").map(String.init) == [
                #"{"data":{"avatar_url":null,"created_at":"2025-08-28T10:00:00Z","custom_attributes":{"a":1,"b":[true,null,"x",1.5]},"email":null,"first_name":"John","id":1,"last_login_at":"2025-08-28T10:00:00.250Z","roles":["admin"],"teams":[{"emoji":null,"id":1,"name":"Support"}]},"status":"success"}"#,
                #"{"availability_status":"away_manual","email":"ann@example.com","first_name":"Ann","roles":[]}"#,
                #"{"availability_status":"on_mars","email":"e","first_name":"A","roles":[]}"#,
            ])
    }

    @Test("kitchen sink: every kind of schema builds without warnings and round-trips")
    func kitchenSink() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let package = try workspace.generate(fixture: "kitchen-sink.yaml", moduleName: "KitchenSink")
        try expectCleanBuild(of: package, scratch: workspace.path("build-models"))

        let output = try workspace.runRoundTrip(
            dependingOn: package, module: "KitchenSink",
            main: #"""
                import Foundation
                import KitchenSink

                func roundTrip<T: Codable>(_ type: T.Type, _ json: String) throws -> (T, String) {
                    let value = try ModelCoding.makeDecoder().decode(type, from: Foundation.Data(json.utf8))
                    return (value, String(decoding: try ModelCoding.makeEncoder().encode(value), as: UTF8.self))
                }

                let (pet, petJSON) = try roundTrip(Pet.self, #"{"id":"9f2b3c4d-0000-4000-8000-000000000001","kind":"with \"quotes\"","nickname":null,"self":"me","extra":7,"parent":{"id":"9f2b3c4d-0000-4000-8000-000000000002","kind":"lizard"},"address":{"street":"Main","geo":{"lat":1.5,"lng":2}}}"#)
                precondition(pet.kind == .withQuotes && pet.nickname == .null && pet.motto == .absent)
                precondition(pet.parent?.kind == .unknown2("lizard") && pet.additionalProperties == ["extra": 7])
                print(petJSON)
                let (animal, animalJSON) = try roundTrip([Animal].self, #"[{"petType":"kitty","meows":true},{"petType":"Dog","barks":false},{"petType":"fish"}]"#)
                guard case .cat = animal[0], case .dog = animal[1], case .undecodable = animal[2] else { fatalError("\(animal)") }
                print(animalJSON)
                let (mixed, mixedJSON) = try roundTrip([StringOrNumber].self, #"["a",2.5,{"value":"v"},true]"#)
                guard case .string = mixed[0], case .number = mixed[1], case .object = mixed[2], case .undecodable = mixed[3] else { fatalError("\(mixed)") }
                print(mixedJSON)
                let (_, combinedJSON) = try roundTrip(Combined.self, #"{"petType":"cat","extra":"x"}"#)
                print(combinedJSON)
                let (either, eitherJSON) = try roundTrip(Either.self, #"{"petType":"both","meows":true,"barks":true}"#)
                precondition(either.cat != nil && either.dog != nil)
                print(eitherJSON)
                let (_, nodeJSON) = try roundTrip(Node.self, #"{"value":"a","next":{"value":"b","wrapper":{"node":{"value":"c"}}}}"#)
                print(nodeJSON)
                let (_, priorityJSON) = try roundTrip([Priority].self, #"[1,-1,42]"#)
                print(priorityJSON)
                """#)
        #expect(
            output.split(separator: "\n").map(String.init) == [
                #"{"address":{"geo":{"lat":1.5,"lng":2},"street":"Main"},"extra":7,"id":"9f2b3c4d-0000-4000-8000-000000000001","kind":"with \"quotes\"","nickname":null,"parent":{"id":"9f2b3c4d-0000-4000-8000-000000000002","kind":"lizard"},"self":"me"}"#,
                #"[{"meows":true,"petType":"kitty"},{"barks":false,"petType":"Dog"},{"petType":"fish"}]"#,
                #"["a",2.5,{"value":"v"},true]"#,
                #"{"extra":"x","petType":"cat"}"#,
                #"{"barks":true,"meows":true,"petType":"both"}"#,
                #"{"next":{"value":"b","wrapper":{"node":{"value":"c"}}},"value":"a"}"#,
                #"[1,-1,42]"#,
            ])
    }

    @Test("edge cases: colliding, reserved and escaped names, 3.1 nullability and composition build cleanly")
    func edgeCases() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let package = try workspace.generate(fixture: "edge-cases.yaml", moduleName: "Edge")
        try expectCleanBuild(of: package, scratch: workspace.path("build-models"))

        let output = try workspace.runRoundTrip(
            dependingOn: package, module: "Edge",
            main: #"""
                import Foundation
                import Edge

                let input = #"{"maybe":null,"choice":null,"any":3,"only":{"user_id":1,"":"e","x":[1]},"status":"a_b","level":10,"flags":[true,null],"matrix":[[{"cell":"c"}]],"map":{"k":{"v":1}},"mixed":"one","date":"2025-01-02"}"#
                let value = try ModelCoding.makeDecoder().decode(Pet.self, from: Foundation.Data(input.utf8))
                precondition(value.maybe == nil && value.choice == .null && value.any?.integer == 3 && value.any?.string == nil)
                precondition(value.status == .aB2 && value.level == ._10 && value.only.wrapped?.additionalProperties2 == ["x": .array([.integer(1)])])
                // The spec declares a schema called String, which hides Swift.String in code that imports Edge.
                print(Swift.String(decoding: try ModelCoding.makeEncoder().encode(value), as: UTF8.self))
                let missing = try? ModelCoding.makeDecoder().decode(Pet.self, from: Foundation.Data("{}".utf8))
                print(missing == nil ? "required nullable must be present" : "accepted a missing required property")
                """#)
        #expect(
            output.split(separator: "\n").map(String.init) == [
                #"{"any":3,"choice":null,"date":"2025-01-02","flags":[true,null],"level":10,"map":{"k":{"v":1}},"matrix":[[{"cell":"c"}]],"maybe":null,"mixed":"one","only":{"":"e","user_id":1,"x":[1]},"status":"a_b"}"#,
                "required nullable must be present",
            ])
    }

    /// Builds `package` and expects success without a single warning.
    private func expectCleanBuild(of package: URL, scratch: URL) throws {
        let build = try Shell.run(["swift", "build", "--scratch-path", scratch.path], in: package)
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        #expect(!build.output.contains("warning:"), "swift build warned:\n\(build.output)")
    }
}

/// A temporary folder for one test.
struct Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("GeneratorTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> URL { root.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Generates the models of a fixture into `<root>/<moduleName>` and returns that folder.
    func generate(fixture: String, moduleName: String) throws -> URL {
        let output = path(moduleName)
        let outcome = PackageGenerator.generate(
            PackageGenerator.Options(
                specPath: try Fixtures.path(fixture), outputDirectory: output.path, moduleName: moduleName))
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(!outcome.diagnostics.contains { $0.severity == .error }, "\(outcome.diagnostics)")
        try #require(outcome.succeeded)
        return output
    }

    /// Writes `spec` to `shop.yaml` and generates the package `<root>/Shop` from it with `modes`, the options
    /// changed by `configure` first.
    func generateShop(
        spec: String, modes: Set<GenerationMode>, configure: (inout PackageGenerator.Options) -> Void
    ) throws -> (PackageGenerator.Outcome, URL) {
        let specURL = path("shop.yaml")
        try Data(spec.utf8).write(to: specURL)
        let output = path("Shop")
        var options = PackageGenerator.Options(specPath: specURL.path, outputDirectory: output.path, modes: modes)
        configure(&options)
        return (PackageGenerator.generate(options), output)
    }

    /// Builds and runs an executable that depends on the generated package, and returns what it printed.
    func runRoundTrip(dependingOn package: URL, module: String, main: String) throws -> String {
        let runner = path("RoundTrip")
        let sources = runner.appendingPathComponent("Sources/RoundTrip")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "RoundTrip",
                platforms: [.macOS(.v13)],
                dependencies: [.package(path: "\(package.path)")],
                targets: [
                    .executableTarget(
                        name: "RoundTrip", dependencies: [.product(name: "\(module)", package: "\(package.lastPathComponent)")])
                ]
            )

            """
        try Data(manifest.utf8).write(to: runner.appendingPathComponent("Package.swift"))
        try Data(main.utf8).write(to: sources.appendingPathComponent("main.swift"))
        let run = try Shell.run(
            ["swift", "run", "--scratch-path", path("build-roundtrip").path, "RoundTrip"], in: runner,
            separateStandardError: true)
        try #require(run.status == 0, "the round trip failed:\n\(run.output)\n\(run.errorOutput)")
        return run.output
    }
}

/// The test's fixtures.
enum Fixtures {
    /// The seed specs' file names: they are kept once, in the repository's `Examples/specs`.
    static let seeds: Set<String> = ["libredesk.yaml", "luminous.yaml", "ruddr.yaml", "superoffice.yaml"]

    /// The path of the fixture `name` (relative to `Fixtures/`), or of the seed spec `name` in `Examples/specs`.
    static func path(_ name: String) throws -> String {
        if seeds.contains(name) {
            return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Examples/specs/" + name).path
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return url.path
    }
}

/// Runs a command and collects its output.
enum Shell {
    struct Result {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    static func run(_ arguments: [String], in directory: URL, separateStandardError: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        // Standard error goes to a file, so that neither stream can fill up and block the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardError = separateStandardError ? errorHandle : output
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errorOutput: String(decoding: errorData, as: UTF8.self))
    }
}
