import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

extension SpecReader {
    /// Reads a `parameters` list of inline or referenced parameters.
    func parameterList(_ node: YAMLNode) -> [OpenAPI.Referenceable<OpenAPI.Parameter>] {
        guard let sequence = sequence(node, for: "parameters") else { return [] }
        var result: [OpenAPI.Referenceable<OpenAPI.Parameter>] = []
        result.reserveCapacity(sequence.items.count)
        for (index, item) in sequence.items.enumerated() {
            within(String(index)) {
                if let parameter = referenceable(item, kind: .parameter, what: "parameter", read: parameterValue) {
                    result.append(parameter)
                }
            }
        }
        return result
    }

    /// Reads a Parameter Object (OpenAPI 3; Swagger 2.0 parameters go through `swaggerParameter`).
    func parameterValue(_ node: YAMLNode) -> OpenAPI.Parameter? {
        guard let mapping = mapping(node, for: "parameter") else { return nil }
        if dialect == .swagger2 { return swaggerParameter(mapping) }
        guard let name = requiredString(mapping, "name", in: "Parameter"),
            let locationText = requiredString(mapping, "in", in: "Parameter")
        else { return nil }
        guard let location = OpenAPI.ParameterLocation(rawValue: locationText) else {
            within("in") {
                error(
                    "expected one of 'query', 'header', 'path', 'cookie' for 'in', found '\(locationText)'",
                    at: mapping["in"]?.location ?? node.location)
            }
            return nil
        }
        var parameter = OpenAPI.Parameter(name: name, location: location, sourceLocation: node.location)
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "name", "in": break
            case "description": parameter.description = within(key) { string(value, for: key) }
            case "required": parameter.required = within(key) { bool(value, for: key) } ?? false
            case "deprecated": parameter.deprecated = within(key) { bool(value, for: key) } ?? false
            case "allowEmptyValue": parameter.allowEmptyValue = within(key) { bool(value, for: key) } ?? false
            case "style": parameter.style = within(key) { style(value) }
            case "explode": parameter.explode = within(key) { bool(value, for: key) }
            case "allowReserved": parameter.allowReserved = within(key) { bool(value, for: key) } ?? false
            case "schema": parameter.schema = within(key) { schema(value) }
            case "content": parameter.content = within(key) { content(value) }
            case "example": parameter.example = json(value)
            case "examples":
                parameter.examples = within(key) {
                    referenceableMap(value, kind: .example, what: key, read: exampleValue)
                }
            default: unknownKey(entry, in: "Parameter", extensions: &parameter.extensions)
            }
        }
        if location == .path && !parameter.required {
            warning("path parameter '\(name)' must be required; it is treated as required", at: node.location)
            parameter.required = true
        }
        return parameter
    }

    /// Reads a Header Object.
    func headerValue(_ node: YAMLNode) -> OpenAPI.Header? {
        guard let mapping = mapping(node, for: "header") else { return nil }
        var header = OpenAPI.Header(location: node.location)
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "description": header.description = within(key) { string(value, for: key) }
            case "required": header.required = within(key) { bool(value, for: key) } ?? false
            case "deprecated": header.deprecated = within(key) { bool(value, for: key) } ?? false
            case "style": header.style = within(key) { style(value) }
            case "explode": header.explode = within(key) { bool(value, for: key) }
            case "schema": header.schema = within(key) { schema(value) }
            case "content": header.content = within(key) { content(value) }
            case "example": header.example = json(value)
            case "examples":
                header.examples = within(key) { referenceableMap(value, kind: .example, what: key, read: exampleValue) }
            case "type", "format", "items", "collectionFormat", "enum", "default", "minimum", "maximum", "pattern",
                "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "multipleOf", "exclusiveMinimum",
                "exclusiveMaximum":
                if dialect == .swagger2 {
                    if header.schema == nil { header.schema = swaggerSimpleSchema(mapping) }
                } else {
                    unknownKey(entry, in: "Header", extensions: &header.extensions)
                }
            default: unknownKey(entry, in: "Header", extensions: &header.extensions)
            }
        }
        return header
    }

    /// Reads `style`.
    func style(_ node: YAMLNode) -> OpenAPI.ParameterStyle? {
        guard let text = string(node, for: "style") else { return nil }
        if let style = OpenAPI.ParameterStyle(rawValue: text) { return style }
        error(
            "expected one of 'matrix', 'label', 'form', 'simple', 'spaceDelimited', 'pipeDelimited', 'deepObject' "
                + "for 'style', found '\(text)'",
            at: node.location)
        return nil
    }

    /// A required string member, or an error naming the object.
    func requiredString(_ mapping: YAMLMapping, _ key: String, in object: String) -> String? {
        guard let node = mapping[key] else {
            error("missing required key '\(key)' in \(object)", at: mapping.location)
            return nil
        }
        return within(key) { string(node, for: key) }
    }
}
