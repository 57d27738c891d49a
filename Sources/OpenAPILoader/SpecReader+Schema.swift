import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

extension SpecReader {
    /// Reads a Schema Object. Booleans are 3.1 boolean schemas (`true` accepts anything, `false` nothing).
    func schema(_ node: YAMLNode) -> OpenAPI.Schema {
        var schema = OpenAPI.Schema(location: node.location)
        switch node {
        case .mapping(let mapping):
            readSchemaKeywords(mapping, into: &schema)
        case .scalar(let scalar) where scalar.kind == .boolean:
            if scalar.boolValue == false { schema.not = OpenAPI.Schema(location: node.location) }
        default:
            error("expected a schema (a mapping), found \(Self.found(node))", at: node.location)
        }
        return schema
    }

    private func readSchemaKeywords(_ mapping: YAMLMapping, into schema: inout OpenAPI.Schema) {
        var exclusiveMinimumFlag = false
        var exclusiveMaximumFlag = false
        var constIsNull = false
        for entry in mapping.entries {
            let key = entry.key.value
            let value = entry.value
            switch SchemaKeyword.table[key] {
            case .ref?:
                if let reference = reference(in: mapping, kind: .schema) {
                    schema.ref = reference
                    if dialect == .v3_0 || dialect == .swagger2, mapping.entries.count > 1 {
                        // 3.0 ignores siblings of $ref; keep description/nullable which tools commonly honour.
                    }
                }
            case .type?:
                within(key) { readType(value, into: &schema) }
            case .nullable?, .xNullable?:
                if let flag = within(key, { bool(value, for: key) }) { schema.nullable = schema.nullable || flag }
                if key == "x-nullable" { schema.extensions[key] = json(value) }
            case .format?: schema.format = within(key) { string(value, for: key) }
            case .title?: schema.title = within(key) { string(value, for: key) }
            case .description?: schema.description = within(key) { string(value, for: key) }
            case .`default`?: schema.defaultValue = json(value)
            case .example?: schema.example = json(value)
            case .examples?:
                if case .sequence(let sequence) = value {
                    schema.examples = sequence.items.map(json)
                    if schema.example == nil { schema.example = schema.examples?.first }
                } else {
                    schema.otherKeywords[key] = json(value)
                }
            case .`enum`?:
                if let sequence = within(key, { self.sequence(value, for: key) }) {
                    schema.enumValues = sequence.items.map(json)
                }
            case .const?:
                let constant = json(value)
                schema.constValue = constant
                if case .null = constant { constIsNull = true }
            case .properties?:
                within(key) { schema.properties = schemaMap(value, for: key) }
            case .required?:
                if case .scalar(let scalar) = value, scalar.kind == .boolean {
                    within(key) {
                        warning(
                            "expected a sequence of property names for 'required', found a boolean "
                                + "(a property's own 'required: true' is not valid in a schema); it is ignored",
                            at: value.location)
                    }
                } else if let names = within(key, { strings(value, for: key) }) {
                    schema.required = names
                }
            case .additionalProperties?:
                within(key) {
                    if case .scalar(let scalar) = value, let flag = scalar.boolValue {
                        schema.additionalProperties = .allowed(flag)
                    } else {
                        schema.additionalProperties = .schema(self.schema(value))
                    }
                }
            case .patternProperties?: within(key) { schema.patternProperties = schemaMap(value, for: key) }
            case .propertyNames?: schema.propertyNames = within(key) { self.schema(value) }
            case .minProperties?: schema.minProperties = within(key) { count(value, for: key) }
            case .maxProperties?: schema.maxProperties = within(key) { count(value, for: key) }
            case .items?:
                within(key) {
                    if case .sequence = value {
                        schema.prefixItems = schemaList(value, for: key)
                    } else {
                        schema.items = self.schema(value)
                    }
                }
            case .prefixItems?: schema.prefixItems = within(key) { schemaList(value, for: key) }
            case .contains?: schema.contains = within(key) { self.schema(value) }
            case .minItems?: schema.minItems = within(key) { count(value, for: key) }
            case .maxItems?: schema.maxItems = within(key) { count(value, for: key) }
            case .uniqueItems?: schema.uniqueItems = within(key) { bool(value, for: key) } ?? false
            case .allOf?: schema.allOf = within(key) { schemaList(value, for: key) }
            case .oneOf?: schema.oneOf = within(key) { schemaList(value, for: key) }
            case .anyOf?: schema.anyOf = within(key) { schemaList(value, for: key) }
            case .`not`?: schema.not = within(key) { self.schema(value) }
            case .discriminator?: schema.discriminator = within(key) { discriminator(value) }
            case .readOnly?: schema.readOnly = within(key) { bool(value, for: key) } ?? false
            case .writeOnly?: schema.writeOnly = within(key) { bool(value, for: key) } ?? false
            case .deprecated?: schema.deprecated = within(key) { bool(value, for: key) } ?? false
            case .multipleOf?: schema.multipleOf = within(key) { number(value, for: key) }
            case .minimum?: schema.minimum = within(key) { number(value, for: key) }
            case .maximum?: schema.maximum = within(key) { number(value, for: key) }
            case .exclusiveMinimum?, .exclusiveMaximum?:
                within(key) {
                    if case .scalar(let scalar) = value, let flag = scalar.boolValue {
                        if key == "exclusiveMinimum" {
                            exclusiveMinimumFlag = flag
                        } else {
                            exclusiveMaximumFlag = flag
                        }
                    } else if let bound = number(value, for: key) {
                        if key == "exclusiveMinimum" {
                            schema.exclusiveMinimum = bound
                        } else {
                            schema.exclusiveMaximum = bound
                        }
                    }
                }
            case .minLength?: schema.minLength = within(key) { count(value, for: key) }
            case .maxLength?: schema.maxLength = within(key) { count(value, for: key) }
            case .pattern?: schema.pattern = within(key) { string(value, for: key) }
            case .contentEncoding?: schema.contentEncoding = within(key) { string(value, for: key) }
            case .contentMediaType?: schema.contentMediaType = within(key) { string(value, for: key) }
            case .externalDocs?: schema.externalDocs = within(key) { externalDocs(value) }
            case .xml?: schema.xml = json(value)
            default:
                if key.hasPrefix("x-") {
                    schema.extensions[key] = json(value)
                } else {
                    schema.otherKeywords[key] = json(value)
                }
            }
        }
        if exclusiveMinimumFlag, let minimum = schema.minimum {
            schema.exclusiveMinimum = minimum
            schema.minimum = nil
        }
        if exclusiveMaximumFlag, let maximum = schema.maximum {
            schema.exclusiveMaximum = maximum
            schema.maximum = nil
        }
        if constIsNull {
            schema.nullable = true
            if schema.types == nil { schema.types = [] }
        }
    }

