import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// Struct declarations: properties, their types, defaults and documentation.
extension ModelBuilder {
    // MARK: Structs

    /// Member names generated code cannot use: `self` would hide the instance in the initializer, `init` and
    /// `Type` clash with the language, `encode` with `encode(to:)`.
    static let reservedMemberNames: Set<String> = ["self", "init", "Type", "Protocol", "encode"]

    func structContext(
        name: String, path: String, object: FlatObject, documentation: [String], isDeprecated: Bool,
        scope: Scope
    ) -> StructContext {
        // The names the user chose for the component schema's own struct come first.
        let chosen = path == currentTop ? currentTopKey.map(overrides.propertyNames(forSchema:)) ?? [:] : [:]
        var memberNamer = UniqueNamer(reserved: Self.reservedMemberNames.union(chosen.values))
        var properties: [PropertyContext] = []
        for (key, schema) in object.properties {
            let swiftName = chosen[key] ?? memberNamer.claim(names.memberName(key)).name
            // An inline type is named after the property: its chosen name when there is one.
            let hint = chosen[key].map { NameOverrides.typeName(ofMember: $0) } ?? names.typeName(key)
            var use = typeUse(for: schema, hint: hint, scope: scope)
            if currentTopIsMultipart, path == currentTop, !formats.overrides("binary") {
                // The parts of a multipart body: binary ones are files with a name and a content type.
                if use.expression == "Foundation.Data", schema.format == "binary" {
                    use.expression = "MultipartFile"
                } else if use.expression == "[Foundation.Data]", schema.items?.format == "binary" {
                    use.expression = "[MultipartFile]"
                }
            }
            let propertyKey = path + "." + key
            if let stored = use.storedStruct {
                storageEdges.append((from: path, to: stored, property: propertyKey))
            }
            // `readOnly` and `writeOnly` properties are never required: requests leave out the first, responses
            // the second. Encoding leaves each out of the bodies that must not carry it.
            let direction = accessDirection(of: schema)
            let isRequired = object.required.contains(key) && direction == nil
            var property = PropertyContext(
                name: swiftName, wireName: SwiftText.stringLiteral(key), type: use.expression,
                baseType: use.expression, defaultValue: nil, decodeMethod: "decode", encodeMethod: "encode",
                documentation: propertyDocumentation(schema), isBoxed: boxed.contains(propertyKey),
                isAdditional: false, isLast: false)
            property.omittedFrom = direction?.rawValue
            var literal = specDefault(of: schema).flatMap { defaultLiteral($0, for: schema) }
            // `.none` as the default of an optional would mean nil (the compiler warns): name the enum.
            if literal == ".none" || literal == ".some", isRequired == use.nullable {
                literal = use.expression + literal!
            }
            switch (isRequired, use.nullable) {
            case (true, false):
                property.defaultValue = literal
            case (false, false):
                property.type += "?"
                property.defaultValue = literal ?? "nil"
                property.decodeMethod = "decodeIfPresent"
                property.encodeMethod = "encodeIfPresent"
            case (true, true):
                property.type += "?"
                property.defaultValue = literal ?? "nil"
                property.decodeMethod = "decodeNullable"
                property.encodeMethod = "encodeNullable"
            case (false, true):
                property.type = "OptionalNullable<\(use.expression)>"
                property.defaultValue = literal.map { ".value(\($0))" } ?? ".absent"
                property.decodeMethod = "decodeOptionalNullable"
                property.encodeMethod = "encodeOptionalNullable"
            }
            properties.append(property)
        }
        for composition in object.compositions {
            let resolved = composition.ref.flatMap { spec.schema(for: $0) } ?? composition
            let isOneOf = resolved.oneOf != nil
            let swiftName: String
            let typeName: String
            let stored: String?
            if composition.ref != nil {
                swiftName = memberNamer.claim(branchName(composition, index: 0)).name
                let use = typeUse(for: composition, hint: names.typeName(swiftName), scope: scope)
                (typeName, stored) = (use.expression, use.storedStruct)
            } else {
                swiftName = memberNamer.claim(isOneOf ? "oneOf" : "anyOf").name
                typeName = declareInline(composition, hint: names.typeName(swiftName), scope: scope)
                stored = storesStruct(composition) ? typeName : nil
            }
            let propertyKey = path + ".#" + swiftName
            if let stored { storageEdges.append((from: path, to: stored, property: propertyKey)) }
            let summary =
                isOneOf
                ? "The schema (`oneOf`) the rest of the object matches."
                : "The schemas (`anyOf`) the rest of the object matches."
            var property = PropertyContext(
                name: swiftName, wireName: "\"\"", type: typeName, baseType: typeName, defaultValue: nil,
                decodeMethod: "", encodeMethod: "", documentation: [summary],
                isBoxed: boxed.contains(propertyKey), isAdditional: false, isLast: false)
            property.isComposed = true
            properties.append(property)
        }
        let knownKeys = object.properties.keys.enumerated().map { offset, key in
            LiteralContext(literal: SwiftText.stringLiteral(key), isLast: offset == object.properties.count - 1)
        }
        var additionalType: String?
        switch object.additional {
        case .schema(let schema):
            let use = typeUse(for: schema, hint: "AdditionalProperty", scope: scope)
            additionalType = use.expression + (use.nullable ? "?" : "")
        case .allowed(true):
            additionalType = "JSONValue"
        case .allowed(false), nil:
            break
        }
        if let additionalType {
            let swiftName = memberNamer.claim("additionalProperties").name
            properties.append(
                PropertyContext(
                    name: swiftName, wireName: "\"\"", type: "[Swift.String: \(additionalType)]",
                    baseType: additionalType, defaultValue: "[:]", decodeMethod: "", encodeMethod: "",
                    documentation: ["The properties the schema does not declare, by name."], isBoxed: false,
                    isAdditional: true, isLast: false))
        }
        if !properties.isEmpty { properties[properties.count - 1].isLast = true }
        return StructContext(
            name: name, documentation: documentation, isDeprecated: isDeprecated, properties: properties,
            hasProperties: !properties.isEmpty, hasKeyedProperties: properties.contains { !$0.isComposed },
            knownKeys: knownKeys)
    }

