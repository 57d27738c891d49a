import OpenAPIModel
import SpecDiagnostics
import YAMLParser

/// Walks every file reachable from the root, resolves each `$ref` it finds (wherever it stands), reads the
/// files they name once each, and reports dangling references and reference chains that loop.
///
/// Values that are data rather than spec (`example`, `default`, `enum`, `const`, `x-` extensions, an
/// example's `value`) are not searched, unless those words are names in a map of named objects
/// (`properties`, `responses`, component sections, …).
final class ReferenceScanner {
    private let navigator: ReferenceNavigator
    private let diagnostics: DiagnosticCollector
    private var scannedFiles: Set<String> = []
    private var pendingFiles: [(path: String, referrer: SourceLocation?)] = []
    private var settledTargets: Set<ReferenceTarget> = []
    private var reportedTargets: Set<ReferenceTarget> = []
    /// The references already seen in the file being scanned: raw text → whether it names another file.
    private var seenInFile: [String: Bool] = [:]

    /// Every `$ref` found.
    private(set) var referenceCount = 0
    /// The `$ref`s that name another file.
    private(set) var externalReferenceCount = 0

    init(navigator: ReferenceNavigator, diagnostics: DiagnosticCollector) {
        self.navigator = navigator
        self.diagnostics = diagnostics
    }

    /// Scans `root` (already parsed) and every file it reaches.
    func scan(root: SpecFileStore.File) {
        scannedFiles.insert(root.path)
        seenInFile = [:]
        scanReferences(of: root)
        while let (path, referrer) = pendingFiles.popLast() {
            do {
                let file = try navigator.store.file(at: path, referencedAt: referrer, checkConfinement: true)
                seenInFile = [:]
                scanReferences(of: file)
            } catch {
                diagnostics.emit(error)
            }
        }
    }

    /// Whether a key's value is data (an example, a default, an extension) rather than spec.
    private static func isData(_ key: String) -> Bool {
        switch key {
        case "example", "default", "enum", "const", "value": return true
        default:
            var bytes = key.utf8.makeIterator()
            return bytes.next() == UInt8(ascii: "x") && bytes.next() == UInt8(ascii: "-")
        }
    }
    /// Whether a key's value maps names (which may be `default`, `example`, …) to objects.
    private static func isNameMap(_ key: String) -> Bool {
        switch key {
        case "properties", "patternProperties", "$defs", "definitions", "responses", "schemas", "parameters",
            "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "encoding",
            "content", "paths", "webhooks", "variables", "securityDefinitions":
            return true
        default:
            return false
        }
    }

    /// Visits the `$ref`s the parser indexed in a file, passing over those that stand in data.
    private func scanReferences(of file: SpecFileStore.File) {
        for occurrence in file.references where Self.isSpecPosition(occurrence.path) {
            visitReference(occurrence.value)
        }
    }

    /// Whether a `$ref` held by the mapping at `path` is a reference rather than data or a name: no key on the
    /// way is a data keyword standing as a keyword, and the holding mapping is not a map of names.
    static func isSpecPosition(_ path: [String?]) -> Bool {
        var namesAreKeys = false
        for key in path {
            guard let key else {
                namesAreKeys = false
                continue
            }
            if namesAreKeys {
                namesAreKeys = false
                continue
            }
            if isData(key) { return false }
            namesAreKeys = isNameMap(key)
        }
        return !namesAreKeys
    }

    private func visitReference(_ scalar: YAMLScalar) {
        referenceCount += 1
        if let external = seenInFile[scalar.value] {
            // The same text in the same file names the same target, which is settled already.
            if external { externalReferenceCount += 1 }
            return
        }
        let target: ReferenceTarget
        do {
            target = try ReferenceParser.target(of: scalar.value, at: scalar.location)
        } catch {
            diagnostics.emit(error)
            return
        }
        let external = target.file != scalar.location.file
        seenInFile[scalar.value] = external
        if external {
            externalReferenceCount += 1
            if !scannedFiles.contains(target.file) {
                scannedFiles.insert(target.file)
                do {
                    _ = try navigator.store.file(at: target.file, referencedAt: scalar.location, checkConfinement: true)
                    pendingFiles.append((target.file, scalar.location))
                } catch {
                    diagnostics.emit(error)
                    return
                }
            }
        }
        settle(target, referencedAt: scalar)
    }

    /// Follows a chain of references that only point at other references, reporting a loop or a target that
    /// does not exist. Each target is settled once.
    private func settle(_ start: ReferenceTarget, referencedAt scalar: YAMLScalar) {
        var chain: [ReferenceTarget] = []
        var current = start
        var location = scalar.location
        while !settledTargets.contains(current) {
            if chain.contains(current) {
                let loop = (chain.drop { $0 != current } + [current]).map {
                    Self.describe($0, from: scalar.location.file)
                }
                if reportedTargets.insert(current).inserted {
                    diagnostics.error(
                        "expected a reference that leads to a definition, found a reference cycle: "
                            + loop.joined(separator: " → "),
                        at: scalar.location)
                }
                chain.forEach { settledTargets.insert($0) }
                return
            }
            chain.append(current)
            let node: YAMLNode
            do {
                node = try navigator.node(at: current, referencedAt: location)
            } catch {
                if reportedTargets.insert(current).inserted { diagnostics.emit(error) }
                chain.forEach { settledTargets.insert($0) }
                return
            }
            guard let next = node.mapping?["$ref"]?.scalar, next.kind == .string,
                let nextTarget = try? ReferenceParser.target(of: next.value, at: next.location)
            else { break }
            current = nextTarget
            location = next.location
        }
        chain.forEach { settledTargets.insert($0) }
    }

    private static func describe(_ target: ReferenceTarget, from file: String) -> String {
        target.file == file ? "#\(target.pointer)" : target.description
    }
}
