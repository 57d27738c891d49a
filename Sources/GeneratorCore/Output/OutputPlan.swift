import Foundation
public import SpecDiagnostics

/// What bringing an output folder up to date takes: files to write, files already current, generated files to
/// remove, and files that cannot be replaced without `--force`. Planning reads the folder and changes nothing.
public struct OutputPlan: Sendable {
    /// A generated file that was edited by hand, or a file openapi-swift did not write where it would write one.
    public struct Conflict: Sendable, Hashable {
        /// The path relative to the output folder.
        public var path: String
        /// Why the file is kept, in a sentence fragment such as "was edited since openapi-swift generated it".
        public var reason: String
    }

    /// The output folder.
    public var directory: String
    /// New or changed files, sorted.
    public var writes: [String] = []
    /// Files whose bytes are already the generated ones, sorted.
    public var unchanged: [String] = []
    /// Files generated before and no longer generated, sorted.
    public var removals: [String] = []
    /// Files the run must not replace or remove without `--force`, sorted.
    public var conflicts: [Conflict] = []
    /// Whether a previous run was interrupted (its journal is in the folder).
    public var interrupted = false
    /// The manifest after the update.
    var manifest = OutputManifest()
    /// The manifest now, when there is one.
    var previous: OutputManifest?

    /// Whether the folder already holds exactly the generated files (and their manifest).
    public var isCurrent: Bool {
        writes.isEmpty && removals.isEmpty && conflicts.isEmpty && !interrupted && previous == manifest
    }

    /// Compares `files` (path relative to the output folder → text) with the folder `directory`.
    ///
    /// A file counts as generated before when the folder's manifest lists it; a folder without a manifest must be
    /// empty, or a package generated before manifests existed (its `Package.swift` says it was generated; every
    /// file in it but hidden ones counts as generated). With `force`, conflicts become writes and removals.
    /// - Throws: When the folder is a file, holds other files and no manifest, or its manifest cannot be read.
    public static func make(
        files: [String: String], directory: String, force: Bool
    ) throws(Diagnostic) -> OutputPlan {
        var plan = OutputPlan(directory: directory)
        let root = URL(fileURLWithPath: directory)
        let (previous, hasManifest) = try previousFiles(in: root)
        plan.previous = hasManifest ? previous : nil
        plan.interrupted = FileManager.default.fileExists(
            atPath: root.appendingPathComponent(OutputWriter.journalName).path)
        let known = previous?.files ?? [:]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            plan.manifest.files[path] = SHA256.hex(bytes)
            guard let disk = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                plan.writes.append(path)
                continue
            }
            if disk == bytes {
                plan.unchanged.append(path)
            } else if force || known[path] == SHA256.hex(disk) {
                plan.writes.append(path)
            } else if known[path] == nil {
                plan.conflicts.append(Conflict(path: path, reason: "was not written by openapi-swift"))
            } else {
                plan.conflicts.append(Conflict(path: path, reason: "was edited since openapi-swift generated it"))
            }
        }
        for (path, hash) in known.sorted(by: { $0.key < $1.key }) where files[path] == nil {
            guard let disk = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                continue
            }
            if force || SHA256.hex(disk) == hash {
                plan.removals.append(path)
            } else {
                plan.conflicts.append(
                    Conflict(
                        path: path, reason: "was edited since openapi-swift generated it and is no longer generated"))
            }
        }
        return plan
    }

    /// The manifest of the folder: its manifest file, an empty one for a missing or empty folder, or one made from
    /// the files of a package generated before manifests existed.
    static func previousFiles(in root: URL) throws(Diagnostic) -> (manifest: OutputManifest?, fromFile: Bool) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isFolder) else { return (nil, false) }
        guard isFolder.boolValue else { throw .error("the output '\(root.path)' exists and is not a folder", at: nil) }
        let manifestURL = root.appendingPathComponent(OutputWriter.manifestName)
        if let data = manager.contents(atPath: manifestURL.path) {
            guard let manifest = OutputManifest.decoded(data) else {
                throw .error(
                    "the output folder's manifest '\(manifestURL.path)' cannot be read; remove the folder and "
                        + "generate again", at: nil)
            }
            return (manifest, true)
        }
        // A config file kept in the folder it generates (`output: .`) is the user's: the folder still counts as empty.
        let contents = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).filter {
            !$0.hasPrefix(OutputWriter.marker) && $0 != GeneratorConfig.defaultFileName
        }
        if contents.isEmpty { return (nil, false) }
        let packageText = manager.contents(atPath: root.appendingPathComponent("Package.swift").path)
            .map { String(decoding: $0, as: UTF8.self) }
        guard packageText?.contains("// Generated by openapi-swift") == true else {
            throw .error(
                "the output folder '\(root.path)' is not empty and was not generated by openapi-swift; "
                    + "choose an empty or new folder", at: nil)
        }
        var manifest = OutputManifest()
        let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        let prefix = root.standardizedFileURL.path + "/"
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent.hasPrefix(".") {
                enumerator?.skipDescendants()
                continue
            }
            let path = url.standardizedFileURL.path
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                path.hasPrefix(prefix), path != prefix + GeneratorConfig.defaultFileName,
                let data = manager.contents(atPath: path)
            else { continue }
            manifest.files[String(path.dropFirst(prefix.count))] = SHA256.hex(data)
        }
        return (manifest, false)
    }
}
