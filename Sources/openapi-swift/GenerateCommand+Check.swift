import ArgumentParser
import Foundation
import GeneratorCore

extension GenerateCommand {
    /// The most lines of diff `--check` prints.
    static let diffLineLimit = 400

    /// `--check`: prints a unified diff of what differs between the generated package and the output folder, and a
    /// hint, and fails; prints nothing (but a confirmation) when they match.
    func reportCheck(_ outcome: PackageGenerator.Outcome, plan: OutputPlan, output: String, configPath: String?) throws
    {
        let differing = Set(plan.writes + plan.removals + plan.conflicts.map(\.path)).sorted()
        guard !differing.isEmpty || plan.interrupted else {
            if !quiet { print("the package in '\(output)' is up to date (\(plan.unchanged.count) files)") }
            return
        }
        var text = ""
        for path in differing {
            let disk = FileManager.default.contents(atPath: (output as NSString).appendingPathComponent(path))
                .map { String(decoding: $0, as: UTF8.self) }
            let generated = outcome.rendered[path]
            let shown = (output as NSString).appendingPathComponent(path)
            text += UnifiedDiff.make(
                old: disk ?? "", new: generated ?? "", oldName: disk == nil ? "/dev/null" : shown,
                newName: generated == nil ? "/dev/null" : shown + " (generated)")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        if lines.count > Self.diffLineLimit {
            let total = lines.count
            lines = lines.prefix(Self.diffLineLimit)
            lines.append("… the diff goes on for \(total - Self.diffLineLimit) more lines")
        }
        if !quiet { print(lines.joined(separator: "\n")) }
        let count = differing.count == 1 ? "1 file differs" : "\(differing.count) files differ"
        var summary = "error: the package in '\(output)' is not up to date: \(count)"
        if plan.interrupted { summary += " (an interrupted run left it half updated)" }
        FileHandle.standardError.write(Data((summary + "\nrun: " + regenerateCommand(configPath) + "\n").utf8))
        throw ExitCode(1)
    }

    /// `--dry-run`: lists what generate would write, leave alone and remove; fails when it would refuse to write.
    func reportDryRun(_ plan: OutputPlan) throws {
        var text = ""
        let rows =
            plan.writes.map { ("write", $0) } + plan.unchanged.map { ("unchanged", $0) }
            + plan.removals.map { ("remove", $0) } + plan.conflicts.map { ("keep", $0.path + " (\($0.reason))") }
        for (action, path) in rows.sorted(by: { $0.1 < $1.1 }) {
            text += action.padding(toLength: 10, withPad: " ", startingAt: 0) + path + "\n"
        }
        text +=
            "dry run: \(plan.writes.count) to write, \(plan.unchanged.count) unchanged, \(plan.removals.count) to "
            + "remove; nothing was written\n"
        print(text, terminator: "")
        guard plan.conflicts.isEmpty else {
            FileHandle.standardError.write(
                Data("error: \(plan.conflicts.count) files would stop generate (pass --force to replace them)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The command that regenerates the package: this one without `--check`, naming the config file it read.
    func regenerateCommand(_ configPath: String?) -> String {
        var arguments = Array(CommandLine.arguments.dropFirst()).filter { $0 != "--check" }
        if let configPath, !arguments.contains("--config"), !arguments.contains(where: { $0.hasPrefix("--config=") }) {
            arguments += ["--config", configPath]
        }
        let quoted = arguments.map { argument in
            argument.contains(where: { " '\"$\\".contains($0) })
                ? "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'" : argument
        }
        return (["openapi-swift"] + quoted).joined(separator: " ")
    }
}
