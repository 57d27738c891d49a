public import OpenAPIModel
import SpecDiagnostics

/// The Swift spelling of schemas that need no declaration of their own: primitives by `type` and `format`.
///
/// Shared by the models translator (property types) and the client and server translators (parameter, body and
/// header types), so that a value is typed the same wherever it appears.
enum PrimitiveTypes {
    /// The Swift type of a primitive JSON type with a format; nil for arrays and objects. A format the user
    /// overrode is the user's type, whatever the JSON type.
    static func expression(
        for type: OpenAPI.JSONType, format: String?, overrides: FormatOverrides = FormatOverrides()
    ) -> String? {
        if type != .array, type != .object, let chosen = overrides.type(forFormat: format) { return chosen }
        switch type {
        case .boolean:
            return "Swift.Bool"
        case .integer:
            switch format {
            case "int32": return "Swift.Int32"
            case "int64": return "Swift.Int64"
            case "uint32": return "Swift.UInt32"
            case "uint64": return "Swift.UInt64"
            default: return "Swift.Int"
            }
        case .number:
            return format == "float" ? "Swift.Float" : "Swift.Double"
        case .string:
            switch format {
            case "date-time": return "Foundation.Date"
            case "date": return "OpenAPIDate"
            case "uuid": return "Foundation.UUID"
            case "uri", "url": return "Foundation.URL"
            case "byte", "binary": return "Foundation.Data"
            default: return "Swift.String"
            }
        case .array, .object:
            return nil
        }
    }

    /// The JSON type a schema declares or implies (`items` means an array, `additionalProperties` an object, a
    /// `const` has the type of its value); nil for several types or none.
    static func singleType(of schema: OpenAPI.Schema) -> OpenAPI.JSONType? {
        let inferred: [OpenAPI.JSONType]? =
            schema.items != nil
            ? [.array]
            : schema.additionalProperties != nil
                ? [.object]
                : schema.constValue.flatMap(ModelBuilder.jsonType(of:)).map { [$0] }
        guard let types = schema.types ?? inferred, types.count == 1 else { return nil }
        return types[0]
    }
}

/// The Swift types the models translation gave to schemas, so that the client and server translators name the
/// same types for parameters, bodies and responses without declaring anything.
public struct SchemaTypeTable: Sendable {
    /// A schema as a Swift type.
    public struct Use: Sendable, Hashable {
        /// The type expression, without optionality (`LibredeskAPI.Contact`, `[Swift.String]`).
        public var expression: String
        /// Whether JSON null is allowed.
        public var nullable: Bool
    }

    /// Top-level type names by the target of the schema they declare.
    var byTarget: [ReferenceTarget: String]
    /// Top-level type names by where their schema is written (inline body and parameter schemas).
    var byLocation: [SourceLocation: String]
    /// The struct contexts of top-level structs, by name (multipart bodies are written part by part from them).
    var structs: [String: StructContext]
    /// The spec as the models were translated from it (with `SchemaSimplifier` applied to components).
    let spec: OpenAPI.ResolvedSpec
    /// The module that qualifies every generated type, so that no nested name of an operation hides one.
    let moduleName: String
    /// The Swift types the user chose for formats.
    public let formats: FormatOverrides

    /// The top-level type name of the schema at `target`, if it has one.
    public func typeName(for target: ReferenceTarget) -> String? { byTarget[target] }

    /// The struct context of the top-level struct a type expression names (`Module.Name` or `Name`), if any.
    public func structContext(named expression: String) -> StructContext? {
        let prefix = moduleName + "."
        let name = expression.hasPrefix(prefix) ? String(expression.dropFirst(prefix.count)) : expression
        return structs[name]
    }

    /// The Swift type of `schema` where a parameter, body or header uses it: the generated type when the models
    /// declared one for it (by `$ref` or where it is written), otherwise its primitive, array or dictionary type;
    /// `JSONValue` for anything else.
    public func use(for written: OpenAPI.Schema) -> Use {
        use(for: SchemaSimplifier.simplified(written), depth: 0)
    }

    private func use(for schema: OpenAPI.Schema, depth: Int) -> Use {
        guard depth < 32 else { return Use(expression: "JSONValue", nullable: false) }
        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            guard let name = byTarget[ref.target] else { return Use(expression: "JSONValue", nullable: false) }
            let target = spec.schema(for: ref)
            return Use(expression: moduleName + "." + name, nullable: schema.nullable || (target?.nullable ?? false))
        }
        if let name = byLocation[schema.location] {
            return Use(expression: moduleName + "." + name, nullable: schema.nullable)
        }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty, schema.oneOf == nil,
            schema.anyOf == nil
        {
            var inner = use(for: allOf[0], depth: depth + 1)
            inner.nullable = inner.nullable || schema.nullable
            return inner
        }
        for composition in [schema.oneOf, schema.anyOf] {
            guard let composition else { continue }
            let split = OpenAPI.Schema.nonNullBranches(of: composition)
            if split.branches.count == 1, schema.properties.isEmpty, schema.allOf == nil {
                var inner = use(for: split.branches[0], depth: depth + 1)
                inner.nullable = inner.nullable || schema.nullable || split.hadNull
                return inner
            }
        }
        guard let type = PrimitiveTypes.singleType(of: schema) else {
            return Use(expression: "JSONValue", nullable: false)
        }
        switch type {
        case .array:
            guard let items = schema.items else { return Use(expression: "[JSONValue]", nullable: schema.nullable) }
            let element = use(for: items, depth: depth + 1)
            return Use(
                expression: "[\(element.expression)\(element.nullable ? "?" : "")]", nullable: schema.nullable)
        case .object:
            if case .schema(let values) = schema.additionalProperties, schema.properties.isEmpty {
                let element = use(for: values, depth: depth + 1)
                return Use(
                    expression: "[Swift.String: \(element.expression)\(element.nullable ? "?" : "")]",
                    nullable: schema.nullable)
            }
            return Use(expression: "[Swift.String: JSONValue]", nullable: schema.nullable)
        default:
            let expression =
                PrimitiveTypes.expression(for: type, format: schema.format, overrides: formats) ?? "JSONValue"
            return Use(expression: expression, nullable: schema.nullable)
        }
    }
}
