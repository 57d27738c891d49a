public import SpecDiagnostics

/// A node of a parsed YAML or JSON document. Every node knows where it stands in its file.
///
/// Aliases are expanded: an alias is the node its anchor names (shared, not copied). Merge keys (`<<`)
/// are applied. Mapping keys are always scalars; OpenAPI needs nothing else.
public enum YAMLNode: Sendable {
    /// A scalar: string, number, boolean or null, resolved by the YAML 1.2 core schema.
    case scalar(YAMLScalar)
    /// A sequence of nodes.
    case sequence(YAMLSequence)
    /// A mapping with scalar keys, in document order.
    case mapping(YAMLMapping)

    /// Where the node starts.
    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .sequence(let sequence): sequence.location
        case .mapping(let mapping): mapping.location
        }
    }

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The sequence, when this node is one.
    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// The mapping, when this node is one.
    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    /// "a mapping", "a sequence", "a string", "a number", … for messages that say what was found.
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.kind.description
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}

/// A scalar node with its resolved kind.
public struct YAMLScalar: Hashable, Sendable {
    /// How a scalar was written.
    public enum Style: UInt8, Hashable, Sendable {
        /// Unquoted (and every JSON number, boolean and null).
        case plain
        /// `'single'`.
        case singleQuoted
        /// `"double"` (and every JSON string).
        case doubleQuoted
        /// `|` block.
        case literal
        /// `>` block.
        case folded
    }

    /// What a scalar means, resolved by the YAML 1.2 core schema or by an explicit tag.
    public enum Kind: UInt8, Hashable, Sendable, CustomStringConvertible {
        /// Any string, including every quoted scalar and plain `yes`, `no`, `on`, `off`, `y`, `n`.
        case string
        /// An integer: `12`, `-3`, `0x1F`, `0o17`.
        case integer
        /// A floating-point number: `1.5`, `1e3`, `.inf`, `.nan`.
        case float
        /// `true` or `false` (any capitalisation the core schema allows).
        case boolean
        /// `null`, `~`, `Null`, `NULL` or an empty plain scalar.
        case null

        /// "a string", "an integer", … for messages that say what was found.
        public var description: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .float: "a number"
            case .boolean: "a boolean"
            case .null: "null"
            }
        }
    }

    /// The scalar's text after unescaping and folding, exactly as the document means it.
    public var value: String
    /// What the scalar means.
    public var kind: Kind
    /// How it was written.
    public var style: Style
    /// Where the scalar starts (for a quoted scalar, the opening quote).
    public var location: SourceLocation

    /// Creates a scalar.
    public init(value: String, kind: Kind, style: Style, location: SourceLocation) {
        self.value = value
        self.kind = kind
        self.style = style
        self.location = location
    }

    /// The boolean value, when the scalar is a boolean.
    public var boolValue: Bool? {
        guard kind == .boolean else { return nil }
        return value.first == "t" || value.first == "T"
    }

    /// The integer value, when the scalar is an integer that fits in 64 bits.
    public var intValue: Int? {
        guard kind == .integer else { return nil }
        return YAMLCoreSchema.parseInteger(value)
    }

    /// The numeric value, when the scalar is an integer or a float.
    public var doubleValue: Double? {
        switch kind {
        case .integer: return YAMLCoreSchema.parseInteger(value).map(Double.init) ?? Double(value)
        case .float: return YAMLCoreSchema.parseFloat(value)
        default: return nil
        }
    }
}

/// A sequence node.
public struct YAMLSequence: Sendable {
    /// The items, in order.
    public var items: [YAMLNode]
    /// Where the sequence starts (`-` or `[`).
    public var location: SourceLocation

    /// Creates a sequence.
    public init(items: [YAMLNode], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// A mapping node: scalar keys and their values, in document order, with no duplicate keys.
public struct YAMLMapping: Sendable {
    /// One key and its value.
    public struct Entry: Sendable {
        /// The key, with its own location.
        public var key: YAMLScalar
        /// The value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: YAMLScalar, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The entries, in document order.
    public var entries: [Entry]
    /// Where the mapping starts (its first key, or `{`).
    public var location: SourceLocation
    /// Key → entry index, built for large mappings only so that small ones stay cheap.
    private var index: [String: Int]?

    /// The number of entries from which a lookup index is built.
    public static let indexThreshold = 12

    /// Creates a mapping. `entries` must not have duplicate keys (the parsers check this).
    public init(entries: [Entry], location: SourceLocation) {
        self.entries = entries
        self.location = location
        if entries.count >= Self.indexThreshold {
            var index = [String: Int](minimumCapacity: entries.count)
            for (offset, entry) in entries.enumerated() { index[entry.key.value] = offset }
            self.index = index
        }
    }

    /// Creates a mapping whose key index the parser already built while checking for duplicate keys.
    /// `index` must map every key to its entry offset when there are `indexThreshold` entries or more.
    init(entries: [Entry], location: SourceLocation, index: [String: Int]?) {
        self.entries = entries
        self.location = location
        self.index = entries.count >= Self.indexThreshold ? index : nil
    }

    /// The entry for a key.
    public func entry(_ key: String) -> Entry? {
        if let index {
            guard let offset = index[key] else { return nil }
            return entries[offset]
        }
        for entry in entries where entry.key.value == key { return entry }
        return nil
    }

    /// The value for a key.
    public subscript(key: String) -> YAMLNode? { entry(key)?.value }
}