    private func readType(_ node: YAMLNode, into schema: inout OpenAPI.Schema) {
        switch node {
        case .scalar(let scalar):
            if scalar.value == "null" || scalar.kind == .null {
                schema.types = []
                schema.nullable = true
            } else if let type = jsonType(scalar) {
                schema.types = [type]
            }
        case .sequence(let sequence):
            var types: [OpenAPI.JSONType] = []
            for (index, item) in sequence.items.enumerated() {
                within(String(index)) {
                    guard case .scalar(let scalar) = item else {
                        error("expected a type name, found \(Self.found(item))", at: item.location)
                        return
                    }
                    if scalar.value == "null" {
                        schema.nullable = true
                    } else if let type = jsonType(scalar), !types.contains(type) {
                        types.append(type)
                    }
                }
            }
            schema.types = types
        case .mapping:
            error("expected a type name or a sequence of type names for 'type', found a mapping", at: node.location)
        }
    }

    private func jsonType(_ scalar: YAMLScalar) -> OpenAPI.JSONType? {
        if let type = OpenAPI.JSONType(rawValue: scalar.value) { return type }
        if dialect == .swagger2 && scalar.value == "file" { return .string }
        error(
            "expected one of 'string', 'number', 'integer', 'boolean', 'array', 'object', 'null' for 'type', "
                + "found '\(scalar.value)'",
            at: scalar.location)
        return nil
    }

