import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// The first pass: the schemas that get top-level types (components, bodies, parameters), their names, and what
/// the first pass learns for the second (cycles, deprecations).
extension ModelBuilder {
    // MARK: - Top level

    func run() {
        let document = spec.document
        let containerToken = document.specVersion == .swagger2 ? "definitions" : "components"
        var componentTargets: [[String]: ReferenceTarget] = [:]
        for target in spec.references.schemas.keys where target.file == spec.rootFile {
            componentTargets[target.tokens] = target
        }
        for (key, schema) in document.components.schemas {
            let tokens = containerToken == "definitions" ? ["definitions", key] : ["components", "schemas", key]
            let target =
                componentTargets[tokens]
                ?? ReferenceTarget(
                    file: spec.rootFile, pointer: "/" + tokens.map(Self.escapePointer).joined(separator: "/"))
            guard topNames[target] == nil else { continue }
            componentKeys[target] = key
            topNames[target] = overrides.typeName(forSchema: key) ?? exactTypeNames[key] ?? claimTop(key, at: schema)
            topSchemas[target] = schema
        }
        if bodies == nil { bodies = bodySchemas() }
        for (target, _, _) in bodies ?? [] where target.pointer.lowercased().contains("/content/multipart~1form-data") {
            multipartTops.insert(target)
        }
        for (target, raw, schema) in bodies ?? [] where topNames[target] == nil {
            topNames[target] = claimTop(raw, at: schema)
            topSchemas[target] = schema
        }
        for (target, schema) in spec.references.schemas where topNames[target] == nil {
            topNames[target] = claimTop(target.lastComponent, at: schema)
            topSchemas[target] = schema
        }
        for target in topNames.keys {
            guard let schema = topSchemas[target], topByLocation[schema.location] == nil else { continue }
            topByLocation[schema.location] = target
        }
        discriminated = discriminatedBases()
        for (target, base) in discriminated {
            if let schema = topSchemas[target] { baseLocations.insert(schema.location) }
            for subtype in base.subtypes.keys {
                if let schema = topSchemas[subtype] { subtypeLocations.insert(schema.location) }
            }
        }
        for (target, name) in topNames {
            guard let schema = topSchemas[target] else { continue }
            currentTop = name
            currentTopKey = componentKeys[target]
            currentTopIsMultipart = multipartTops.contains(target)
            pendingTopLevel = []
            if schema.deprecated { deprecatedTop.insert(name) }
            let declaration =
                if let base = discriminated[target] {
                    discriminatedBaseDeclaration(
                        base, schema: schema, name: name, isDeprecated: deprecatable.contains(name))
                } else {
                    declaration(for: schema, name: name, path: name, scope: Scope(owner: nil), isTopLevel: true)
                }
            if let structType = declaration.structType { topStructs[name] = structType }
            let imports = ["Foundation"]
            let context = ModelFileContext(
                header: header, imports: imports, declarations: [declaration] + pendingTopLevel)
            files.append(ModelTranslation.File(typeName: name, context: context))
        }
    }

