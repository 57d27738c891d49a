import Foundation
import Testing

/// `openapi-swift generate` with a config file: flags over settings, incremental output, the summary line.
@Suite(.timeLimit(.minutes(3)))
struct GenerateCommandTests {
    /// A project folder with `specs/api.yaml` (libredesk) and the `openapi-swift.yml` that `config init` writes.
    static func project() throws -> URL {
        let project = try ConfigCommandTests.project()
        let output = try OpenAPISwiftBinary.run(["config", "init", "specs/api.yaml"], in: project)
        #expect(output.status == 0, "\(output.stderr)")
        return project
    }

    static let package = "Generated/LibredeskAPI"

    /// Every file below `folder` (hidden ones too) → its modification date.
    static func dates(_ folder: URL) throws -> [String: Date] {
        var result: [String: Date] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            result[url.path] = attributes[.modificationDate] as? Date
        }
        return result
    }

    /// `written`, `unchanged` and `removed` of a summary line, checking its shape.
    static func counts(_ stdout: String) -> [Int]? {
        let parts = stdout.split(separator: " ")
        guard parts.count == 9, parts[1] == "written,", parts[3] == "unchanged,", parts[5] == "removed",
            parts[6] == "in", parts[8] == "s\n", Double(parts[7]) != nil
        else { return nil }
        return [Int(parts[0]), Int(parts[2]), Int(parts[4])].compactMap { $0 }
    }

    /// Replaces `old` with `new` in the project's spec.
    static func edit(_ project: URL, _ old: String, _ new: String) throws {
        let url = project.appendingPathComponent("specs/api.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    @Test func generateTwiceLeavesEveryFileAlone() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "")
        let total = try #require(Self.counts(first.stdout)?.first)
        #expect(Self.counts(first.stdout) == [total, 0, 0])
        let client = project.appendingPathComponent(Self.package + "/Sources/LibredeskAPI/LibredeskClient.swift")
        #expect(FileManager.default.fileExists(atPath: client.path))
        let before = try Self.dates(project.appendingPathComponent(Self.package))
        Thread.sleep(forTimeInterval: 0.05)
        let second = try OpenAPISwiftBinary.run(["generate", "--config", "openapi-swift.yml"], in: project)
        #expect(Self.counts(second.stdout) == [0, total, 0])
        #expect(try Self.dates(project.appendingPathComponent(Self.package)) == before)
        // From another folder the headers still quote the spec relative to the config file: nothing changes.
        let elsewhere = try OpenAPISwiftBinary.run(
            ["generate", "--config", project.appendingPathComponent("openapi-swift.yml").path],
            in: FileManager.default.temporaryDirectory)
        #expect(Self.counts(elsewhere.stdout) == [0, total, 0], "\(elsewhere.stderr)")
    }

    @Test func specEditsRewriteOnlyWhatTheyChange() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try OpenAPISwiftBinary.run(["generate"], in: project)
        let total = try #require(Self.counts(first.stdout)?.first)
        let sources = project.appendingPathComponent(Self.package + "/Sources/LibredeskAPI")
        let mine = sources.appendingPathComponent("Mine.swift")
        try Data("// mine\n".utf8).write(to: mine)

        try Self.edit(project, "description: Agent's first name", "description: The agent's given name")
        let edited = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(Self.counts(edited.stdout) == [1, total - 1, 0], "\(edited.stdout)")
        #expect(
            try String(contentsOf: sources.appendingPathComponent("AgentRequest.swift"), encoding: .utf8)
                .contains("The agent's given name"))

        let extra = "    Extra:\n      type: object\n      properties:\n        x:\n          type: string\n"
        try Self.edit(project, "  schemas:\n", "  schemas:\n" + extra)
        let added = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(Self.counts(added.stdout) == [1, total, 0], "\(added.stdout)")
        #expect(FileManager.default.fileExists(atPath: sources.appendingPathComponent("Extra.swift").path))

        try Self.edit(project, "  schemas:\n" + extra, "  schemas:\n")
        let removed = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(Self.counts(removed.stdout) == [0, total, 1], "\(removed.stdout)")
        #expect(!FileManager.default.fileExists(atPath: sources.appendingPathComponent("Extra.swift").path))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "// mine\n")
    }

    @Test func aHandEditedFileIsReported() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try OpenAPISwiftBinary.run(["generate"], in: project)
        let contact = project.appendingPathComponent(Self.package + "/Sources/LibredeskAPI/Contact.swift")
        try Data("// edited\n".utf8).write(to: contact)
        let refused = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr == "error: 'Sources/LibredeskAPI/Contact.swift' in the output was edited since "
                + "openapi-swift generated it; nothing was written (pass --force to replace it)\n1 error, 0 warnings\n")
        #expect(try String(contentsOf: contact, encoding: .utf8) == "// edited\n")
        let forced = try OpenAPISwiftBinary.run(["generate", "--force"], in: project)
        #expect(forced.status == 0)
        #expect(Self.counts(forced.stdout)?.first == 1)
        #expect(try String(contentsOf: contact, encoding: .utf8) != "// edited\n")
    }

    @Test func flagsWinOverTheConfigFile() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = try OpenAPISwiftBinary.run(
            ["generate", "--mode", "models", "--output", "Other", "--package-name", "Other Package", "--quiet"],
            in: project)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "")
        let sources = project.appendingPathComponent("Other/Sources/LibredeskAPI")
        #expect(FileManager.default.fileExists(atPath: sources.appendingPathComponent("Contact.swift").path))
        #expect(!FileManager.default.fileExists(atPath: sources.appendingPathComponent("LibredeskClient.swift").path))
        let manifest = try String(contentsOf: project.appendingPathComponent("Other/Package.swift"), encoding: .utf8)
        #expect(manifest.contains("name: \"Other Package\","))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent(Self.package).path))
    }

    @Test func filtersKeepTheSelectedOperationsAndWhatTheyReference() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let config = "spec: specs/api.yaml\noutput: Out\nmodes: [client]\nfilters:\n  include:\n    tags: [Agents]\n"
        try Data(config.utf8).write(to: project.appendingPathComponent("openapi-swift.yml"))
        let agents = try OpenAPISwiftBinary.run(["generate", "--quiet"], in: project)
        #expect(agents.status == 0, "\(agents.stderr)")
        let sources = project.appendingPathComponent("Out/Sources/LibredeskAPI")
        func exists(_ file: String) -> Bool {
            FileManager.default.fileExists(atPath: sources.appendingPathComponent(file).path)
        }
        #expect(exists("Operations+HandleUpdateAgent.swift") && exists("AgentRequest.swift"))
        #expect(!exists("Operations+HandleUpdateContact.swift") && !exists("Contact.swift"))
        // A side given as options replaces the file's list: the contacts, and what they reference, instead.
        let contacts = try OpenAPISwiftBinary.run(["generate", "--include-tag", "Contacts"], in: project)
        #expect(contacts.status == 0, "\(contacts.stderr)")
        #expect(exists("Operations+HandleUpdateContact.swift") && exists("Contact.swift"))
        #expect(!exists("Operations+HandleUpdateAgent.swift") && !exists("AgentRequest.swift"))
        let nothing = try OpenAPISwiftBinary.run(
            ["generate", "--include-operation-id", "handleUpdateAgnet"], in: project)
        #expect(nothing.status == 1)
        #expect(
            nothing.stderr.hasPrefix(
                "error: --include-operation-id: no operation has the operationId 'handleUpdateAgnet'; did you mean "))
    }

    @Test func configMistakesStopGeneration() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let config = project.appendingPathComponent("openapi-swift.yml")
        try Data("spec: specs/api.yaml\noutput: Out\nmodes: [models, sever]\n".utf8).write(to: config)
        let bad = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("openapi-swift.yml:3:17: error: modes[1]: unknown mode 'sever'"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Out").path))

        try Data("spec: specs/api.yaml\noutput: Out\naccess-level: internal\n".utf8).write(to: config)
        let unsupported = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(unsupported.status == 1)
        #expect(
            unsupported.stderr.hasPrefix(
                "openapi-swift.yml:3:15: error: access-level: generate supports only 'public' so far, not 'internal'"))
        let overridden = try OpenAPISwiftBinary.run(["generate", "--access-level", "public", "--quiet"], in: project)
        #expect(overridden.status == 0, "\(overridden.stderr)")
    }

    @Test func usageErrors() throws {
        let project = try ConfigCommandTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let noSpec = try OpenAPISwiftBinary.run(["generate"], in: project)
        #expect(noSpec.status == 64)
        #expect(noSpec.stderr.contains("Missing SPEC"))
        let noOutput = try OpenAPISwiftBinary.run(["generate", "specs/api.yaml"], in: project)
        #expect(noOutput.status == 64)
        let internalLevel = try OpenAPISwiftBinary.run(
            ["generate", "specs/api.yaml", "--output", "Out", "--access-level", "internal"], in: project)
        #expect(internalLevel.status == 64)
        // Without a config file, SPEC and --output still work.
        let plain = try OpenAPISwiftBinary.run(["generate", "specs/api.yaml", "--output", "Out"], in: project)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(Self.counts(plain.stdout)?[1] == 0)
    }
}

