import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

extension SpecReader {
    /// Reads the root object of an OpenAPI 3.x document (Swagger 2.0 goes through `swaggerDocument`).
    func document(_ mapping: YAMLMapping, version: String, file: String) -> OpenAPI.Document {
        let info = within("info") { mapping["info"].flatMap { self.info($0) } } ?? OpenAPI.Info(title: "", version: "")
        if mapping["info"] == nil { error("missing required key 'info' in the OpenAPI document", at: mapping.location) }
        var document = OpenAPI.Document(openapi: version, specVersion: dialect, info: info, location: mapping.location)
        // Components first, so that their targets are registered before paths refer to them.
        if let components = mapping["components"] {
            within("components") { readComponents(components, file: file, into: &document.components) }
        }
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "openapi", "info", "components": break
            case "jsonSchemaDialect": document.jsonSchemaDialect = within(key) { string(value, for: key) }
            case "servers": document.servers = within(key) { servers(value) } ?? []
            case "paths": document.paths = within(key) { pathItems(value, for: key) }
            case "webhooks": document.webhooks = within(key) { pathItems(value, for: key) }
            case "security": document.security = within(key) { securityRequirements(value) }
            case "tags": document.tags = within(key) { tags(value) }
            case "externalDocs": document.externalDocs = within(key) { externalDocs(value) }
            case "$self": break
            default: unknownKey(entry, in: "the OpenAPI document", extensions: &document.extensions)
            }
        }
        if mapping["paths"] == nil && mapping["components"] == nil && mapping["webhooks"] == nil {
            warning("the document has no 'paths', 'webhooks' or 'components'", at: mapping.location)
        }
        return document
    }

    private func readComponents(_ node: YAMLNode, file: String, into components: inout OpenAPI.Components) {
        guard let mapping = mapping(node, for: "components") else { return }
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            within(key) {
                switch key {
                case "schemas":
                    guard let schemas = self.mapping(value, for: key) else { return }
                    for schemaEntry in schemas.entries {
                        let name = schemaEntry.key.value
                        let schema = within(name) { self.schema(schemaEntry.value) }
                        components.schemas[name] = schema
                        let target = ReferenceTarget(
                            file: file, pointer: "/components/schemas/" + ReferenceNavigator.escape(name))
                        table.schemas[target] = schema
                        markRead(target, as: .schema)
                    }
                case "responses":
                    readSection(
                        value, section: key, file: file, kind: .response, read: responseValue,
                        into: &components.responses, table: \.table.responses)
                case "parameters":
                    readSection(
                        value, section: key, file: file, kind: .parameter, read: parameterValue,
                        into: &components.parameters, table: \.table.parameters)
                case "examples":
                    readSection(
                        value, section: key, file: file, kind: .example, read: exampleValue, into: &components.examples,
                        table: \.table.examples)
                case "requestBodies":
                    readSection(
                        value, section: key, file: file, kind: .requestBody, read: requestBodyValue,
                        into: &components.requestBodies, table: \.table.requestBodies)
                case "headers":
                    readSection(
                        value, section: key, file: file, kind: .header, read: headerValue, into: &components.headers,
                        table: \.table.headers)
                case "securitySchemes":
                    readSection(
                        value, section: key, file: file, kind: .securityScheme, read: securitySchemeValue,
                        into: &components.securitySchemes, table: \.table.securitySchemes)
                case "links":
                    readSection(
                        value, section: key, file: file, kind: .link, read: linkValue, into: &components.links,
                        table: \.table.links)
                case "callbacks":
                    readSection(
                        value, section: key, file: file, kind: .callback, read: callbackValue,
                        into: &components.callbacks, table: \.table.callbacks)
                case "pathItems":
                    readSection(
                        value, section: key, file: file, kind: .pathItem, read: pathItemValue,
                        into: &components.pathItems, table: \.table.pathItems)
                default:
                    if key.hasPrefix("x-") {
                        components.extensions[key] = json(value)
                    } else if options.warnAboutUnknownKeys {
                        warning("unknown key '\(key)' in Components is ignored", at: entry.key.location)
                    }
                }
            }
        }
    }

    /// Reads one section of `components` and registers its inline values under their pointers
    /// (`#/components/responses/NotFound`), so that references to them need no second read.
    private func readSection<Value>(
        _ node: YAMLNode, section: String, file: String, kind: ReferenceKind, read: (YAMLNode) -> Value?,
        into values: inout OrderedDictionary<String, OpenAPI.Referenceable<Value>>,
        table tablePath: ReferenceWritableKeyPath<SpecReader, OrderedDictionary<ReferenceTarget, Value>>
    ) {
        values = referenceableMap(node, kind: kind, what: section, read: read)
        for (name, item) in values {
            guard case .value(let value) = item else { continue }
            let target = ReferenceTarget(
                file: file, pointer: "/components/\(section)/" + ReferenceNavigator.escape(name))
            self[keyPath: tablePath][target] = value
            markRead(target, as: kind)
        }
    }

    /// Reads `info`.
    func info(_ node: YAMLNode) -> OpenAPI.Info? {
        guard let mapping = mapping(node, for: "info") else { return nil }
        let title = requiredString(mapping, "title", in: "Info") ?? ""
        let version = requiredString(mapping, "version", in: "Info") ?? ""
        var info = OpenAPI.Info(title: title, version: version)
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "title", "version": break
            case "summary": info.summary = within(key) { string(value, for: key) }
            case "description": info.description = within(key) { string(value, for: key) }
            case "termsOfService": info.termsOfService = within(key) { string(value, for: key) }
            case "contact":
                within(key) {
                    guard let contact = self.mapping(value, for: key) else { return }
                    info.contact = OpenAPI.Contact(
                        name: contact["name"].flatMap { string($0, for: "name") },
                        url: contact["url"].flatMap { string($0, for: "url") },
                        email: contact["email"].flatMap { string($0, for: "email") })
                }
            case "license":
                within(key) {
                    guard let license = self.mapping(value, for: key) else { return }
                    info.license = OpenAPI.License(
                        name: requiredString(license, "name", in: "License") ?? "",
                        identifier: license["identifier"].flatMap { string($0, for: "identifier") },
                        url: license["url"].flatMap { string($0, for: "url") })
                }
            default: unknownKey(entry, in: "Info", extensions: &info.extensions)
            }
        }
        return info
    }

    /// Reads `servers`.
    func servers(_ node: YAMLNode) -> [OpenAPI.Server]? {
        guard let sequence = sequence(node, for: "servers") else { return nil }
        var result: [OpenAPI.Server] = []
        for (index, item) in sequence.items.enumerated() {
            if let server = within(String(index), { server(item) }) { result.append(server) }
        }
        return result
    }

    /// Reads one Server Object.
    func server(_ node: YAMLNode) -> OpenAPI.Server? {
        guard let mapping = mapping(node, for: "server"), let url = requiredString(mapping, "url", in: "Server") else {
            return nil
        }
        var server = OpenAPI.Server(url: url, location: node.location)
        var ignored: OrderedDictionary<String, JSONValue> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "url", "name": break
            case "description": server.description = within(key) { string(entry.value, for: key) }
            case "variables":
                within(key) {
                    guard let variables = self.mapping(entry.value, for: key) else { return }
                    for variable in variables.entries {
                        within(variable.key.value) {
                            guard let fields = self.mapping(variable.value, for: variable.key.value) else { return }
                            let defaultValue = requiredString(fields, "default", in: "Server Variable") ?? ""
                            server.variables[variable.key.value] = OpenAPI.ServerVariable(
                                enumValues: fields["enum"].flatMap { node in
                                    within("enum") { strings(node, for: "enum") }
                                },
                                defaultValue: defaultValue,
                                description: fields["description"].flatMap { string($0, for: "description") })
                        }
                    }
                }
            default: unknownKey(entry, in: "Server", extensions: &ignored)
            }
        }
        return server
    }

    /// Reads `tags`.
    func tags(_ node: YAMLNode) -> [OpenAPI.Tag] {
        guard let sequence = sequence(node, for: "tags") else { return [] }
        var result: [OpenAPI.Tag] = []
        for (index, item) in sequence.items.enumerated() {
            within(String(index)) {
                guard let mapping = mapping(item, for: "tag"), let name = requiredString(mapping, "name", in: "Tag")
                else { return }
                var tag = OpenAPI.Tag(name: name)
                var ignored: OrderedDictionary<String, JSONValue> = [:]
                for entry in mapping.entries {
                    let key = entry.key.value
                    switch key {
                    case "name": break
                    case "summary": tag.summary = within(key) { describedString(entry.value, for: key) }
                    case "description": tag.description = within(key) { describedString(entry.value, for: key) }
                    case "parent": tag.parent = within(key) { string(entry.value, for: key) }
                    case "kind": tag.kind = within(key) { string(entry.value, for: key) }
                    case "externalDocs": tag.externalDocs = within(key) { externalDocs(entry.value) }
                    default: unknownKey(entry, in: "Tag", extensions: &ignored)
                    }
                }
                result.append(tag)
            }
        }
        return result
    }

    /// A string that some specs write as a `$ref` to a string elsewhere (DigitalOcean's tag descriptions).
    func describedString(_ node: YAMLNode, for what: String) -> String? {
        if case .mapping(let mapping) = node, let ref = mapping["$ref"]?.scalar,
            let target = try? ReferenceParser.target(of: ref.value, at: ref.location),
            let resolved = try? navigator.node(at: target, referencedAt: ref.location)
        {
            return string(resolved, for: what)
        }
        return string(node, for: what)
    }
}