    /// The bodies a property is left out of: `request` for `readOnly`, `response` for `writeOnly` (on the
    /// property's schema or on the schema it references); nil for a property sent both ways.
    enum OmittedDirection: String {
        case request, response
    }

    func accessDirection(of schema: OpenAPI.Schema) -> OmittedDirection? {
        let target = schema.ref.flatMap { spec.schema(for: $0) }
        if schema.readOnly || target?.readOnly == true { return .request }
        if schema.writeOnly || target?.writeOnly == true { return .response }
        return nil
    }

    func propertyDocumentation(_ schema: OpenAPI.Schema) -> [String] {
        var lines = SwiftText.documentationLines(schema.description ?? schema.ref?.description ?? schema.title)
        var notes: [String] = []
        if schema.deprecated { notes.append("- Note: Deprecated.") }
        if schema.readOnly {
            notes.append("- Note: Read-only: received in responses, never sent in a request (nil until received).")
        }
        if schema.writeOnly {
            notes.append("- Note: Write-only: sent in requests, never in a response (nil when received).")
        }
        if !notes.isEmpty, !lines.isEmpty { lines.append("") }
        return lines + notes
    }

    func documentationLines(of schema: OpenAPI.Schema) -> [String] {
        var lines = SwiftText.documentationLines(schema.title)
        let description = SwiftText.documentationLines(schema.description)
        if !lines.isEmpty, !description.isEmpty { lines.append("") }
        lines += description
        if schema.deprecated {
            if !lines.isEmpty { lines.append("") }
            lines.append("- Note: Deprecated.")
        }
        return lines
    }
}
