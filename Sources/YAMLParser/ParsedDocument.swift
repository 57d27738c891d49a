import SpecDiagnostics

/// A parsed file: its root node and an index of every `$ref` written in it.
///
/// JSON Reference (`$ref`) is how YAML and JSON documents of this kind point at each other, so the parser records
/// each one as it builds the tree; later stages then need no second walk over the whole tree to find them.
public struct ParsedDocument: Sendable {
    /// The document's root node.
    public var root: YAMLNode
    /// Every `$ref` whose value is a string, in document order.
    public var references: [ReferenceOccurrence]

    /// Creates a parsed document.
    public init(root: YAMLNode, references: [ReferenceOccurrence]) {
        self.root = root
        self.references = references
    }
}

/// One `$ref` found while parsing.
public struct ReferenceOccurrence: Sendable {
    /// The `$ref` value.
    public var value: YAMLScalar
    /// The keys leading from the root to the mapping that holds `$ref`; nil stands for a sequence item.
    public var path: [String?]

    /// Creates an occurrence.
    public init(value: YAMLScalar, path: [String?]) {
        self.value = value
        self.path = path
    }
}
