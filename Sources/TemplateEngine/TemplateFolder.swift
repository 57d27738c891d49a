import Foundation
import SpecDiagnostics

/// Reads a user's templates folder.
enum TemplateFolder {
    /// A `.mustache` file of the folder.
    struct File {
        /// The template name: the path under the folder, without `.mustache`, with `/` separators.
        var name: String
        /// The path diagnostics use: the folder as given, joined with the relative path.
        var path: String
        /// The file's text.
        var text: String
    }

    /// The `.mustache` files under `directory`, recursively, sorted by name; hidden files and folders are skipped.
    /// - Throws: A diagnostic when the folder does not exist, a file cannot be read or is not UTF-8, or a file's
    ///   name could not be used as a partial name.
    static func read(_ directory: String) throws(Diagnostic) -> [File] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .error("templates folder '\(directory)' does not exist or is not a folder", at: nil)
        }
        let base = URL(fileURLWithPath: directory)
        let relativePaths = (FileManager.default.subpaths(atPath: directory) ?? []).sorted()
        var files: [File] = []
        for relative in relativePaths where relative.hasSuffix(".mustache") {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            let name = String(relative.dropLast(".mustache".count))
            guard isValidName(name) else {
                throw .error(
                    "template file name '\(relative)' can only use letters, digits, '_', '-' and '/' before '.mustache'",
                    at: SourceLocation(file: path, line: 1, column: 1))
            }
            guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path) else {
                throw .error("cannot read template file '\(path)'", at: nil)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .error("template file is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))
            }
            files.append(File(name: name, path: path, text: text))
        }
        return files
    }

    /// Whether `name` can be a template name: relative, without empty parts, and only characters that Mustache
    /// accepts in a partial tag, except dots, which are kept for the aliases parent tags use.
    static func isValidName(_ name: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-/")
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && name.allSatisfy(allowed.contains)
            && !parts.contains(where: \.isEmpty)
    }
}
