import Foundation

/// The record a generated package keeps of the files openapi-swift wrote into it, with a SHA-256 each:
/// `.openapi-swift-manifest.json` at the top of the output folder. Only files it lists are ever replaced or
/// removed, and a listed file whose bytes no longer match its hash was edited by hand.
struct OutputManifest: Codable, Equatable, Sendable {
    /// What the file is, for whoever opens it.
    var comment = "Written by openapi-swift generate: the files it generated in this folder, with their SHA-256."
    /// The format's version.
    var version = 1
    /// Path relative to the output folder → SHA-256 of the bytes written, as hexadecimal.
    var files: [String: String] = [:]

    /// The manifest's bytes: sorted keys, one entry a line, so that the same files always give the same bytes.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding strings and dictionaries of strings cannot fail.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Reads a manifest; nil when the bytes are not one, or a path in it could leave the output folder.
    static func decoded(_ data: Data) -> OutputManifest? {
        guard let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data), manifest.version == 1,
            manifest.files.keys.allSatisfy(isSafeRelativePath)
        else { return nil }
        return manifest
    }

    /// Whether `path` is relative, without `.`, `..` or empty components, so that it stays inside the output folder.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}

/// The record of an update in progress, written (atomically) once every new file is staged and before any is moved
/// into place: a run that finds one completes the update it describes, so that a killed run is repaired.
struct OutputJournal: Codable, Sendable {
    /// The staging folder's name, inside the output folder.
    var staging: String
    /// Files to move from the staging folder into place.
    var writes: [String]
    /// Files to remove.
    var removals: [String]
    /// The manifest to write once every file is in place.
    var manifest: OutputManifest
}
