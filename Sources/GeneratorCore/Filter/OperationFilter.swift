import OpenAPILoader
public import OpenAPIModel
public import SpecDiagnostics
public import YAMLParser

/// Keeps the operations that filters select, and of the rest of the spec only what those operations reference.
///
/// An operation is kept when an include list is empty or matches it (its tag, its `operationId`, or its path), and
/// no exclude list matches it. A path entry matches that path; one ending in `/*` also matches every path below it.
/// What is kept is found by following every `$ref` (and discriminator mapping) from the kept operations through
/// the documents as written; component schemas, parameters, bodies and responses that are not reached are dropped,
/// security schemes are kept.
public struct OperationFilter: Sendable {
    /// One filter entry: the value and where it was given, for errors when it matches nothing.
    public struct Entry: Sendable {
        /// The tag, `operationId` or path.
        public var value: String
        /// What the user wrote it as: `filters.include.tags[0]` or `--include-tag`.
        public var label: String
        /// Where it stands in the config file, when it comes from one.
        public var location: SourceLocation?

        /// Creates an entry.
        public init(value: String, label: String, location: SourceLocation?) {
            self.value = value
            self.label = label
            self.location = location
        }
    }

    /// One include or exclude list.
    public struct Selection: Sendable {
        /// Tags.
        public var tags: [Entry] = []
        /// `operationId`s.
        public var operationIDs: [Entry] = []
        /// Paths.
        public var paths: [Entry] = []

        /// Creates a list.
        public init(tags: [Entry] = [], operationIDs: [Entry] = [], paths: [Entry] = []) {
            self.tags = tags
            self.operationIDs = operationIDs
            self.paths = paths
        }

        /// Whether the list names nothing.
        public var isEmpty: Bool { tags.isEmpty && operationIDs.isEmpty && paths.isEmpty }
        var entries: [(kind: String, entry: Entry)] {
            tags.map { ("tag", $0) } + operationIDs.map { ("operationId", $0) } + paths.map { ("path", $0) }
        }
    }

    /// What to keep.
    public var include: Selection
    /// What to leave out.
    public var exclude: Selection

    /// Creates a filter.
    public init(include: Selection = Selection(), exclude: Selection = Selection()) {
        self.include = include
        self.exclude = exclude
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { include.isEmpty && exclude.isEmpty }

    /// `spec` with only the selected operations and what they reference.
    /// - Parameter documents: The documents as written, by the path used in locations (`LoadResult.documents`).
    /// - Throws: One error per entry that matches no operation, and an error when nothing is left.
    public func apply(
        to spec: OpenAPI.ResolvedSpec, documents: [String: YAMLNode]
    ) throws(FilterErrors) -> OpenAPI.ResolvedSpec {
        var matched = Set<String>()
        var known: [String: Set<String>] = ["tag": [], "operationId": [], "path": []]
        var kept: [(container: String, path: String, method: OpenAPI.HTTPMethod)] = []
        var result = spec
        for container in ["paths", "webhooks"] {
            let items = container == "paths" ? spec.document.paths : spec.document.webhooks
            var filtered = items
            for (path, written) in items {
                guard var item = spec.resolve(written) else { continue }
                if container == "paths" { known["path", default: []].insert(path) }
                for (method, operation) in item.operations {
                    known["tag", default: []].formUnion(operation.tags)
                    if let id = operation.operationId { known["operationId", default: []].insert(id) }
                    let included = include.isEmpty || matches(include, operation, path: path, matched: &matched)
                    let excluded = !exclude.isEmpty && matches(exclude, operation, path: path, matched: &matched)
                    if included && !excluded {
                        kept.append((container, path, method))
                    } else {
                        item.operations[method] = nil
                    }
                }
                filtered[path] = item.operations.isEmpty ? nil : .value(item)
            }
            if container == "paths" { result.document.paths = filtered } else { result.document.webhooks = filtered }
        }
        var errors: [Diagnostic] = []
        for (kind, entry) in include.entries + exclude.entries where !matched.contains(kind + " " + entry.value) {
            var message =
                kind == "path"
                ? "\(entry.label): no operation is at '\(entry.value)'"
                : "\(entry.label): no operation has the \(kind) '\(entry.value)'"
            if let suggestion = Suggestion.closest(to: entry.value, in: known[kind, default: []].sorted()) {
                message += "; did you mean '\(suggestion)'?"
            }
            errors.append(.error(message, at: entry.location))
        }
        if errors.isEmpty, kept.isEmpty {
            errors.append(
                .error("the filters leave no operation to generate", at: include.entries.first?.entry.location))
        }
        guard errors.isEmpty else { throw FilterErrors(diagnostics: errors) }
        let reached = References.reached(from: kept, spec: spec, documents: documents)
        result.prune(keeping: reached)
        return result
    }

    /// Whether `selection` names the operation; records which entries matched.
    func matches(
        _ selection: Selection, _ operation: OpenAPI.Operation, path: String, matched: inout Set<String>
    ) -> Bool {
        var found = false
        for entry in selection.tags where operation.tags.contains(entry.value) {
            matched.insert("tag " + entry.value)
            found = true
        }
        for entry in selection.operationIDs where operation.operationId == entry.value {
            matched.insert("operationId " + entry.value)
            found = true
        }
        for entry in selection.paths where Self.path(path, matches: entry.value) {
            matched.insert("path " + entry.value)
            found = true
        }
        return found
    }

    /// Whether `path` is `pattern`, or lies below it when `pattern` ends in `/*`.
    static func path(_ path: String, matches pattern: String) -> Bool {
        guard pattern.hasSuffix("/*") else { return path == pattern }
        let base = String(pattern.dropLast(2))
        return path == base || path.hasPrefix(base + "/")
    }
}

/// The errors of a filter: entries that match nothing.
public struct FilterErrors: Error, Sendable {
    /// One error per entry.
    public var diagnostics: [Diagnostic]
}
