import Foundation
public import SpecDiagnostics

/// Brings an output folder up to date with a generated package, file by file, so that unchanged files keep their
/// modification times and files openapi-swift did not write are never touched.
///
/// The update survives a SIGKILL at any moment:
/// 1. every new or changed file is written into a staging folder inside the output (`.openapi-swift-staging-…`);
///    a kill here leaves the previous package as it was;
/// 2. a journal (`.openapi-swift-journal.json`) naming the files to move and remove, and the new manifest, is
///    written to a temporary file and renamed into place;
/// 3. each staged file is renamed over its old version (an atomic replacement), stale files are removed, the
///    manifest is written (to a temporary file, then renamed), and the journal and staging folder are removed.
///
/// A run that finds a journal first completes that update (step 3 is idempotent), then removes whatever a killed
/// run left behind: staging folders and temporary files (named `.openapi-swift-…`) inside the output, and the
/// `.<name>.openapi-swift-…` folders earlier versions staged beside it. So every file is always either its old or
/// its new version, and the next run repairs the rest.
public enum OutputWriter {
    /// The manifest's name, at the top of the output folder.
    public static let manifestName = ".openapi-swift-manifest.json"
    /// The journal's name, at the top of the output folder while an update is applied.
    static let journalName = ".openapi-swift-journal.json"
    /// The prefix of everything the writer keeps in the output folder besides the package.
    static let marker = ".openapi-swift-"

    /// Writes `files` (path relative to `directory` → text) into `directory`, creating it when needed.
    /// - Returns: The plan that was carried out; when it has conflicts (and `force` is false) nothing was written.
    /// - Throws: When the folder cannot hold the package (see `OutputPlan.make`) or a file cannot be written.
    public static func write(
        _ files: [String: String], to directory: String, force: Bool
    ) throws(Diagnostic) -> OutputPlan {
        let root = URL(fileURLWithPath: directory)
        try recover(root)
        let plan = try OutputPlan.make(files: files, directory: directory, force: force)
        guard plan.conflicts.isEmpty, !plan.isCurrent else { return plan }
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let staging = marker + "staging-" + token
        let stagingURL = root.appendingPathComponent(staging)
        do {
            try FileManager.default.createDirectory(at: stagingURL, withIntermediateDirectories: true)
            for (index, path) in plan.writes.enumerated() {
                CrashPoint.reached(.staging, index, of: plan.writes.count)
                let url = stagingURL.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path, default: ""].utf8).write(to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: stagingURL)
            throw .error("cannot write the package to '\(directory)': \(describe(error))", at: nil)
        }
        let journal = OutputJournal(
            staging: staging, writes: plan.writes, removals: plan.removals, manifest: plan.manifest)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try replaceAtomically(root.appendingPathComponent(journalName), with: try encoder.encode(journal))
        } catch {
            try? FileManager.default.removeItem(at: stagingURL)
            throw .error("cannot write the package to '\(directory)': \(describe(error))", at: nil)
        }
        CrashPoint.reached(.journal, 0, of: 1)
        try complete(journal, in: root)
        return plan
    }

    /// Completes an interrupted update when the folder holds a journal, then removes what killed runs left behind.
    static func recover(_ root: URL) throws(Diagnostic) {
        let manager = FileManager.default
        let journalURL = root.appendingPathComponent(journalName)
        if let data = manager.contents(atPath: journalURL.path) {
            guard let journal = try? JSONDecoder().decode(OutputJournal.self, from: data),
                OutputManifest.isSafeRelativePath(journal.staging),
                (journal.writes + journal.removals).allSatisfy(OutputManifest.isSafeRelativePath)
            else {
                throw .error(
                    "the output folder holds an unreadable '\(journalURL.path)' from an interrupted run; "
                        + "remove it and generate again", at: nil)
            }
            try complete(journal, in: root)
        }
        for name in (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        where name.hasPrefix(marker) && name != manifestName {
            try? manager.removeItem(at: root.appendingPathComponent(name))
        }
        // Earlier versions staged the whole package beside the output: `.<name>.openapi-swift-<pid>-<uuid>`.
        let parent = root.standardizedFileURL.deletingLastPathComponent()
        let oldPrefix = "." + root.standardizedFileURL.lastPathComponent + marker
        for name in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(oldPrefix) {
            try? manager.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Moves the journal's staged files into place, removes its stale files, writes its manifest and removes the
    /// journal and staging folder. Safe to repeat: a file already moved is no longer in the staging folder.
    static func complete(_ journal: OutputJournal, in root: URL) throws(Diagnostic) {
        let manager = FileManager.default
        let staging = root.appendingPathComponent(journal.staging)
        do {
            for (index, path) in journal.writes.enumerated() {
                CrashPoint.reached(.renames, index, of: journal.writes.count)
                let source = staging.appendingPathComponent(path)
                guard manager.fileExists(atPath: source.path) else { continue }
                let target = root.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try rename(source, to: target)
            }
            for (index, path) in journal.removals.enumerated() {
                CrashPoint.reached(.removals, index, of: journal.removals.count)
                let url = root.appendingPathComponent(path)
                if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
                removeEmptyFolders(above: path, in: root)
            }
            try replaceAtomically(root.appendingPathComponent(manifestName), with: journal.manifest.encoded())
            CrashPoint.reached(.manifest, 0, of: 1)
            try manager.removeItem(at: root.appendingPathComponent(journalName))
        } catch {
            throw .error(
                "cannot update the package in '\(root.path)': \(describe(error)); the next run completes the update",
                at: nil)
        }
        try? manager.removeItem(at: staging)
    }

    /// Writes `data` to a temporary file beside `url`, then renames it over `url`.
    static func replaceAtomically(_ url: URL, with data: Data) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(marker + "tmp-" + UUID().uuidString)
        try data.write(to: temporary)
        try rename(temporary, to: url)
    }

    /// `rename(2)`: replaces `target` atomically when it exists.
    static func rename(_ source: URL, to target: URL) throws {
        guard Foundation.rename(source.path, target.path) == 0 else {
            throw RenameError(target: target.path, reason: String(cString: strerror(errno)))
        }
    }

    /// A failed `rename(2)`.
    struct RenameError: Error, CustomStringConvertible {
        var target: String
        var reason: String
        var description: String { "cannot rename a file to '\(target)': \(reason)" }
    }

    /// An error's message for a diagnostic.
    static func describe(_ error: any Error) -> String {
        (error as? RenameError)?.description ?? error.localizedDescription
    }

    /// Removes the folders of `path` that its removal left empty, deepest first.
    static func removeEmptyFolders(above path: String, in root: URL) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            let folder = root.appendingPathComponent(parts.joined(separator: "/"))
            guard rmdir(folder.path) == 0 else { return }
            parts = parts.dropLast()
        }
    }
}