    /// The inline schemas of request bodies and responses that need a type of their own, with the name each is
    /// generated under (before `SwiftName.typeName`) and a target made of its JSON pointer.
    ///
    /// Those of `paths` and `webhooks` are named after the operation: `<operationId>Request` (and, for the other
    /// contents of a body with several, `<operationId>MultipartRequest`, `<operationId>FormRequest`…), and
    /// `<operationId>Response` or, when several responses of the operation have one, `<operationId><status>Response`
    /// (an operation without an id is named from its method and path: `get /pets` → `GetPets`). Those of
    /// `components.requestBodies` and `components.responses` are named after their key, with `Request` or
    /// `Response` appended unless the key ends with it.
    func bodySchemas() -> [(ReferenceTarget, String, OpenAPI.Schema)] {
        var result: [(ReferenceTarget, String, OpenAPI.Schema)] = []
        func target(_ tokens: [String]) -> ReferenceTarget {
            ReferenceTarget(file: spec.rootFile, pointer: "/" + tokens.map(Self.escapePointer).joined(separator: "/"))
        }
        func suffixed(_ key: String, _ suffix: String) -> String {
            key.lowercased().hasSuffix(suffix.lowercased()) ? key : key + " " + suffix
        }
        func addRequest(_ body: OpenAPI.RequestBody, tokens: [String], name: String) {
            for (media, schema, isFirst) in requestBodySchemas(body.content) {
                let bodyTarget = target(tokens + ["content", media, "schema"])
                if Self.mediaType(media) == "multipart/form-data" { multipartTops.insert(bodyTarget) }
                // `name` ends with `Request`: another content's model is `<name minus Request> <case> Request`.
                let variant = OperationBuilder.caseName(media)
                let raw = isFirst ? name : String(name.dropLast(7)) + " " + variant + " " + String(name.suffix(7))
                result.append((bodyTarget, raw, schema))
            }
        }
        func addParameters(_ parameters: [OpenAPI.Referenceable<OpenAPI.Parameter>], tokens: [String], name: String) {
            for (index, parameter) in parameters.enumerated() {
                guard case .value(let parameter) = parameter, let written = parameter.schema else { continue }
                let schema = SchemaSimplifier.simplified(written)
                guard containsInlineType(schema) else { continue }
                result.append((target(tokens + [String(index), "schema"]), name + " " + parameter.name, schema))
            }
        }
        for (key, parameter) in spec.document.components.parameters {
            guard case .value(let parameter) = parameter, let written = parameter.schema else { continue }
            let schema = SchemaSimplifier.simplified(written)
            guard containsInlineType(schema) else { continue }
            result.append((target(["components", "parameters", key, "schema"]), key, schema))
        }
        for (key, body) in spec.document.components.requestBodies {
            guard case .value(let body) = body else { continue }
            addRequest(body, tokens: ["components", "requestBodies", key], name: suffixed(key, "Request"))
        }
        for (key, response) in spec.document.components.responses {
            guard case .value(let response) = response, let (media, schema) = bodySchema(response.content) else {
                continue
            }
            let tokens = ["components", "responses", key, "content", media, "schema"]
            result.append((target(tokens), suffixed(key, "Response"), schema))
        }
        for (container, items) in [("paths", spec.document.paths), ("webhooks", spec.document.webhooks)] {
            for (path, item) in items {
                guard case .value(let item) = item else { continue }
                if let (method, operation) = item.operations.elements.first {
                    let derived = operation.operationId ?? (method.rawValue + " " + path)
                    let name = overrides.operationBaseName(operationID: operation.operationId, derived: derived)
                    addParameters(item.parameters, tokens: [container, path, "parameters"], name: name)
                }
                for (method, operation) in item.operations {
                    let derived = operation.operationId ?? (method.rawValue + " " + path)
                    let name = overrides.operationBaseName(operationID: operation.operationId, derived: derived)
                    let base = [container, path, method.rawValue]
                    addParameters(operation.parameters, tokens: base + ["parameters"], name: name)
                    if case .value(let body) = operation.requestBody {
                        addRequest(body, tokens: base + ["requestBody"], name: name + " Request")
                    }
                    var responses: [(String, String, OpenAPI.Schema)] = []
                    for (status, response) in operation.responses {
                        guard case .value(let response) = response, let (media, schema) = bodySchema(response.content)
                        else { continue }
                        responses.append((status.description, media, schema))
                    }
                    for (status, media, schema) in responses {
                        let tokens = base + ["responses", status, "content", media, "schema"]
                        let raw = responses.count == 1 ? name + " Response" : name + " " + status + " Response"
                        result.append((target(tokens), raw, schema))
                    }
                }
            }
        }
        return result
    }

    /// The media type of a content key, lowercased, without parameters or spaces.
    static func mediaType(_ key: String) -> String {
        String((key.lowercased().split(separator: ";").first ?? "").filter { $0 != " " && $0 != "\t" })
    }