/// `generate --check` and `generate --dry-run`: nothing written, what differs reported.
@Suite(.timeLimit(.minutes(3)))
struct CheckAndDryRunTests {
    @Test func checkFailsWithADiffAfterASpecEditAndPassesAfterRegenerating() throws {
        let project = try GenerateCommandTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try OpenAPISwiftBinary.run(["generate"], in: project)
        let current = try OpenAPISwiftBinary.run(["generate", "--check"], in: project)
        #expect(current.status == 0, "\(current.stderr)")
        #expect(current.stdout.hasPrefix("the package in 'Generated/LibredeskAPI' is up to date ("))

        try GenerateCommandTests.edit(project, "description: Agent's first name", "description: The agent's given name")
        let package = project.appendingPathComponent(GenerateCommandTests.package)
        let before = try GenerateCommandTests.dates(package)
        let stale = try OpenAPISwiftBinary.run(["generate", "--check"], in: project)
        #expect(stale.status == 1)
        let file = "Generated/LibredeskAPI/Sources/LibredeskAPI/AgentRequest.swift"
        #expect(stale.stdout.hasPrefix("--- \(file)\n+++ \(file) (generated)\n@@ -"))
        #expect(stale.stdout.contains("\n-    /// Agent's first name\n+    /// The agent's given name\n"))
        #expect(
            stale.stderr == "error: the package in 'Generated/LibredeskAPI' is not up to date: 1 file differs\n"
                + "run: openapi-swift generate --config openapi-swift.yml\n")
        #expect(try GenerateCommandTests.dates(package) == before)

