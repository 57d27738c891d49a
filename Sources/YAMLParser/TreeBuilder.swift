import SpecDiagnostics

/// Builds a `YAMLNode` tree from a stream of "start collection", "scalar", "alias" and "end collection" calls,
/// with an explicit stack instead of recursion, so that no input can overflow the call stack.
///
/// It enforces the depth limit, rejects non-scalar and duplicate mapping keys, counts alias expansion and applies
/// merge keys. Both the YAML and the JSON parser feed it.
struct TreeBuilder {
    /// A collection being built.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        /// The number of nodes this collection expands to so far, itself included.
        var expanded = 1
        /// Where this collection's items or entries start on the builder's scratch stacks.
        var start: Int
        /// The key waiting for its value.
        var pendingKey: YAMLScalar?
        /// Whether the pending key is a merge key (`<<`).
        var pendingKeyIsMerge = false
        /// Key → entry offset, built once the mapping reaches `YAMLMapping.indexThreshold` keys.
        var keyIndex: [String: Int]?
        /// Where the mapping's merge key is, when it has one.
        var mergeKeyLocation: SourceLocation?
        /// The mappings merged in, with the entry offset at which the merge key stood.
        var merges: [(offset: Int, sources: [YAMLMapping])] = []
    }

    /// An anchored node and the number of nodes it expands to.
    private struct Anchored {
        var node: YAMLNode
        var expanded: Int
    }

    private let limits: YAMLLimits
    private var stack: [Frame] = []
    /// The items of every open sequence, innermost last.
    private let itemScratch = ScratchStack<YAMLNode>()
    /// The entries of every open mapping, innermost last.
    private let entryScratch = ScratchStack<YAMLMapping.Entry>()
    private var anchors: [String: Anchored] = [:]
    /// The finished root node.
    private(set) var root: YAMLNode?
    /// Every string-valued `$ref` added so far, with the keys leading to it.
    private(set) var references: [ReferenceOccurrence] = []
    /// Nodes written in the document, aliases included.
    private var ownNodes = 0
    /// Nodes the document expands to so far.
    private var expandedNodes = 0

    /// Creates a builder that enforces `limits`.
    init(limits: YAMLLimits) {
        self.limits = limits
        stack.reserveCapacity(64)
    }

    /// Starts a sequence or a mapping at `location`.
    mutating func begin(mapping: Bool, at location: SourceLocation, anchor: String?) throws(Diagnostic) {
        if stack.count >= limits.maxDepth {
            throw .error(TextPosition.tooDeepMessage(limit: limits.maxDepth), at: location)
        }
        if let top = stack.last, top.isMapping, top.pendingKey == nil {
            throw .error("expected a scalar mapping key, found \(mapping ? "a mapping" : "a sequence")", at: location)
        }
        ownNodes += 1
        expandedNodes += 1
        let start = mapping ? entryScratch.count : itemScratch.count
        stack.append(Frame(isMapping: mapping, location: location, anchor: anchor, start: start))
    }

    /// Ends the innermost collection.
    mutating func end() throws(Diagnostic) {
        let frame = stack.removeLast()
        let node: YAMLNode
        if frame.isMapping {
            let entries = entryScratch.moveToArray(from: frame.start)
            if frame.merges.isEmpty {
                node = .mapping(YAMLMapping(entries: entries, location: frame.location, index: frame.keyIndex))
            } else {
                node = .mapping(Self.merged(frame, entries: entries))
            }
        } else {
            node = .sequence(YAMLSequence(items: itemScratch.moveToArray(from: frame.start), location: frame.location))
        }
        if let anchor = frame.anchor { anchors[anchor] = Anchored(node: node, expanded: frame.expanded) }
        try add(node, expanded: frame.expanded)
    }

    /// Adds a scalar. `isMergeKey` says whether it is a plain, untagged `<<` (only meaningful as a key).
    mutating func scalar(_ scalar: YAMLScalar, anchor: String?, isMergeKey: Bool = false) throws(Diagnostic) {
        ownNodes += 1
        expandedNodes += 1
        let node = YAMLNode.scalar(scalar)
        if let anchor { anchors[anchor] = Anchored(node: node, expanded: 1) }
        if let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
            try setKey(scalar, isMergeKey: isMergeKey, frame: top)
            return
        }
        try add(node, expanded: 1)
    }

    /// Adds the node an alias names.
    mutating func alias(_ name: String, at location: SourceLocation) throws(Diagnostic) {
        guard let anchored = anchors[name] else { throw .error("unknown alias '*\(name)'", at: location) }
        ownNodes += 1
        expandedNodes += anchored.expanded
        let limit = limits.aliasExpansionLimit(nodeCount: ownNodes)
        if expandedNodes > limit {
            throw .error(
                "alias expansion exceeds the limit of \(limit) nodes (a 'billion laughs' document?)", at: location)
        }
        if let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
            guard case .scalar(let key) = anchored.node else {
                throw .error("expected a scalar mapping key, found \(anchored.node.kindDescription)", at: location)
            }
            try setKey(key, isMergeKey: false, frame: top)
            return
        }
        try add(anchored.node, expanded: anchored.expanded)
    }

    /// Records a key in the mapping at `frame`, rejecting duplicates.
    private mutating func setKey(_ key: YAMLScalar, isMergeKey: Bool, frame top: Int) throws(Diagnostic) {
        if isMergeKey {
            if let first = stack[top].mergeKeyLocation {
                throw .error(TextPosition.duplicateKeyMessage(key.value, first: first), at: key.location)
            }
            stack[top].mergeKeyLocation = key.location
            stack[top].pendingKeyIsMerge = true
            stack[top].pendingKey = key
            return
        }
        let start = stack[top].start
        let offset = entryScratch.count - start
        if stack[top].keyIndex != nil {
            if let first = stack[top].keyIndex![key.value] {
                throw duplicate(key, first: entryScratch[start + first].key.location)
            }
            stack[top].keyIndex![key.value] = offset
        } else {
            for position in start..<entryScratch.count where entryScratch[position].key.value == key.value {
                throw duplicate(key, first: entryScratch[position].key.location)
            }
            if offset + 1 >= YAMLMapping.indexThreshold {
                var index = [String: Int](minimumCapacity: offset * 2 + 2)
                for position in 0..<offset { index[entryScratch[start + position].key.value] = position }
                index[key.value] = offset
                stack[top].keyIndex = index
            }
        }
        stack[top].pendingKey = key
    }

    private func duplicate(_ key: YAMLScalar, first: SourceLocation) -> Diagnostic {
        .error(TextPosition.duplicateKeyMessage(key.value, first: first), at: key.location)
    }

    /// Adds a finished node as the root, a sequence item or a mapping value.
    private mutating func add(_ node: YAMLNode, expanded: Int) throws(Diagnostic) {
        guard let top = stack.indices.last else {
            root = node
            return
        }
        stack[top].expanded += expanded
        if !stack[top].isMapping {
            itemScratch.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            throw .error("expected a scalar mapping key, found \(node.kindDescription)", at: node.location)
        }
        stack[top].pendingKey = nil
        if stack[top].pendingKeyIsMerge {
            stack[top].pendingKeyIsMerge = false
            stack[top].merges.append((entryScratch.count - stack[top].start, try Self.mergeSources(node)))
            return
        }
        if case .scalar(let value) = node, value.kind == .string, key.value.utf8.first == UInt8(ascii: "$"),
            key.value == "$ref"
        {
            recordReference(value, inMappingAt: top)
        }
        entryScratch.append(YAMLMapping.Entry(key: key, value: node))
    }

    /// Records a `$ref` with the path of keys from the root to the mapping at `top`.
    private mutating func recordReference(_ value: YAMLScalar, inMappingAt top: Int) {
        var path: [String?] = []
        path.reserveCapacity(top)
        for frame in stack[..<top] { path.append(frame.isMapping ? frame.pendingKey?.value : nil) }
        references.append(ReferenceOccurrence(value: value, path: path))
    }

    /// The mappings a merge key's value names: one mapping, or a sequence of mappings.
    private static func mergeSources(_ node: YAMLNode) throws(Diagnostic) -> [YAMLMapping] {
        switch node {
        case .mapping(let mapping):
            return [mapping]
        case .sequence(let sequence):
            var sources: [YAMLMapping] = []
            for item in sequence.items {
                guard case .mapping(let mapping) = item else {
                    throw .error(
                        "expected a mapping to merge with '<<', found \(item.kindDescription)", at: item.location)
                }
                sources.append(mapping)
            }
            return sources
        case .scalar:
            throw .error(
                "expected a mapping or a sequence of mappings to merge with '<<', found \(node.kindDescription)",
                at: node.location)
        }
    }

    /// Applies a mapping's merge keys: merged entries stand where the merge key stood, explicit keys win, and
    /// earlier mappings in a merge sequence win over later ones.
    private static func merged(_ frame: Frame, entries: [YAMLMapping.Entry]) -> YAMLMapping {
        var present = Set<String>(minimumCapacity: entries.count * 2)
        for entry in entries { present.insert(entry.key.value) }
        var result: [YAMLMapping.Entry] = []
        result.reserveCapacity(entries.count)
        var mergeIndex = 0
        for offset in 0...entries.count {
            while mergeIndex < frame.merges.count, frame.merges[mergeIndex].offset == offset {
                for source in frame.merges[mergeIndex].sources {
                    for entry in source.entries where present.insert(entry.key.value).inserted {
                        result.append(entry)
                    }
                }
                mergeIndex += 1
            }
            if offset < entries.count { result.append(entries[offset]) }
        }
        return YAMLMapping(entries: result, location: frame.location)
    }
}
