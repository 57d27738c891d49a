import SpecDiagnostics
import YAMLParser

/// Parses `text` with `DocumentParser` (JSON or YAML by `file`'s name and the content).
func parse(_ text: String, file: String = "t.yaml", limits: YAMLLimits = .default) throws(Diagnostic) -> YAMLNode {
    try DocumentParser.parse(bytes: Array(text.utf8), file: file, limits: limits)
}

/// The rendered one-line error for `bytes`, or nil when they parse.
func errorText(bytes: [UInt8], file: String = "t.yaml", limits: YAMLLimits = .default) -> String? {
    do {
        _ = try DocumentParser.parse(bytes: bytes, file: file, limits: limits)
        return nil
    } catch {
        return error.description
    }
}

/// The rendered one-line error for `text`, or nil when it parses.
func errorText(_ text: String, file: String = "t.yaml", limits: YAMLLimits = .default) -> String? {
    errorText(bytes: Array(text.utf8), file: file, limits: limits)
}

/// The scalar at a path of mapping keys and sequence offsets, for short assertions.
func scalar(_ node: YAMLNode, _ path: PathComponent...) -> YAMLScalar? {
    var current = node
    for component in path {
        switch component {
        case .key(let key):
            guard let next = current.mapping?[key] else { return nil }
            current = next
        case .offset(let offset):
            guard let items = current.sequence?.items, offset < items.count else { return nil }
            current = items[offset]
        }
    }
    return current.scalar
}

/// A step in a path through a document.
enum PathComponent: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case offset(Int)

    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .offset(value) }
}
