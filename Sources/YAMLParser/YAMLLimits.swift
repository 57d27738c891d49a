/// Limits that protect the parsers from hostile or broken input: deep nesting that would exhaust the stack,
/// alias "bombs" that expand exponentially, and files too large to be a specification.
public struct YAMLLimits: Sendable, Hashable {
    /// The deepest allowed nesting of sequences and mappings (the root collection is level 1).
    public var maxDepth: Int
    /// The largest number of nodes the document may expand to through aliases, counted without materialising
    /// anything (aliases share the anchored node); nil means `max(100_000, 10 × the document's own node count)`.
    public var maxAliasExpansion: Int?
    /// The largest accepted file, in bytes.
    public var maxFileBytes: Int

    /// The limits used unless a caller asks otherwise: depth 512, the proportional alias limit, 64 MiB.
    public static let `default` = YAMLLimits()

    /// Creates limits; every argument defaults to the value of `YAMLLimits.default`.
    public init(maxDepth: Int = 512, maxAliasExpansion: Int? = nil, maxFileBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileBytes = maxFileBytes
    }

    /// The alias expansion limit for a document with `nodeCount` nodes of its own.
    public func aliasExpansionLimit(nodeCount: Int) -> Int {
        maxAliasExpansion ?? max(100_000, nodeCount.multipliedReportingOverflow(by: 10).partialValue)
    }
}
