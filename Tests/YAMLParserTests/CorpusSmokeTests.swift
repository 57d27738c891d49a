import Foundation
import Testing
import YAMLParser

/// Parses the real specifications in the shared folders, when they are present on this machine.
struct CorpusSmokeTests {
    static let specsFolder = "/work/shared/specs"
    static let libredeskJSON = "/work/shared/corpus/libredesk/openapi.json"

    static var specFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specsFolder)) ?? []
        return names.sorted().map { specsFolder + "/" + $0 }
    }

    // The shared specs folder exists only on the team's machines; elsewhere the test is skipped.
    @Test(.enabled(if: !specFiles.isEmpty, "no specs under /work/shared/specs"))
    func sharedSpecsParse() throws {
        for path in Self.specFiles {
            let bytes = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
            let root = try DocumentParser.parse(bytes: Array(bytes), file: path)
            #expect(root.mapping != nil, "\(path) is not a mapping")
        }
    }

    // The libredesk corpus file is optional; the test is skipped when it is absent.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: libredeskJSON), "no libredesk openapi.json"))
    func libredeskJSONParses() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.libredeskJSON))
        let root = try DocumentParser.parse(bytes: Array(bytes), file: Self.libredeskJSON)
        #expect(root.mapping?["openapi"] != nil || root.mapping?["swagger"] != nil)
    }
}
