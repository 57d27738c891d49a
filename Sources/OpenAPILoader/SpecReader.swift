import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

/// Reads located YAML nodes into the OpenAPI model, collecting diagnostics instead of stopping at the first.
///
/// The reader keeps the JSON pointer of the node it is reading as a stack of tokens, joined only when a
/// diagnostic needs it. References met in typed positions are queued and read, once per target, as the type
/// their referrer expects (`drainPendingReferences()`).
final class SpecReader {
    let diagnostics: DiagnosticCollector
    let navigator: ReferenceNavigator
    let options: LoaderOptions
    /// How the document is read (Swagger 2.0 fields, 3.0 `nullable`, 3.1 type arrays).
    var dialect: OpenAPI.SpecVersion = .v3_0
    /// Every reference target read so far.
    var table = OpenAPI.ReferenceTable()
    /// The document's top-level `consumes` (Swagger 2.0).
    var swaggerConsumes: [String] = ["application/json"]
    /// The document's top-level `produces` (Swagger 2.0).
    var swaggerProduces: [String] = ["application/json"]

    private var pointerTokens: [String] = []
    /// Parsed references by file and raw text, with the kinds they were queued as (a bit per kind).
    private var parsedReferences: [String: [String: (target: ReferenceTarget, queuedKinds: UInt16)]] = [:]
    private var pending: [PendingReference] = []
    private var queued: Set<PendingKey> = []

    init(diagnostics: DiagnosticCollector, navigator: ReferenceNavigator, options: LoaderOptions) {
        self.diagnostics = diagnostics
        self.navigator = navigator
        self.options = options
    }

    // MARK: - Pointer and diagnostics

    /// The JSON pointer of the node being read, `#/paths/~1pets/get`.
    var currentPointer: String {
        "#" + pointerTokens.map { "/" + ReferenceNavigator.escape($0) }.joined()
    }

    /// Runs `body` with `token` pushed on the pointer.
    @inline(__always)
    func within<T>(_ token: String, _ body: () -> T) -> T {
        pointerTokens.append(token)
        defer { pointerTokens.removeLast() }
        return body()
    }

    /// Runs `body` with the pointer set to `tokens` (reading a reference target in its own file).
    func at<T>(_ tokens: [String], _ body: () -> T) -> T {
        let saved = pointerTokens
        pointerTokens = tokens
        defer { pointerTokens = saved }
        return body()
    }

    /// Records an error at `location`, with the current pointer.
    func error(_ message: String, at location: SourceLocation) {
        diagnostics.error(message, at: location, pointer: currentPointer)
    }

