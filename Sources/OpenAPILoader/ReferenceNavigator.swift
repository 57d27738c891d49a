import OpenAPIModel
import SpecDiagnostics
import YAMLParser

/// Finds the node a reference target names, loading its file through the store.
final class ReferenceNavigator {
    let store: SpecFileStore
    private var cache: [ReferenceTarget: YAMLNode] = [:]
    /// Targets being resolved right now: meeting one again means a reference loops through itself.
    private var inProgress: Set<ReferenceTarget> = []

    /// The most `$ref`s followed in one chain before giving up.
    static let maximumChain = 64

    init(store: SpecFileStore) {
        self.store = store
    }

    /// The node at `target`; `location` is where the reference was written (errors point there).
    func node(at target: ReferenceTarget, referencedAt location: SourceLocation) throws(Diagnostic) -> YAMLNode {
        if let node = cache[target] { return node }
        guard inProgress.insert(target).inserted else {
            throw Diagnostic.error(
                "expected a reference that leads to a definition, found a reference cycle through '\(target.description)'",
                at: location)
        }
        defer { inProgress.remove(target) }
        let file = try store.file(at: target.file, referencedAt: location, checkConfinement: true)
        var node = file.root
        var walked = ""
        var hops = 0
        for token in target.tokens {
            switch node {
            case .mapping(let mapping):
                if let value = mapping[token] {
                    node = value
                } else if let refNode = mapping["$ref"], let raw = refNode.scalar?.value, hops < Self.maximumChain {
                    hops += 1
                    let next = try ReferenceParser.target(of: raw, at: refNode.location)
                    node = try self.node(at: next, referencedAt: refNode.location)
                    guard let value = node.mapping?[token] else {
                        throw missing(token, in: walked, target: target, at: location)
                    }
                    node = value
                } else {
                    throw missing(token, in: walked, target: target, at: location)
                }
            case .sequence(let sequence):
                guard let index = Int(token), index >= 0, index < sequence.items.count,
                    token == String(index)
                else {
                    throw Diagnostic.error(
                        "'$ref' target '\(target.description)' does not exist: expected an index below "
                            + "\(sequence.items.count) in '\(walked.isEmpty ? "/" : walked)', found '\(token)'",
                        at: location)
                }
                node = sequence.items[index]
            case .scalar:
                throw Diagnostic.error(
                    "'$ref' target '\(target.description)' does not exist: '\(walked)' is a scalar", at: location)
            }
            walked += "/" + Self.escape(token)
        }
        cache[target] = node
        return node
    }

    private func missing(_ token: String, in walked: String, target: ReferenceTarget, at location: SourceLocation)
        -> Diagnostic
    {
        .error(
            "'$ref' target '\(target.description)' does not exist: no key '\(token)' in '\(walked.isEmpty ? "/" : walked)'",
            at: location)
    }

    /// Escapes a JSON pointer token (`~` → `~0`, `/` → `~1`).
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}