    /// The schema of the first JSON content (`application/json`, `…+json`), or else of `multipart/form-data`,
    /// or else of `application/x-www-form-urlencoded` content, when it needs a generated type: it is written
    /// inline and declares an object, enum or composition, possibly inside arrays and dictionaries.
    ///
    /// Other media types get no model: text and binary have no structure.
    func bodySchema(_ content: OrderedDictionary<String, OpenAPI.MediaType>) -> (String, OpenAPI.Schema)? {
        let json = content.elements.first {
            let type = Self.mediaType($0.key)
            return type == "application/json" || type.hasSuffix("+json")
        }
        let multipart = content.elements.first { Self.mediaType($0.key) == "multipart/form-data" }
        let form = content.elements.first { Self.mediaType($0.key) == "application/x-www-form-urlencoded" }
        guard let entry = json ?? multipart ?? form, let written = entry.value.schema else { return nil }
        let schema = SchemaSimplifier.simplified(written)
        guard containsInlineType(schema) else { return nil }
        return (entry.key, schema)
    }

    /// The inline schemas of a request body's JSON, `multipart/form-data` and `application/x-www-form-urlencoded`
    /// contents that need a generated type, in the order of `content`; `isFirst` marks the one `bodySchema` picks,
    /// which is named `<operationId>Request` while each other is named after its content,
    /// `<operationId>MultipartRequest`, `<operationId>FormRequest` (so that every case of a several-content body
    /// is typed).
    func requestBodySchemas(
        _ content: OrderedDictionary<String, OpenAPI.MediaType>
    ) -> [(media: String, schema: OpenAPI.Schema, isFirst: Bool)] {
        let first = bodySchema(content)?.0
        var result: [(media: String, schema: OpenAPI.Schema, isFirst: Bool)] = []
        for (key, media) in content {
            guard BodyKind.hasModel(mediaType: key), let written = media.schema else { continue }
            let schema = SchemaSimplifier.simplified(written)
            guard containsInlineType(schema) else { continue }
            result.append((key, schema, key == first))
        }
        return result
    }

    func containsInlineType(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 8 else { return false }
        if schema.ref != nil, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return false
        }
        if needsDeclaration(schema) { return true }
        if let items = schema.items { return containsInlineType(items, depth: depth + 1) }
        if case .schema(let values) = schema.additionalProperties {
            return containsInlineType(values, depth: depth + 1)
        }
        return false
    }

    func claimTop(_ raw: String, at schema: OpenAPI.Schema) -> String {
        let claim = topNamer.claim(names.typeName(raw))
        if let collision = claim.collision {
            diagnostics.append(
                .warning(
                    "the schema '\(raw)' is generated as '\(collision.assigned)' because '\(collision.requested)' is taken",
                    at: schema.location))
        }
        return claim.name
    }

    static func escapePointer(_ token: String) -> String {
        token.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    /// The types this pass gave to schemas, for the client and server translators.
    func typeTable() -> SchemaTypeTable {
        var byTarget: [ReferenceTarget: String] = [:]
        for (target, name) in topNames { byTarget[target] = name }
        var byLocation: [SourceLocation: String] = [:]
        for (location, target) in topByLocation { byLocation[location] = topNames[target] }
        return SchemaTypeTable(
            byTarget: byTarget, byLocation: byLocation, structs: topStructs, spec: spec, moduleName: moduleName,
            formats: formats)
    }

    // MARK: - Results of the first pass

    /// The keys (`Owner.wireName`) of properties whose type stores, directly or through other structs, the struct
    /// that declares them: the stored-inline edges whose ends are in one strongly connected component (each reaches
    /// the other), found in linear time.
    func propertiesClosingCycles() -> Set<String> {
        var numbers: [String: Int] = [:]
        func number(_ name: String) -> Int {
            if let known = numbers[name] { return known }
            numbers[name] = numbers.count
            return numbers.count - 1
        }
        let edges = storageEdges.map { (from: number($0.from), to: number($0.to), property: $0.property) }
        var successors = Array(repeating: [Int](), count: numbers.count)
        for edge in edges { successors[edge.from].append(edge.to) }
        let component = StrongComponents.of(successors)
        return Set(edges.filter { component[$0.from] == component[$0.to] }.map(\.property))
    }

    /// Deprecated top-level types that only deprecated types use, which can carry `@available(*, deprecated)`
    /// without making the generated code warn.
    func deprecatableTypes() -> Set<String> {
        var result = deprecatedTop
        var changed = true
        while changed {
            changed = false
            for (user, used) in uses where !result.contains(user) {
                for name in used where name != user && result.contains(name) {
                    result.remove(name)
                    changed = true
                }
            }
        }
        return result
    }
}