    /// Reads a mapping of name → schema (`properties`, `components/schemas`).
    func schemaMap(_ node: YAMLNode, for what: String) -> OrderedDictionary<String, OpenAPI.Schema> {
        guard let mapping = mapping(node, for: what) else { return [:] }
        var result = OrderedDictionary<String, OpenAPI.Schema>(minimumCapacity: mapping.entries.count)
        for entry in mapping.entries {
            result[entry.key.value] = within(entry.key.value) { schema(entry.value) }
        }
        return result
    }

    /// Reads a sequence of schemas (`allOf`, `prefixItems`).
    func schemaList(_ node: YAMLNode, for what: String) -> [OpenAPI.Schema]? {
        guard let sequence = sequence(node, for: what) else { return nil }
        var result: [OpenAPI.Schema] = []
        result.reserveCapacity(sequence.items.count)
        for (index, item) in sequence.items.enumerated() {
            result.append(within(String(index)) { schema(item) })
        }
        return result
    }

    private func discriminator(_ node: YAMLNode) -> OpenAPI.Discriminator? {
        if dialect == .swagger2, case .scalar = node {
            guard let name = string(node, for: "discriminator") else { return nil }
            return OpenAPI.Discriminator(propertyName: name, mapping: [:], location: node.location)
        }
        guard let mapping = mapping(node, for: "discriminator") else { return nil }
        var propertyName: String?
        var references: OrderedDictionary<String, OpenAPI.Reference> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "propertyName": propertyName = within(key) { string(entry.value, for: key) }
            case "mapping":
                within(key) {
                    guard let pairs = self.mapping(entry.value, for: key) else { return }
                    for pair in pairs.entries {
                        within(pair.key.value) {
                            guard let raw = string(pair.value, for: pair.key.value) else { return }
                            references[pair.key.value] = discriminatorReference(raw, at: pair.value.location)
                        }
                    }
                }
            case "defaultMapping": break
            default:
                var ignored: OrderedDictionary<String, JSONValue> = [:]
                unknownKey(entry, in: "Discriminator", extensions: &ignored)
            }
        }
        guard let propertyName else {
            error("missing required key 'propertyName' in Discriminator", at: node.location)
            return nil
        }
        return OpenAPI.Discriminator(propertyName: propertyName, mapping: references, location: node.location)
    }

    /// A discriminator mapping value is a reference or a bare schema name (`Cat` → `#/components/schemas/Cat`).
    private func discriminatorReference(_ raw: String, at location: SourceLocation) -> OpenAPI.Reference? {
        let written =
            raw.utf8.contains { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }
            ? raw : "#/components/schemas/\(raw)"
        do {
            let target = try ReferenceParser.target(of: written, at: location)
            _ = try navigator.node(at: target, referencedAt: location)
            enqueue(target, as: .schema, referencedAt: location)
            return OpenAPI.Reference(raw: raw, target: target, location: location)
        } catch {
            diagnostics.emit(error)
            return nil
        }
    }

    /// Reads `externalDocs`.
    func externalDocs(_ node: YAMLNode) -> OpenAPI.ExternalDocumentation? {
        guard let mapping = mapping(node, for: "externalDocs") else { return nil }
        let url = mapping["url"].flatMap { node in within("url") { string(node, for: "url") } } ?? ""
        let description = mapping["description"].flatMap { node in
            within("description") { string(node, for: "description") }
        }
        return OpenAPI.ExternalDocumentation(description: description, url: url)
    }
}
