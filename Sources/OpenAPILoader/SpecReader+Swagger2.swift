import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

/// Swagger 2.0 read into the OpenAPI 3 model: `definitions` become component schemas, `body` and `formData`
/// parameters become request bodies (one media type per `consumes` entry), `schema` in responses becomes
/// `content` per `produces` entry, `securityDefinitions` become security schemes, and `host`/`basePath`/
/// `schemes` become servers. References keep their original pointers (`#/definitions/Pet`).
extension SpecReader {
    /// Reads the root object of a Swagger 2.0 document.
    func swaggerDocument(_ mapping: YAMLMapping, version: String, file: String) -> OpenAPI.Document {
        if let consumes = mapping["consumes"] {
            swaggerConsumes = within("consumes") { strings(consumes, for: "consumes") } ?? []
        }
        if let produces = mapping["produces"] {
            swaggerProduces = within("produces") { strings(produces, for: "produces") } ?? []
        }
        let info = within("info") { mapping["info"].flatMap { self.info($0) } } ?? OpenAPI.Info(title: "", version: "")
        if mapping["info"] == nil { error("missing required key 'info' in the Swagger document", at: mapping.location) }
        var document = OpenAPI.Document(
            openapi: version, specVersion: .swagger2, info: info, location: mapping.location)
        document.servers = swaggerServers(mapping)
        if let definitions = mapping["definitions"] {
            within("definitions") {
                guard let schemas = self.mapping(definitions, for: "definitions") else { return }
                for entry in schemas.entries {
                    let schema = within(entry.key.value) { self.schema(entry.value) }
                    document.components.schemas[entry.key.value] = schema
                    let target = ReferenceTarget(
                        file: file, pointer: "/definitions/" + ReferenceNavigator.escape(entry.key.value))
                    table.schemas[target] = schema
                    markRead(target, as: .schema)
                }
            }
        }
        if let parameters = mapping["parameters"] {
            within("parameters") {
                guard let entries = self.mapping(parameters, for: "parameters") else { return }
                for entry in entries.entries {
                    within(entry.key.value) {
                        guard let fields = self.mapping(entry.value, for: entry.key.value) else { return }
                        let target = ReferenceTarget(
                            file: file, pointer: "/parameters/" + ReferenceNavigator.escape(entry.key.value))
                        if fields["in"]?.scalar?.value == "body" {
                            if let body = swaggerBodyParameter(fields, consumes: swaggerConsumes) {
                                document.components.requestBodies[entry.key.value] = .value(body)
                                table.requestBodies[target] = body
                                markRead(target, as: .parameter)
                            }
                        } else if let parameter = swaggerParameter(fields) {
                            document.components.parameters[entry.key.value] = .value(parameter)
                            table.parameters[target] = parameter
                            markRead(target, as: .parameter)
                        }
                    }
                }
            }
        }
        if let responses = mapping["responses"] {
            within("responses") {
                guard let entries = self.mapping(responses, for: "responses") else { return }
                for entry in entries.entries {
                    guard let response = within(entry.key.value, { responseValue(entry.value) }) else { continue }
                    document.components.responses[entry.key.value] = .value(response)
                    let target = ReferenceTarget(
                        file: file, pointer: "/responses/" + ReferenceNavigator.escape(entry.key.value))
                    table.responses[target] = response
                    markRead(target, as: .response)
                }
            }
        }
        if let definitions = mapping["securityDefinitions"] {
            document.components.securitySchemes = within("securityDefinitions") {
                referenceableMap(
                    definitions, kind: .securityScheme, what: "securityDefinitions", read: securitySchemeValue)
            }
        }
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "swagger", "info", "host", "basePath", "schemes", "consumes", "produces", "definitions", "parameters",
                "responses", "securityDefinitions":
                break
            case "paths": document.paths = within(key) { pathItems(value, for: key) }
            case "security": document.security = within(key) { securityRequirements(value) }
            case "tags": document.tags = within(key) { tags(value) }
            case "externalDocs": document.externalDocs = within(key) { externalDocs(value) }
            default: unknownKey(entry, in: "the Swagger document", extensions: &document.extensions)
            }
        }
        return document
    }

    private func swaggerServers(_ mapping: YAMLMapping) -> [OpenAPI.Server] {
        let host = mapping["host"].flatMap { node in within("host") { string(node, for: "host") } }
        let basePath =
            mapping["basePath"].flatMap { node in within("basePath") { string(node, for: "basePath") } } ?? ""
        let schemes = mapping["schemes"].flatMap { node in within("schemes") { strings(node, for: "schemes") } } ?? []
        guard let host else {
            return basePath.isEmpty ? [] : [OpenAPI.Server(url: basePath, location: mapping.location)]
        }
        let location = mapping["host"]?.location ?? mapping.location
        return (schemes.isEmpty ? ["https"] : schemes).map {
            OpenAPI.Server(url: "\($0)://\(host)\(basePath)", location: location)
        }
    }

    /// Reads a Swagger 2.0 operation: parameters split into parameters and a request body.
    func readSwaggerOperation(
        _ mapping: YAMLMapping, pathParameters: YAMLNode?, into operation: inout OpenAPI.Operation
    ) {
        let consumes =
            mapping["consumes"].flatMap { node in within("consumes") { strings(node, for: "consumes") } }
            ?? swaggerConsumes
        let produces = mapping["produces"].flatMap { node in within("produces") { strings(node, for: "produces") } }
        let savedProduces = swaggerProduces
        if let produces { swaggerProduces = produces }
        defer { swaggerProduces = savedProduces }
        var formFields: [(name: String, schema: OpenAPI.Schema, required: Bool, location: SourceLocation)] = []
        var seen: Set<String> = []
        let own = mapping["parameters"].map { node in within("parameters") { swaggerParameterNodes(node) } } ?? []
        let inherited = pathParameters.map { swaggerParameterNodes($0) } ?? []
        for (item, resolved) in own + inherited {
            guard let fields = resolved else { continue }
            let name = fields["name"]?.scalar?.value ?? ""
            let place = fields["in"]?.scalar?.value ?? ""
            guard seen.insert(place + "\u{0}" + name).inserted else { continue }
            switch place {
            case "body":
                if case .mapping(let written) = item, let reference = reference(in: written, kind: .requestBody) {
                    operation.requestBody = .reference(reference)
                } else if let body = swaggerBodyParameter(fields, consumes: consumes) {
                    operation.requestBody = .value(body)
                }
            case "formData":
                var schema = swaggerSimpleSchema(fields)
                schema.description = fields["description"]?.scalar?.value
                formFields.append((name, schema, fields["required"]?.scalar?.boolValue ?? false, fields.location))
            default:
                if case .mapping(let written) = item, written.entry("$ref") != nil {
                    if let reference = reference(in: written, kind: .parameter) {
                        operation.parameters.append(.reference(reference))
                    }
                } else if let parameter = swaggerParameter(fields) {
                    operation.parameters.append(.value(parameter))
                }
            }
        }
        if !formFields.isEmpty {
            var schema = OpenAPI.Schema(location: formFields[0].location)
            schema.types = [.object]
            for field in formFields {
                schema.properties[field.name] = field.schema
                if field.required { schema.required.append(field.name) }
            }
            var body = OpenAPI.RequestBody(location: formFields[0].location)
            body.required = formFields.contains { $0.required }
            let formTypes = consumes.filter { $0.hasPrefix("multipart/") || $0 == "application/x-www-form-urlencoded" }
            let hasFile = formFields.contains { $0.schema.format == "binary" }
            let mediaTypes =
                formTypes.isEmpty ? [hasFile ? "multipart/form-data" : "application/x-www-form-urlencoded"] : formTypes
            for mediaType in mediaTypes {
                var media = OpenAPI.MediaType(location: formFields[0].location)
                media.schema = schema
                body.content[mediaType] = media
            }
            operation.requestBody = .value(body)
        }
        for entry in mapping.entries {
            if readSharedOperationField(entry, into: &operation) { continue }
            switch entry.key.value {
            case "parameters", "consumes", "produces", "schemes": break
            default: unknownKey(entry, in: "Operation", extensions: &operation.extensions)
            }
        }
    }

    /// Each written parameter with the mapping it stands for (following a `$ref`); nil where it cannot be read.
    private func swaggerParameterNodes(_ node: YAMLNode) -> [(YAMLNode, YAMLMapping?)] {
        guard let sequence = sequence(node, for: "parameters") else { return [] }
        return sequence.items.enumerated().map { index, item in
            within(String(index)) {
                guard let mapping = mapping(item, for: "parameter") else { return (item, nil) }
                guard let ref = mapping["$ref"]?.scalar else { return (item, mapping) }
                guard let target = try? ReferenceParser.target(of: ref.value, at: ref.location),
                    let resolved = try? navigator.node(at: target, referencedAt: ref.location)
                else { return (item, nil) }
                return (item, resolved.mapping)
            }
        }
    }

    /// Reads a Swagger 2.0 non-body parameter.
    func swaggerParameter(_ mapping: YAMLMapping) -> OpenAPI.Parameter? {
        guard let name = requiredString(mapping, "name", in: "Parameter"),
            let place = requiredString(mapping, "in", in: "Parameter")
        else { return nil }
        guard let location = OpenAPI.ParameterLocation(rawValue: place), location != .cookie, location != .querystring
        else {
            within("in") {
                error(
                    "expected one of 'query', 'header', 'path', 'formData', 'body' for 'in', found '\(place)'",
                    at: mapping["in"]?.location ?? mapping.location)
            }
            return nil
        }
        var parameter = OpenAPI.Parameter(name: name, location: location, sourceLocation: mapping.location)
        parameter.description = mapping["description"].flatMap { node in
            within("description") { string(node, for: "description") }
        }
        parameter.required =
            mapping["required"].flatMap { node in within("required") { bool(node, for: "required") } } ?? false
        if location == .path { parameter.required = true }
        parameter.allowEmptyValue = mapping["allowEmptyValue"]?.scalar?.boolValue ?? false
        parameter.schema = swaggerSimpleSchema(mapping)
        switch mapping["collectionFormat"]?.scalar?.value {
        case nil, "csv":
            if parameter.schema?.types == [.array] {
                parameter.style = location == .query ? .form : .simple
                parameter.explode = false
            }
        case "ssv": (parameter.style, parameter.explode) = (.spaceDelimited, false)
        case "pipes": (parameter.style, parameter.explode) = (.pipeDelimited, false)
        case "multi": (parameter.style, parameter.explode) = (.form, true)
        case let other?:
            within("collectionFormat") {
                warning(
                    "collectionFormat '\(other)' has no OpenAPI 3 equivalent; the parameter is read as comma-separated",
                    at: mapping["collectionFormat"]?.location ?? mapping.location)
            }
        }
        for entry in mapping.entries where entry.key.value.hasPrefix("x-") {
            parameter.extensions[entry.key.value] = json(entry.value)
        }
        return parameter
    }

    /// The schema of a Swagger 2.0 parameter, header or items object (`type`, `format`, `items`, `enum`, …).
    func swaggerSimpleSchema(_ mapping: YAMLMapping) -> OpenAPI.Schema {
        var fields = mapping.entries.filter {
            !["name", "in", "description", "required", "collectionFormat", "allowEmptyValue"].contains($0.key.value)
        }
        var isFile = false
        if let index = fields.firstIndex(where: { $0.key.value == "type" }), fields[index].value.scalar?.value == "file"
        {
            isFile = true
            fields.remove(at: index)
        }
        var schema = self.schema(.mapping(YAMLMapping(entries: fields, location: mapping.location)))
        if isFile {
            schema.types = [.string]
            schema.format = "binary"
        }
        return schema
    }

    /// Reads a Swagger 2.0 body parameter as a request body with one media type per `consumes` entry.
    func swaggerBodyParameter(_ mapping: YAMLMapping, consumes: [String]) -> OpenAPI.RequestBody? {
        var body = OpenAPI.RequestBody(location: mapping.location)
        body.description = mapping["description"].flatMap { node in
            within("description") { string(node, for: "description") }
        }
        body.required = mapping["required"]?.scalar?.boolValue ?? false
        guard let schemaNode = mapping["schema"] else {
            error("missing required key 'schema' in a body Parameter", at: mapping.location)
            return nil
        }
        let schema = within("schema") { self.schema(schemaNode) }
        for mediaType in consumes.isEmpty ? ["application/json"] : consumes {
            var media = OpenAPI.MediaType(location: schemaNode.location)
            media.schema = schema
            body.content[mediaType] = media
        }
        return body
    }

    /// Reads a Swagger 2.0 response: `schema` becomes content for every `produces` type.
    func swaggerResponse(_ mapping: YAMLMapping) -> OpenAPI.Response {
        var response = OpenAPI.Response(
            description: mapping["description"].flatMap { node in
                within("description") { string(node, for: "description") }
            } ?? "",
            location: mapping.location)
        let schema = mapping["schema"].map { node in within("schema") { self.schema(node) } }
        var examples: OrderedDictionary<String, JSONValue> = [:]
        if let node = mapping["examples"], case .object(let values) = json(node) { examples = values }
        if let schema {
            for mediaType in swaggerProduces.isEmpty ? ["application/json"] : swaggerProduces {
                var media = OpenAPI.MediaType(location: schema.location)
                media.schema = schema
                media.example = examples[mediaType]
                response.content[mediaType] = media
            }
        }
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "description", "schema", "examples": break
            case "headers":
                response.headers = within(key) {
                    referenceableMap(entry.value, kind: .header, what: key, read: headerValue)
                }
            default: unknownKey(entry, in: "Response", extensions: &response.extensions)
            }
        }
        return response
    }
}
