import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

extension SpecReader {
    /// Reads `paths` or `webhooks`: template → path item (inline or `$ref`).
    func pathItems(_ node: YAMLNode, for what: String) -> OrderedDictionary<
        String, OpenAPI.Referenceable<OpenAPI.PathItem>
    > {
        guard let mapping = mapping(node, for: what) else { return [:] }
        var result = OrderedDictionary<String, OpenAPI.Referenceable<OpenAPI.PathItem>>(
            minimumCapacity: mapping.entries.count)
        for entry in mapping.entries {
            let key = entry.key.value
            if key.hasPrefix("x-") { continue }
            within(key) {
                if what == "paths", !key.hasPrefix("/") {
                    error("expected a path starting with '/', found '\(key)'", at: entry.key.location)
                    return
                }
                if let item = referenceable(entry.value, kind: .pathItem, what: key, read: pathItemValue) {
                    result[key] = item
                }
            }
        }
        return result
    }

    /// Reads a Path Item Object (a `$ref` beside other fields is followed: its operations are merged in).
    func pathItemValue(_ node: YAMLNode) -> OpenAPI.PathItem? {
        guard let mapping = mapping(node, for: "path item") else { return nil }
        var item = OpenAPI.PathItem(location: node.location)
        for entry in mapping.entries {
            let key = entry.key.value
            if let method = OpenAPI.HTTPMethod(rawValue: key) {
                if let operation = within(key, { operationValue(entry.value, pathParameters: mapping["parameters"]) }) {
                    item.operations[method] = operation
                }
                continue
            }
            switch key {
            case "summary": item.summary = within(key) { string(entry.value, for: key) }
            case "description": item.description = within(key) { string(entry.value, for: key) }
            case "servers": item.servers = within(key) { servers(entry.value) }
            case "parameters":
                if dialect != .swagger2 { item.parameters = within(key) { parameterList(entry.value) } }
            case "$ref":
                // A path item `$ref` with siblings: read the target and merge what this item lacks.
                if let reference = reference(in: mapping, kind: .pathItem),
                    let target = try? navigator.node(at: reference.target, referencedAt: reference.location),
                    let resolved = at(reference.target.tokens, { pathItemValue(target) })
                {
                    for (method, operation) in resolved.operations where item.operations[method] == nil {
                        item.operations[method] = operation
                    }
                    if item.parameters.isEmpty { item.parameters = resolved.parameters }
                }
            case "additionalOperations":
                within(key) {
                    guard let operations = self.mapping(entry.value, for: key) else { return }
                    for operation in operations.entries {
                        within(operation.key.value) {
                            warning(
                                "the additional operation '\(operation.key.value)' (OpenAPI 3.2) is not supported; it is ignored",
                                at: operation.key.location)
                        }
                    }
                }
            default: unknownKey(entry, in: "Path Item", extensions: &item.extensions)
            }
        }
        return item
    }

