public import SpecDiagnostics
import Translator
import YAMLParser

extension PackageGenerator {
    /// A schema format generated as the user's own type: every schema with that `format` (string, integer or
    /// number) is typed as the type, wherever it is used (see `FormatOverrides` in the translator).
    public typealias FormatTypeOverride = TypeOverride

    /// The checked format overrides, with a warning for each format no schema of the spec has.
    /// - Parameter documents: The spec's parsed files, searched for the formats their schemas use.
    /// - Returns: The overrides for the translators, or the errors (a type that is not a Swift type expression).
    static func formatOverrides(
        _ overrides: [FormatTypeOverride], documents: [String: YAMLNode]
    ) -> (overrides: FormatOverrides, diagnostics: [Diagnostic]) {
        guard !overrides.isEmpty else { return (FormatOverrides(), []) }
        var diagnostics: [Diagnostic] = []
        var types: [String: String] = [:]
        let used = formatsUsed(in: documents)
        for override in overrides {
            guard isTypeExpression(override.type) else {
                diagnostics.append(
                    .error(
                        "\(override.label): '\(override.type)' is not a Swift type name such as 'Decimal' or "
                            + "'MoneyKit.Money'", at: override.location))
                continue
            }
            types[override.format] = override.type
            if !used.contains(override.format) {
                diagnostics.append(
                    .warning(
                        "\(override.label): no schema of the spec has format '\(override.format)'",
                        at: override.location))
            }
        }
        return (FormatOverrides(types), diagnostics)
    }

    /// Adds the import of each override's module (but Foundation and Swift) to every Swift file of the targets
    /// that can use the type: the models and client module, the server and the Hummingbird adapter.
    static func applyFormatImports(
        _ overrides: [FormatTypeOverride], to package: inout RenderedPackage
    ) {
        var modules: [String] = []
        for module in overrides.compactMap(\.module) where !["Foundation", "Swift"].contains(module) {
            if !modules.contains(module) { modules.append(module) }
        }
        guard !modules.isEmpty else { return }
        let server = ServerTranslator.serverModuleName(moduleName: package.moduleName)
        let folders = [package.moduleName, server, package.moduleName + "Hummingbird"].map { "Sources/\($0)/" }
        for (path, text) in package.files
        where path.hasSuffix(".swift") && folders.contains(where: { path.hasPrefix($0) }) {
            package.files[path] = withImports(modules, in: text)
        }
    }

    /// `text` with `import M` for each module it does not import yet, after its last leading import (or after its
    /// header line when it has none).
    static func withImports(_ modules: [String], in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var insertion: Int?
        var seen: Set<String> = []
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("import ") || line.hasPrefix("public import ") || line.hasPrefix("package import ") {
                insertion = index + 1
                seen.insert(String(line.split(separator: " ").last ?? ""))
            } else if !line.isEmpty, !line.hasPrefix("//") {
                break
            }
        }
        let missing = modules.filter { !seen.contains($0) }.map { "import \($0)" }
        guard !missing.isEmpty else { return text }
        if let insertion {
            lines.insert(contentsOf: missing, at: insertion)
        } else {
            lines.insert(contentsOf: [""] + missing, at: min(1, lines.count))
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `text` is a Swift type expression: an identifier, dotted identifiers, each optionally with generic
    /// arguments (`Foo<Bar>`, `Swift.Dictionary<Swift.String, Money>`).
    public static func isTypeExpression(_ text: String) -> Bool {
        var rest = Substring(text)
        return typeExpression(&rest, depth: 0) && rest.isEmpty
    }

    private static func typeExpression(_ rest: inout Substring, depth: Int) -> Bool {
        guard depth < 16 else { return false }
        while true {
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard isIdentifier(String(name)) else { return false }
            rest = rest.dropFirst(name.count)
            if rest.first == "<" {
                repeat {
                    rest = rest.dropFirst().drop { $0 == " " }
                    guard typeExpression(&rest, depth: depth + 1) else { return false }
                    rest = rest.drop { $0 == " " }
                } while rest.first == ","
                guard rest.first == ">" else { return false }
                rest = rest.dropFirst()
            }
            guard rest.first == "." else { return true }
            rest = rest.dropFirst()
        }
    }

    /// The `format` values written in the spec's files (string values of `format` keys), found without recursion.
    static func formatsUsed(in documents: [String: YAMLNode]) -> Set<String> {
        var formats: Set<String> = []
        var pending = Array(documents.values)
        while let node = pending.popLast() {
            switch node {
            case .scalar:
                continue
            case .sequence(let sequence):
                pending += sequence.items
            case .mapping(let mapping):
                for entry in mapping.entries {
                    if entry.key.value == "format", case .scalar(let value) = entry.value, value.kind == .string {
                        formats.insert(value.value)
                    } else {
                        pending.append(entry.value)
                    }
                }
            }
        }
        return formats
    }
}

extension PackageGenerator.TypeOverride {
    /// Creates the override of the format `format`.
    public init(format: String, type: String, module: String?, label: String, location: SourceLocation?) {
        self.init(name: format, type: type, module: module, label: label, location: location)
    }

    /// The format, for a format override.
    public var format: String { name }
}