        let quiet = try OpenAPISwiftBinary.run(
            ["generate", "--check", "--quiet", "--config", "openapi-swift.yml"], in: project)
        #expect(quiet.status == 1 && quiet.stdout == "")
        #expect(quiet.stderr.hasSuffix("run: openapi-swift generate --quiet --config openapi-swift.yml\n"))

        _ = try OpenAPISwiftBinary.run(["generate"], in: project)
        let regenerated = try OpenAPISwiftBinary.run(["generate", "--check"], in: project)
        #expect(regenerated.status == 0, "\(regenerated.stdout)")
    }

    @Test func checkBoundsItsDiff() throws {
        let project = try GenerateCommandTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let missing = try OpenAPISwiftBinary.run(["generate", "--check"], in: project)
        #expect(missing.status == 1)
        let lines = missing.stdout.split(separator: "\n")
        #expect(lines.count == 401)
        #expect(lines.last?.hasPrefix("… the diff goes on for ") == true)
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Generated").path))
    }

    @Test func dryRunListsWhatWouldChange() throws {
        let project = try GenerateCommandTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try OpenAPISwiftBinary.run(["generate", "--mode", "models", "--mode", "client"], in: project)
        let sources = "Sources/LibredeskAPI/"
        try GenerateCommandTests.edit(project, "description: Agent's first name", "description: The agent's given name")
        let dryRun = try OpenAPISwiftBinary.run(["generate", "--dry-run", "--mode", "models"], in: project)
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        let lines = dryRun.stdout.split(separator: "\n")
        #expect(lines.contains("write     \(sources)AgentRequest.swift"))
        #expect(lines.contains("unchanged \(sources)Contact.swift"))
        #expect(lines.contains("remove    \(sources)LibredeskClient.swift"))
        #expect(lines.last?.hasPrefix("dry run: 1 to write, ") == true)
        #expect(lines.last?.hasSuffix(" to remove; nothing was written") == true)
        let agent = project.appendingPathComponent(GenerateCommandTests.package + "/" + sources + "AgentRequest.swift")
        #expect(!(try String(contentsOf: agent, encoding: .utf8)).contains("given name"))
        let both = try OpenAPISwiftBinary.run(["generate", "--dry-run", "--check"], in: project)
        #expect(both.status == 64)
    }
}