/// A test hook that kills the process with SIGKILL at a chosen moment of a write, so that tests can check what a
/// crash there leaves behind. `OPENAPI_SWIFT_TEST_KILL=<phase>:<fraction>` kills it when the step at that fraction of
/// the phase is reached (`renames:0.5`: before the middle file is renamed into place); without the variable,
/// nothing happens.
enum CrashPoint: String {
    /// Before a file is written into the staging folder.
    case staging
    /// After the journal is written, before any file is moved into place.
    case journal
    /// Before a staged file is renamed into place.
    case renames
    /// Before a stale file is removed.
    case removals
    /// After the manifest is written, before the journal is removed.
    case manifest

    /// The phase and step the variable names, read once.
    static let target: (phase: CrashPoint, fraction: Double)? = {
        guard let value = ProcessInfo.processInfo.environment["OPENAPI_SWIFT_TEST_KILL"] else { return nil }
        let parts = value.split(separator: ":")
        guard let phase = parts.first.flatMap({ CrashPoint(rawValue: String($0)) }) else { return nil }
        return (phase, parts.count > 1 ? Double(parts[1]) ?? 0 : 0)
    }()

    /// Kills the process when `index` of `count` steps of `phase` is the target.
    static func reached(_ phase: CrashPoint, _ index: Int, of count: Int) {
        guard let target, target.phase == phase, index == Int(target.fraction * Double(count)) else { return }
        kill(getpid(), SIGKILL)
    }
}
