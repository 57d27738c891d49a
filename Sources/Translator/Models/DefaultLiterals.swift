import OpenAPIModel

/// Swift expressions for the spec's `default` values, used as the defaults of memberwise initializer parameters.
///
/// The walk mirrors how `typeUse` maps a schema to a Swift type, so that an expression always has the type of the
/// parameter: a string literal for `Swift.String`, `.caseName` for a generated enum, `[...]` for arrays and
/// dictionaries, `.string("…")` and friends for `JSONValue`. Values the type cannot hold (a default of the wrong
/// JSON type, an integer out of range) and types with no literal form here (dates, UUIDs, URLs, data, structs,
/// `oneOf`, the user's type for an overridden format) give nil: the parameter then has no spec default.
extension ModelBuilder {
    /// The `default` of a property schema, or of the schema its `$ref` names.
    func specDefault(of schema: OpenAPI.Schema, depth: Int = 0) -> JSONValue? {
        if let value = schema.defaultValue { return value }
        guard depth < 32, let ref = schema.ref, let target = spec.schema(for: ref) else { return nil }
        return specDefault(of: target, depth: depth + 1)
    }

    /// A Swift expression for `value` as a value of the type generated for `schema`, or nil.
    func defaultLiteral(_ value: JSONValue, for schema: OpenAPI.Schema, depth: Int = 0) -> String? {
        guard depth < 32 else { return nil }
        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return spec.schema(for: ref).flatMap { defaultLiteral(value, for: $0, depth: depth + 1) }
        }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty, schema.oneOf == nil,
            schema.anyOf == nil, allOf[0].ref != nil
        {
            return defaultLiteral(value, for: allOf[0], depth: depth + 1)
        }
        for composition in [schema.oneOf, schema.anyOf] {
            guard let composition else { continue }
            let branches = OpenAPI.Schema.nonNullBranches(of: composition).branches
            if branches.count == 1, schema.properties.isEmpty, schema.allOf == nil {
                return defaultLiteral(value, for: branches[0], depth: depth + 1)
            }
        }
        if needsDeclaration(schema) {
            guard let values = schema.enumValues, isNamedEnum(schema),
                let naming = enumCaseNames(schema: schema, values: values)
            else { return nil }
            return enumLiteral(value, naming: naming)
        }
        // The user's type for a format has no literal form known here: the spec default is dropped.
        if formats.overrides(schema.format) { return nil }
        let inferred: [OpenAPI.JSONType]? =
            schema.items != nil
            ? [.array]
            : schema.additionalProperties != nil
                ? [.object]
                : nil
        guard let types = schema.types ?? inferred ?? schema.constValue.flatMap(Self.jsonType(of:)).map({ [$0] }),
            types.count == 1
        else { return Self.jsonValueLiteral(value) }
        switch (types[0], value) {
        case (.boolean, .bool(let flag)):
            return flag ? "true" : "false"
        case (.integer, .integer(let number)):
            return Self.integerLiteral(number, format: schema.format)
        case (.integer, .number(let number)):
            guard number.rounded() == number, let exact = Int(exactly: number) else { return nil }
            return Self.integerLiteral(exact, format: schema.format)
        case (.number, .integer(let number)):
            return String(number)
        case (.number, .number(let number)):
            return number.isFinite ? "\(number)" : nil
        case (.string, .string(let text)):
            let special: Set<String> = ["date-time", "date", "uuid", "uri", "url", "byte", "binary"]
            return schema.format.map(special.contains) == true ? nil : SwiftText.stringLiteral(text)
        case (.array, .array(let elements)):
            let literals: [String?] = elements.map { element in
                schema.items.map { defaultLiteral(element, for: $0, depth: depth + 1) }
                    ?? Self.jsonValueLiteral(element)
            }
            guard literals.allSatisfy({ $0 != nil }) else { return nil }
            return "[" + literals.map { $0! }.joined(separator: ", ") + "]"
        case (.object, .object(let members)):
            if members.isEmpty { return "[:]" }
            var entries: [String] = []
            for (key, member) in members {
                let literal: String?
                if case .schema(let values) = schema.additionalProperties {
                    literal = defaultLiteral(member, for: values, depth: depth + 1)
                } else {
                    literal = Self.jsonValueLiteral(member)
                }
                guard let literal else { return nil }
                entries.append(SwiftText.stringLiteral(key) + ": " + literal)
            }
            return "[" + entries.joined(separator: ", ") + "]"
        default:
            return nil
        }
    }

    /// `.caseName` for a listed value, `.unknown(raw)` for another value of the enum's raw type.
    private func enumLiteral(_ value: JSONValue, naming: EnumCaseNames) -> String? {
        if let caseName = naming.cases[value] { return "." + caseName }
        switch value {
        case .string(let text) where naming.isString:
            return ".\(naming.unknownCase)(\(SwiftText.stringLiteral(text)))"
        case .integer(let number) where !naming.isString:
            return ".\(naming.unknownCase)(\(number))"
        default:
            return nil
        }
    }

    /// An integer literal when `number` fits the Swift integer type of `format`.
    private static func integerLiteral(_ number: Int, format: String?) -> String? {
        let fits =
            switch format {
            case "int32": Int32(exactly: number) != nil
            case "uint32": UInt32(exactly: number) != nil
            case "uint64": number >= 0
            default: true
            }
        return fits ? String(number) : nil
    }

    /// A `JSONValue` expression for `value`.
    static func jsonValueLiteral(_ value: JSONValue) -> String {
        switch value {
        case .null: return ".null"
        case .bool(let flag): return ".bool(\(flag))"
        case .integer(let number): return ".integer(\(number))"
        case .number(let number): return ".number(\(number))"
        case .string(let text): return ".string(\(SwiftText.stringLiteral(text)))"
        case .array(let elements):
            return ".array([" + elements.map(jsonValueLiteral).joined(separator: ", ") + "])"
        case .object(let members):
            if members.isEmpty { return ".object([:])" }
            let entries = members.map { SwiftText.stringLiteral($0.key) + ": " + jsonValueLiteral($0.value) }
            return ".object([" + entries.joined(separator: ", ") + "])"
        }
    }
}
