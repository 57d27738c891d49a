import Foundation
import Testing

@testable import TemplateEngine

@Suite("Built-in templates")
struct BuiltinTemplatesTests {
    /// The repository root, found from this file's path.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the embedded templates match Templates/ (run Scripts/embed-templates.sh when this fails)")
    func embeddedTemplatesAreUpToDate() throws {
        let folder = Self.root.appendingPathComponent("Templates").resolvingSymlinksInPath()
        var onDisk: [String: String] = [:]
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        for relative in paths where relative.hasSuffix(".mustache") {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            onDisk[String(relative.dropLast(".mustache".count))] = text
        }
        let fix =
            "Sources/TemplateEngine/BuiltinTemplates+Generated.swift is out of date; run Scripts/embed-templates.sh"
        #expect(onDisk.keys.sorted() == BuiltinTemplates.sources.keys.sorted(), "\(fix)")
        for (name, text) in onDisk.sorted(by: { $0.key < $1.key }) {
            #expect(BuiltinTemplates.sources[name] == text, "template '\(name)' differs: \(fix)")
        }
    }

    @Test("every built-in template parses")
    func builtinsParse() throws {
        let library = try TemplateLibrary()
        for entry in library.list() {
            #expect(library.templates[entry.name]?.problem == nil, "\(entry.name)")
        }
    }
}
