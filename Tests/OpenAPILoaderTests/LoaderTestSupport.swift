import Foundation
import OpenAPILoader
import SpecDiagnostics

/// A folder of spec files written byte for byte into a fresh temporary folder, removed by `remove()`.
struct TemporarySpecFolder {
    /// The folder's absolute path, without a trailing slash.
    let path: String

    /// Writes `files` (paths relative to the folder → exact bytes), creating intermediate folders.
    init(_ files: [(path: String, bytes: [UInt8])]) throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("openapi-loader-tests-\(UUID().uuidString)")
        path = base.path
        for file in files {
            let url = base.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    /// Writes text files (UTF-8).
    init(texts: [(path: String, text: String)]) throws {
        try self.init(texts.map { ($0.path, Array($0.text.utf8)) })
    }

    /// The absolute path of a file in the folder.
    func file(_ relative: String) -> String { path + "/" + relative }

    /// Loads `relative` (inside the folder) with `options`.
    func load(_ relative: String, options: LoaderOptions = LoaderOptions()) -> LoadResult {
        SpecLoader.load(path: file(relative), options: options)
    }

    /// A diagnostic's one-line text with the folder prefix removed, so that paths read as relative ones.
    func relative(_ diagnostic: Diagnostic) -> String {
        relative(diagnostic.description)
    }

    /// `text` with the folder prefix removed.
    func relative(_ text: String) -> String {
        text.replacing(path + "/", with: "")
    }

    /// Deletes the folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension LoadResult {
    /// The first error diagnostic, if any.
    var firstError: Diagnostic? { diagnostics.first { $0.severity == .error } }

    /// The errors only.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// A minimal valid OpenAPI 3.0 header: `openapi` and `info` (4 lines).
let header30 = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\n"

/// A minimal valid OpenAPI 3.1 header (4 lines).
let header31 = "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n"
