import OpenAPILoader
import OpenAPIModel
import SpecDiagnostics
import YAMLParser

/// What kept operations reference, found in the documents as written.
enum References {
    /// Every target reached from the kept operations (and their path items' parameters) by following `$ref`s and
    /// discriminator mappings, transitively.
    static func reached(
        from kept: [(container: String, path: String, method: OpenAPI.HTTPMethod)], spec: OpenAPI.ResolvedSpec,
        documents: [String: YAMLNode]
    ) -> Set<ReferenceTarget> {
        var reached = Set<ReferenceTarget>()
        var stack: [YAMLNode] = []
        let schemaPrefix = spec.document.specVersion == .swagger2 ? "#/definitions/" : "#/components/schemas/"
        /// Marks `raw` (written at `location`) reached and queues its target the first time.
        func follow(_ raw: String, at location: SourceLocation) {
            guard let target = try? ReferenceParser.target(of: raw, at: location), reached.insert(target).inserted,
                let node = node(at: target, in: documents)
            else { return }
            stack.append(node)
        }
        let root = documents[spec.rootFile]
        for (container, path, method) in kept {
            guard var item = root?.mapping?[container]?.mapping?[path] else { continue }
            if case .scalar(let raw)? = item.mapping?["$ref"],
                let target = try? ReferenceParser.target(of: raw.value, at: raw.location),
                let resolved = node(at: target, in: documents)
            {
                reached.insert(target)
                item = resolved
            }
            if let parameters = item.mapping?["parameters"] { stack.append(parameters) }
            if let operation = item.mapping?[method.rawValue] { stack.append(operation) }
        }
        while let node = stack.popLast() {
            switch node {
            case .scalar: continue
            case .sequence(let sequence): stack.append(contentsOf: sequence.items)
            case .mapping(let mapping):
                for entry in mapping.entries {
                    if entry.key.value == "$ref", case .scalar(let raw) = entry.value {
                        follow(raw.value, at: raw.location)
                    } else if entry.key.value == "discriminator", let mapped = entry.value.mapping?["mapping"]?.mapping
                    {
                        for value in mapped.entries.compactMap(\.value.scalar) {
                            let raw = value.value.contains("/") ? value.value : schemaPrefix + value.value
                            follow(raw, at: value.location)
                        }
                    } else {
                        stack.append(entry.value)
                    }
                }
            }
        }
        return reached
    }

    /// The node a target names, when its file was read and the pointer leads somewhere.
    static func node(at target: ReferenceTarget, in documents: [String: YAMLNode]) -> YAMLNode? {
        var node = documents[target.file]
        for token in target.tokens {
            switch node {
            case .mapping(let mapping)?: node = mapping[token]
            case .sequence(let sequence)?:
                guard let index = Int(token), sequence.items.indices.contains(index) else { return nil }
                node = sequence.items[index]
            default: return nil
            }
        }
        return node
    }
}

extension OpenAPI.ResolvedSpec {
    /// Drops the root document's components, and the reference table's entries, that `reached` does not hold.
    /// Security schemes are kept.
    mutating func prune(keeping reached: Set<ReferenceTarget>) {
        let swagger = document.specVersion == .swagger2
        let rootFile = self.rootFile
        func keeps(_ tokens: [String]) -> Bool {
            let escaped = tokens.map {
                $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            }
            return reached.contains(ReferenceTarget(file: rootFile, pointer: "/" + escaped.joined(separator: "/")))
        }
        func section(_ name: String) -> [String] {
            if !swagger { return ["components", name] }
            return name == "schemas" ? ["definitions"] : name == "requestBodies" ? ["parameters"] : [name]
        }
        var components = document.components
        components.schemas = components.schemas.filter { keeps(section("schemas") + [$0.key]) }
        components.parameters = components.parameters.filter { keeps(section("parameters") + [$0.key]) }
        components.requestBodies = components.requestBodies.filter { keeps(section("requestBodies") + [$0.key]) }
        components.responses = components.responses.filter { keeps(section("responses") + [$0.key]) }
        components.headers = components.headers.filter { keeps(section("headers") + [$0.key]) }
        components.callbacks = components.callbacks.filter { keeps(section("callbacks") + [$0.key]) }
        components.pathItems = components.pathItems.filter { keeps(section("pathItems") + [$0.key]) }
        document.components = components
        references.schemas = references.schemas.filter { reached.contains($0.key) }
        references.parameters = references.parameters.filter { reached.contains($0.key) }
        references.requestBodies = references.requestBodies.filter { reached.contains($0.key) }
        references.responses = references.responses.filter { reached.contains($0.key) }
        references.headers = references.headers.filter { reached.contains($0.key) }
        references.callbacks = references.callbacks.filter { reached.contains($0.key) }
        references.pathItems = references.pathItems.filter { reached.contains($0.key) }
    }
}