    /// Reads an Operation Object. `pathParameters` are the path item's (Swagger 2.0 merges them here).
    func operationValue(_ node: YAMLNode, pathParameters: YAMLNode?) -> OpenAPI.Operation? {
        guard let mapping = mapping(node, for: "operation") else { return nil }
        var operation = OpenAPI.Operation(location: node.location)
        if dialect == .swagger2 {
            readSwaggerOperation(mapping, pathParameters: pathParameters, into: &operation)
            return operation
        }
        for entry in mapping.entries {
            if readSharedOperationField(entry, into: &operation) { continue }
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "parameters": operation.parameters = within(key) { parameterList(value) }
            case "requestBody":
                operation.requestBody = within(key) {
                    referenceable(value, kind: .requestBody, what: key, read: requestBodyValue)
                }
            case "callbacks":
                operation.callbacks = within(key) {
                    referenceableMap(value, kind: .callback, what: key, read: callbackValue)
                }
            case "servers": operation.servers = within(key) { servers(value) }
            default: unknownKey(entry, in: "Operation", extensions: &operation.extensions)
            }
        }
        return operation
    }

    /// Reads the operation fields Swagger 2.0 and OpenAPI 3 share; false when `entry` is not one of them.
    func readSharedOperationField(_ entry: YAMLMapping.Entry, into operation: inout OpenAPI.Operation) -> Bool {
        let key = entry.key.value
        let value = entry.value
        switch key {
        case "tags": operation.tags = within(key) { strings(value, for: key) } ?? []
        case "summary": operation.summary = within(key) { string(value, for: key) }
        case "description": operation.description = within(key) { string(value, for: key) }
        case "externalDocs": operation.externalDocs = within(key) { externalDocs(value) }
        case "operationId": operation.operationId = within(key) { string(value, for: key) }
        case "responses": operation.responses = within(key) { responses(value) }
        case "deprecated": operation.deprecated = within(key) { bool(value, for: key) } ?? false
        case "security": operation.security = within(key) { securityRequirements(value) }
        default: return false
        }
        return true
    }

    /// Reads `responses`: status code, range (`2XX`) or `default` → response.
    func responses(_ node: YAMLNode) -> OrderedDictionary<OpenAPI.ResponseKey, OpenAPI.Referenceable<OpenAPI.Response>>
    {
        guard let mapping = mapping(node, for: "responses") else { return [:] }
        var result: OrderedDictionary<OpenAPI.ResponseKey, OpenAPI.Referenceable<OpenAPI.Response>> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            if key.hasPrefix("x-") { continue }
            within(key) {
                guard let responseKey = Self.responseKey(key) else {
                    error(
                        "expected a status code (100–599), a range such as '2XX' or 'default' as a response key, "
                            + "found '\(key)'",
                        at: entry.key.location)
                    return
                }
                if let response = referenceable(entry.value, kind: .response, what: key, read: responseValue) {
                    result[responseKey] = response
                }
            }
        }
        return result
    }

    static func responseKey(_ key: String) -> OpenAPI.ResponseKey? {
        if key == "default" { return .default }
        let utf8 = Array(key.utf8)
        guard utf8.count == 3, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(utf8[0]) else { return nil }
        let hundreds = Int(utf8[0] - UInt8(ascii: "0"))
        if (utf8[1] == UInt8(ascii: "X") || utf8[1] == UInt8(ascii: "x"))
            && (utf8[2] == UInt8(ascii: "X") || utf8[2] == UInt8(ascii: "x"))
        {
            return .range(hundreds)
        }
        guard let code = Int(key) else { return nil }
        return .status(code)
    }

    /// Reads a Response Object.
    func responseValue(_ node: YAMLNode) -> OpenAPI.Response? {
        guard let mapping = mapping(node, for: "response") else { return nil }
        if dialect == .swagger2 { return swaggerResponse(mapping) }
        var response = OpenAPI.Response(description: "", location: node.location)
        var sawDescription = false
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "description":
                sawDescription = true
                response.description = within(key) { string(value, for: key) } ?? ""
            case "headers":
                response.headers = within(key) { referenceableMap(value, kind: .header, what: key, read: headerValue) }
            case "content": response.content = within(key) { content(value) }
            case "links":
                response.links = within(key) { referenceableMap(value, kind: .link, what: key, read: linkValue) }
            case "summary": break
            default: unknownKey(entry, in: "Response", extensions: &response.extensions)
            }
        }
        if !sawDescription && dialect == .v3_0 {
            warning("missing key 'description' in Response (required by OpenAPI 3.0)", at: node.location)
        }
        return response
    }

    /// Reads a Request Body Object.
    func requestBodyValue(_ node: YAMLNode) -> OpenAPI.RequestBody? {
        guard let mapping = mapping(node, for: "requestBody") else { return nil }
        var body = OpenAPI.RequestBody(location: node.location)
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "description": body.description = within(key) { string(entry.value, for: key) }
            case "content": body.content = within(key) { content(entry.value) }
            case "required": body.required = within(key) { bool(entry.value, for: key) } ?? false
            default: unknownKey(entry, in: "Request Body", extensions: &body.extensions)
            }
        }
        return body
    }

    /// Reads `content`: media type → Media Type Object.
    func content(_ node: YAMLNode) -> OrderedDictionary<String, OpenAPI.MediaType> {
        guard let mapping = mapping(node, for: "content") else { return [:] }
        var result = OrderedDictionary<String, OpenAPI.MediaType>(minimumCapacity: mapping.entries.count)
        for entry in mapping.entries {
            if let media = within(entry.key.value, { mediaType(entry.value) }) { result[entry.key.value] = media }
        }
        return result
    }

    private func mediaType(_ node: YAMLNode) -> OpenAPI.MediaType? {
        guard let mapping = mapping(node, for: "media type") else { return nil }
        var media = OpenAPI.MediaType(location: node.location)
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "schema": media.schema = within(key) { schema(value) }
            case "itemSchema": media.itemSchema = within(key) { schema(value) }
            case "example": media.example = json(value)
            case "examples":
                media.examples = within(key) { referenceableMap(value, kind: .example, what: key, read: exampleValue) }
            case "encoding":
                within(key) {
                    guard let encodings = self.mapping(value, for: key) else { return }
                    for pair in encodings.entries {
                        if let encoding = within(pair.key.value, { self.encoding(pair.value) }) {
                            media.encoding[pair.key.value] = encoding
                        }
                    }
                }
            default: unknownKey(entry, in: "Media Type", extensions: &media.extensions)
            }
        }
        return media
    }

    private func encoding(_ node: YAMLNode) -> OpenAPI.Encoding? {
        guard let mapping = mapping(node, for: "encoding") else { return nil }
        var encoding = OpenAPI.Encoding(location: node.location)
        var ignored: OrderedDictionary<String, JSONValue> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "contentType": encoding.contentType = within(key) { string(entry.value, for: key) }
            case "headers":
                encoding.headers = within(key) {
                    referenceableMap(entry.value, kind: .header, what: key, read: headerValue)
                }
            case "style": encoding.style = within(key) { style(entry.value) }
            case "explode": encoding.explode = within(key) { bool(entry.value, for: key) }
            case "allowReserved": encoding.allowReserved = within(key) { bool(entry.value, for: key) } ?? false
            default: unknownKey(entry, in: "Encoding", extensions: &ignored)
            }
        }
        return encoding
    }

    /// Reads a Callback Object.
    func callbackValue(_ node: YAMLNode) -> OpenAPI.Callback? {
        guard let mapping = mapping(node, for: "callback") else { return nil }
        var items: OrderedDictionary<String, OpenAPI.Referenceable<OpenAPI.PathItem>> = [:]
        for entry in mapping.entries where !entry.key.value.hasPrefix("x-") {
            within(entry.key.value) {
                if let item = referenceable(entry.value, kind: .pathItem, what: entry.key.value, read: pathItemValue) {
                    items[entry.key.value] = item
                }
            }
        }
        return OpenAPI.Callback(pathItems: items, location: node.location)
    }

    /// Reads an Example Object.
    func exampleValue(_ node: YAMLNode) -> OpenAPI.Example? {
        guard let mapping = mapping(node, for: "example") else { return nil }
        var example = OpenAPI.Example(location: node.location)
        var ignored: OrderedDictionary<String, JSONValue> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "summary": example.summary = within(key) { string(entry.value, for: key) }
            case "description": example.description = within(key) { string(entry.value, for: key) }
            case "value", "dataValue": example.value = json(entry.value)
            case "externalValue": example.externalValue = within(key) { string(entry.value, for: key) }
            case "serializedValue": break
            default: unknownKey(entry, in: "Example", extensions: &ignored)
            }
        }
        return example
    }

    /// Reads a Link Object.
    func linkValue(_ node: YAMLNode) -> OpenAPI.Link? {
        guard let mapping = mapping(node, for: "link") else { return nil }
        var link = OpenAPI.Link(location: node.location)
        var ignored: OrderedDictionary<String, JSONValue> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "operationRef": link.operationRef = within(key) { string(entry.value, for: key) }
            case "operationId": link.operationId = within(key) { string(entry.value, for: key) }
            case "parameters":
                if case .object(let parameters) = json(entry.value) { link.parameters = parameters }
            case "requestBody": link.requestBody = json(entry.value)
            case "description": link.description = within(key) { string(entry.value, for: key) }
            case "server": link.server = within(key) { server(entry.value) }
            default: unknownKey(entry, in: "Link", extensions: &ignored)
            }
        }
        return link
    }
}