    /// Records a warning at `location`, with the current pointer.
    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.warning(message, at: location, pointer: currentPointer)
    }

    /// Keeps `x-` extensions and warns about other keys the object does not define.
    func unknownKey(
        _ entry: YAMLMapping.Entry, in object: String, extensions: inout OrderedDictionary<String, JSONValue>
    ) {
        let key = entry.key.value
        if key.hasPrefix("x-") {
            extensions[key] = json(entry.value)
        } else if options.warnAboutUnknownKeys {
            within(key) { warning("unknown key '\(key)' in \(object) is ignored", at: entry.key.location) }
        }
    }

    // MARK: - Scalars and containers

    /// The node as a mapping, or an error naming what was expected.
    ///
    /// A mapping that is only a `$ref` where the spec expects an inline object (an operation, `info`), as
    /// bundlers such as Redocly accept, stands for its target.
    func mapping(_ node: YAMLNode, for what: String) -> YAMLMapping? {
        if case .mapping(let mapping) = node {
            guard let ref = mapping.entry("$ref") else { return mapping }
            return dereferenced(mapping, ref: ref)
        }
        error("expected a mapping for '\(what)', found \(Self.found(node))", at: node.location)
        return nil
    }

    /// The target of a `$ref` written where an inline object is expected, following chains; the mapping itself
    /// when the target cannot be read (the reference scanner reports why).
    private func dereferenced(_ mapping: YAMLMapping, ref: YAMLMapping.Entry) -> YAMLMapping {
        var current = mapping
        var entry = ref
        for _ in 0..<ReferenceNavigator.maximumChain {
            guard case .scalar(let scalar) = entry.value,
                let target = try? ReferenceParser.target(of: scalar.value, at: scalar.location),
                let node = try? navigator.node(at: target, referencedAt: scalar.location),
                case .mapping(let resolved) = node
            else { return current }
            current = resolved
            guard let next = resolved.entry("$ref") else { return resolved }
            entry = next
        }
        return current
    }

    /// The node as a sequence, or an error.
    func sequence(_ node: YAMLNode, for what: String) -> YAMLSequence? {
        if case .sequence(let sequence) = node { return sequence }
        error("expected a sequence for '\(what)', found \(Self.found(node))", at: node.location)
        return nil
    }

    /// The text of any non-null scalar (numbers and booleans are accepted as their text), or an error.
    func string(_ node: YAMLNode, for what: String) -> String? {
        if case .scalar(let scalar) = node, scalar.kind != .null { return scalar.value }
        error("expected a string for '\(what)', found \(Self.found(node))", at: node.location)
        return nil
    }

    /// A boolean scalar, or an error.
    func bool(_ node: YAMLNode, for what: String) -> Bool? {
        if case .scalar(let scalar) = node, let value = scalar.boolValue { return value }
        error("expected a boolean for '\(what)', found \(Self.found(node))", at: node.location)
        return nil
    }

    /// A non-negative integer scalar, or an error.
    func count(_ node: YAMLNode, for what: String) -> Int? {
        if case .scalar(let scalar) = node, let value = scalar.intValue ?? scalar.doubleValue.flatMap(Self.exactInt),
            value >= 0
        {
            return value
        }
        error("expected a non-negative integer for '\(what)', found \(Self.found(node))", at: node.location)
        return nil
    }

    /// A numeric scalar, or an error.
    func number(_ node: YAMLNode, for what: String) -> Double? {
        if case .scalar(let scalar) = node, let value = scalar.doubleValue { return value }
        error("expected a number for '\(what)', found \(Self.found(node))", at: node.location)
        return nil
    }

    /// A sequence of strings, or an error.
    func strings(_ node: YAMLNode, for what: String) -> [String]? {
        guard let sequence = sequence(node, for: what) else { return nil }
        var result: [String] = []
        result.reserveCapacity(sequence.items.count)
        for (index, item) in sequence.items.enumerated() {
            if let text = within(String(index), { string(item, for: what) }) { result.append(text) }
        }
        return result
    }

    /// A mapping of string values, or an error.
    func stringMap(_ node: YAMLNode, for what: String) -> OrderedDictionary<String, String> {
        guard let mapping = mapping(node, for: what) else { return [:] }
        var result: OrderedDictionary<String, String> = [:]
        for entry in mapping.entries {
            if let text = within(entry.key.value, { string(entry.value, for: entry.key.value) }) {
                result[entry.key.value] = text
            }
        }
        return result
    }

    /// Any node as a JSON value.
    func json(_ node: YAMLNode) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            switch scalar.kind {
            case .null: return .null
            case .boolean: return .bool(scalar.boolValue ?? false)
            case .integer:
                if let value = scalar.intValue { return .integer(value) }
                return .number(scalar.doubleValue ?? 0)
            case .float: return .number(scalar.doubleValue ?? 0)
            case .string: return .string(scalar.value)
            }
        case .sequence(let sequence):
            return .array(sequence.items.map(json))
        case .mapping(let mapping):
            var object = OrderedDictionary<String, JSONValue>(minimumCapacity: mapping.entries.count)
            for entry in mapping.entries { object[entry.key.value] = json(entry.value) }
            return .object(object)
        }
    }

    /// "a string 'abc'", "a mapping", … for messages.
    static func found(_ node: YAMLNode) -> String {
        if case .scalar(let scalar) = node {
            if scalar.kind == .null { return "null" }
            let text = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
            return "\(scalar.kind.description) '\(text)'"
        }
        return node.kindDescription
    }

    private static func exactInt(_ value: Double) -> Int? {
        value.rounded() == value && abs(value) < 9e15 ? Int(value) : nil
    }

    // MARK: - References

    /// The kinds of object a reference can be read as.
    enum ReferenceKind: UInt8, Hashable {
        case schema, parameter, requestBody, response, header, example, link, callback, pathItem, securityScheme
    }

    private struct PendingKey: Hashable {
        var target: ReferenceTarget
        var kind: ReferenceKind
    }

    private struct PendingReference {
        var key: PendingKey
        var location: SourceLocation
    }

    /// Reads the `$ref` of a mapping (with 3.1's `summary` and `description` siblings) and queues its target
    /// to be read as `kind`; nil when the mapping has no `$ref`.
    func reference(in mapping: YAMLMapping, kind: ReferenceKind) -> OpenAPI.Reference? {
        guard let entry = mapping.entry("$ref") else { return nil }
        guard case .scalar(let scalar) = entry.value, scalar.kind == .string else {
            within("$ref") {
                error("expected a string for '$ref', found \(Self.found(entry.value))", at: entry.value.location)
            }
            return nil
        }
        let target: ReferenceTarget
        let kindBit = UInt16(1) << kind.rawValue
        if let cached = parsedReferences[scalar.location.file]?[scalar.value] {
            target = cached.target
            if cached.queuedKinds & kindBit == 0 {
                parsedReferences[scalar.location.file]?[scalar.value]?.queuedKinds |= kindBit
                enqueue(target, as: kind, referencedAt: scalar.location)
            }
        } else {
            do {
                target = try ReferenceParser.target(of: scalar.value, at: scalar.location)
            } catch {
                return nil  // The reference scanner has reported it.
            }
            parsedReferences[scalar.location.file, default: [:]][scalar.value] = (target, kindBit)
            enqueue(target, as: kind, referencedAt: scalar.location)
        }
        var reference = OpenAPI.Reference(raw: scalar.value, target: target, location: scalar.location)
        if mapping.entries.count > 1 {
            if let summary = mapping["summary"]?.scalar { reference.summary = summary.value }
            if let description = mapping["description"]?.scalar { reference.description = description.value }
        }
        return reference
    }

    /// Queues a target to be read as `kind`.
    func enqueue(_ target: ReferenceTarget, as kind: ReferenceKind, referencedAt location: SourceLocation) {
        let key = PendingKey(target: target, kind: kind)
        if queued.insert(key).inserted { pending.append(PendingReference(key: key, location: location)) }
    }

    /// Marks a target as read already (the root document's own components).
    func markRead(_ target: ReferenceTarget, as kind: ReferenceKind) {
        queued.insert(PendingKey(target: target, kind: kind))
    }

    /// Reads every queued target (and what those targets reference in turn).
    func drainPendingReferences() {
        while !pending.isEmpty {
            let item = pending.removeFirst()
            readTarget(item.key.target, as: item.key.kind, referencedAt: item.location)
        }
    }

    private func readTarget(_ start: ReferenceTarget, as kind: ReferenceKind, referencedAt location: SourceLocation) {
        var chain = [start]
        var target = start
        var node: YAMLNode
        do {
            node = try navigator.node(at: target, referencedAt: location)
            // Follow references to references, except for schemas, which keep their `$ref` in the model.
            while kind != .schema, let next = node.mapping?["$ref"]?.scalar,
                chain.count < ReferenceNavigator.maximumChain
            {
                target = try ReferenceParser.target(of: next.value, at: next.location)
                if chain.contains(target) { return }  // The scanner reports cycles.
                chain.append(target)
                node = try navigator.node(at: target, referencedAt: next.location)
            }
        } catch {
            return  // The scanner has reported dangling targets.
        }
        at(target.tokens) {
            switch kind {
            case .schema:
                let value = schema(node)
                for item in chain { table.schemas[item] = value }
            case .parameter:
                if dialect == .swagger2, let mapping = node.mapping, mapping["in"]?.scalar?.value == "body" {
                    if let value = swaggerBodyParameter(mapping, consumes: swaggerConsumes) {
                        for item in chain { table.requestBodies[item] = value }
                    }
                } else if let value = parameterValue(node) {
                    for item in chain { table.parameters[item] = value }
                }
            case .requestBody:
                if dialect == .swagger2, let mapping = node.mapping {
                    if let value = swaggerBodyParameter(mapping, consumes: swaggerConsumes) {
                        for item in chain { table.requestBodies[item] = value }
                    }
                } else if let value = requestBodyValue(node) {
                    for item in chain { table.requestBodies[item] = value }
                }
            case .response:
                if let value = responseValue(node) { for item in chain { table.responses[item] = value } }
            case .header:
                if let value = headerValue(node) { for item in chain { table.headers[item] = value } }
            case .example:
                if let value = exampleValue(node) { for item in chain { table.examples[item] = value } }
            case .link:
                if let value = linkValue(node) { for item in chain { table.links[item] = value } }
            case .callback:
                if let value = callbackValue(node) { for item in chain { table.callbacks[item] = value } }
            case .pathItem:
                if let value = pathItemValue(node) { for item in chain { table.pathItems[item] = value } }
            case .securityScheme:
                if let value = securitySchemeValue(node) { for item in chain { table.securitySchemes[item] = value } }
            }
        }
    }

    /// Reads a node that may be a `$ref` or an inline object.
    func referenceable<Value>(
        _ node: YAMLNode, kind: ReferenceKind, what: String, read: (YAMLNode) -> Value?
    ) -> OpenAPI.Referenceable<Value>? {
        if case .mapping(let mapping) = node, mapping.entry("$ref") != nil {
            return reference(in: mapping, kind: kind).map { .reference($0) }
        }
        return read(node).map { .value($0) }
    }

    /// Reads a mapping of name → referenceable objects.
    func referenceableMap<Value>(
        _ node: YAMLNode, kind: ReferenceKind, what: String, read: (YAMLNode) -> Value?
    ) -> OrderedDictionary<String, OpenAPI.Referenceable<Value>> {
        guard let mapping = mapping(node, for: what) else { return [:] }
        var result = OrderedDictionary<String, OpenAPI.Referenceable<Value>>(minimumCapacity: mapping.entries.count)
        for entry in mapping.entries {
            within(entry.key.value) {
                if let value = referenceable(entry.value, kind: kind, what: entry.key.value, read: read) {
                    result[entry.key.value] = value
                }
            }
        }
        return result
    }
}
