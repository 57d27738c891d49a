import Foundation
import SpecDiagnostics
import YAMLParser

/// Reads spec files from disk, each once, and keeps their text for diagnostics.
///
/// Paths are kept as the user gave them (relative paths stay relative) and normalised lexically; the
/// confinement check works on absolute, symlink-resolved paths.
final class SpecFileStore {
    /// A file that was read and parsed.
    struct File {
        /// The normalised display path.
        var path: String
        /// The parsed document.
        var root: YAMLNode
        /// Every `$ref` in the file, as the parser found them.
        var references: [ReferenceOccurrence]
    }

    private(set) var files: [String: File] = [:]
    private(set) var order: [String] = []
    private var failed: Set<String> = []
    private var texts: [String: [UInt8]] = [:]
    let rootDirectory: String
    let confinementFolder: String?
    let limits: YAMLLimits

    /// Creates a store whose external references must stay inside `rootDirectory` unless `confined` is false.
    init(rootDirectory: String, confined: Bool, limits: YAMLLimits = .default) {
        self.rootDirectory = rootDirectory
        self.confinementFolder = confined ? Self.realPath(rootDirectory) : nil
        self.limits = limits
    }

    /// The raw bytes of every file read, by display path, for rendering source snippets.
    var sourceBytes: [String: [UInt8]] { texts }

    /// Reads and parses a file once; later calls return the cached tree. `referrer` locates errors about
    /// the file as a whole (missing, unreadable, outside the root folder).
    func file(at path: String, referencedAt referrer: SourceLocation?, checkConfinement: Bool) throws(Diagnostic)
        -> File
    {
        if let file = files[path] { return file }
        if failed.contains(path) {
            throw Diagnostic.error("'\(path)' could not be loaded (see the error above)", at: referrer)
        }
        do {
            let file = try read(path, referrer: referrer, checkConfinement: checkConfinement)
            files[path] = file
            order.append(path)
            return file
        } catch {
            failed.insert(path)
            throw error
        }
    }

    private func read(_ path: String, referrer: SourceLocation?, checkConfinement: Bool) throws(Diagnostic) -> File {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic.error("no such file '\(path)'", at: referrer)
        }
        if isDirectory.boolValue {
            throw Diagnostic.error("expected a file, found the folder '\(path)'", at: referrer)
        }
        if checkConfinement, let folder = confinementFolder {
            let real = Self.realPath(path)
            if !FilePath.isInside(real, folder: folder) {
                throw Diagnostic.error(
                    "reference to '\(path)' leaves the spec's folder '\(rootDirectory)'; "
                        + "pass --allow-outside-root or --root to allow it",
                    at: referrer
                )
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read '\(path)'", at: referrer)
        }
        let bytes = [UInt8](data)
        texts[path] = bytes
        let parsed = try DocumentParser.parseDocument(bytes: bytes, file: path, limits: limits)
        return File(path: path, root: parsed.root, references: parsed.references)
    }

    /// The absolute, symlink-resolved, normalised form of a path (the path itself, made absolute, when it
    /// does not exist).
    static func realPath(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/") ? path : FilePath.join(FileManager.default.currentDirectoryPath, path)
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return FilePath.normalize(String(cString: resolved))
        }
        return FilePath.normalize(absolute)
    }
}
