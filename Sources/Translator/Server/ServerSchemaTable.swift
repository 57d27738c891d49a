import OpenAPIModel
import OrderedCollections

/// The schemas a generated server validates requests against, as the JSON text its `SchemaSet` reads: a JSON
/// array whose entries are schema objects in a fixed subset of keywords, where `{"$ref": N}` names entry `N`.
///
/// Each schema registered (a parameter's, a body's) becomes one entry; every `$ref` reached from it becomes one
/// entry too, once per target, so a cyclic schema is a cycle of indices, never an unbounded expansion. Keywords a
/// request validator has no use for (titles, descriptions, examples, extensions) are left out; the text is built
/// from the spec's values by a JSON writer, so no spec text reaches the generated code except inside a JSON
/// string, and the whole is then written as one Swift string literal.
struct ServerSchemaTable {
    let spec: OpenAPI.ResolvedSpec
    /// The formats the user chose types for, which are not validated (the user's type decides what it accepts).
    let formats: FormatOverrides
    /// The entries, in the order they were registered.
    private(set) var entries: [String] = []
    /// The entry of each `$ref` target reached so far.
    private var indexByTarget: [ReferenceTarget: Int] = [:]
    /// Targets whose entry is reserved but not yet written.
    private var pending: [(ReferenceTarget, OpenAPI.Schema, Int)] = []

    /// The deepest nesting of inline schemas written; deeper schemas are written as `{}` (anything).
    static let depthLimit = 64

    init(spec: OpenAPI.ResolvedSpec, formats: FormatOverrides = FormatOverrides()) {
        self.spec = spec
        self.formats = formats
    }

    /// Registers `schema` and returns its index. Referenced schemas are written as entries of their own.
    mutating func register(_ schema: OpenAPI.Schema) -> Int {
        if let ref = schema.ref, isPlainReference(schema) {
            let index = index(for: ref)
            drain()
            return index
        }
        let index = entries.count
        entries.append("")
        entries[index] = text(of: schema, depth: 0)
        drain()
        return index
    }

    /// Registers a schema that allows any value and returns its index.
    mutating func registerAny() -> Int {
        entries.append("{}")
        return entries.count - 1
    }

    /// The JSON text of every entry: `[{…},{…}]`.
    var json: String {
        "[" + entries.joined(separator: ",") + "]"
    }

    // MARK: - References

    private func isPlainReference(_ schema: OpenAPI.Schema) -> Bool {
        schema.types == nil && !schema.nullable && schema.properties.isEmpty && schema.allOf == nil
            && schema.oneOf == nil && schema.anyOf == nil && schema.enumValues == nil && schema.items == nil
    }

    /// The entry of a reference, reserving it on first use; an unresolvable reference is `{}`.
    private mutating func index(for ref: OpenAPI.Reference) -> Int {
        if let index = indexByTarget[ref.target] { return index }
        let index = entries.count
        entries.append("{}")
        indexByTarget[ref.target] = index
        if let target = spec.schema(for: ref) { pending.append((ref.target, target, index)) }
        return index
    }

    /// Writes every reserved entry; iterative, so a long chain of references never deepens the stack.
    private mutating func drain() {
        while let (_, schema, index) = pending.popLast() {
            entries[index] = text(of: schema, depth: 0)
        }
    }

    // MARK: - Writing

    private mutating func text(of schema: OpenAPI.Schema, depth: Int) -> String {
        guard depth < Self.depthLimit else { return "{}" }
        var fields: [(String, String)] = []
        if let ref = schema.ref {
            let index = index(for: ref)
            if isPlainReference(schema) { return "{\"$ref\":\(index)}" }
            fields.append(("allOf", "[{\"$ref\":\(index)}]"))
        }
        if let types = schema.types {
            fields.append(("types", "[" + types.map { JSONText.string($0.rawValue) }.joined(separator: ",") + "]"))
        }
        if schema.nullable { fields.append(("nullable", "true")) }
        if let format = schema.format, !formats.overrides(format) {
            fields.append(("format", JSONText.string(format)))
        }
        if let values = schema.enumValues { fields.append(("enum", JSONText.value(.array(values)))) }
        if let value = schema.constValue { fields.append(("const", JSONText.value(value))) }
        for (key, value) in [
            ("minLength", schema.minLength), ("maxLength", schema.maxLength), ("minItems", schema.minItems),
            ("maxItems", schema.maxItems), ("minProperties", schema.minProperties),
            ("maxProperties", schema.maxProperties),
        ] {
            if let value { fields.append((key, String(value))) }
        }
        for (key, value) in [
            ("minimum", schema.minimum), ("maximum", schema.maximum), ("exclusiveMinimum", schema.exclusiveMinimum),
            ("exclusiveMaximum", schema.exclusiveMaximum), ("multipleOf", schema.multipleOf),
        ] {
            if let value, value.isFinite { fields.append((key, JSONText.number(value))) }
        }
        if let pattern = schema.pattern { fields.append(("pattern", JSONText.string(ECMAPattern.icu(pattern)))) }
        if schema.uniqueItems { fields.append(("uniqueItems", "true")) }
        if schema.readOnly { fields.append(("readOnly", "true")) }
        if schema.writeOnly { fields.append(("writeOnly", "true")) }
        if let items = schema.items { fields.append(("items", text(of: items, depth: depth + 1))) }
        if let prefix = schema.prefixItems { fields.append(("prefixItems", list(prefix, depth: depth))) }
        if !schema.properties.isEmpty {
            var members: [String] = []
            for (name, property) in schema.properties {
                members.append(JSONText.string(name) + ":" + text(of: property, depth: depth + 1))
            }
            fields.append(("properties", "{" + members.joined(separator: ",") + "}"))
        }
        if !schema.required.isEmpty {
            fields.append(("required", "[" + schema.required.map(JSONText.string).joined(separator: ",") + "]"))
        }
        switch schema.additionalProperties {
        case .allowed(let allowed): fields.append(("additionalProperties", allowed ? "true" : "false"))
        case .schema(let additional):
            fields.append(("additionalProperties", text(of: additional, depth: depth + 1)))
        case nil: break
        }
        if let allOf = schema.allOf { fields.append(("allOf", list(allOf, depth: depth))) }
        if let anyOf = schema.anyOf { fields.append(("anyOf", list(anyOf, depth: depth))) }
        if let oneOf = schema.oneOf { fields.append(("oneOf", list(oneOf, depth: depth))) }
        if let not = schema.not { fields.append(("not", text(of: not, depth: depth + 1))) }
        if let discriminator = schema.discriminator, !discriminator.mapping.isEmpty {
            var mapping: [String] = []
            for (value, ref) in discriminator.mapping {
                mapping.append(JSONText.string(value) + ":{\"$ref\":\(index(for: ref))}")
            }
            fields.append(
                (
                    "discriminator",
                    "{\"propertyName\":\(JSONText.string(discriminator.propertyName)),\"mapping\":{\(mapping.joined(separator: ","))}}"
                ))
        }
        // Merge the two `allOf`s a `$ref` with siblings and an `allOf` would give.
        var seen: Set<String> = []
        var merged: [String] = []
        var allOfItems: [String] = []
        for (key, value) in fields {
            if key == "allOf" {
                allOfItems.append(String(value.dropFirst().dropLast()))
                continue
            }
            if seen.insert(key).inserted { merged.append(JSONText.string(key) + ":" + value) }
        }
        if !allOfItems.isEmpty {
            merged.append("\"allOf\":[" + allOfItems.filter { !$0.isEmpty }.joined(separator: ",") + "]")
        }
        return "{" + merged.joined(separator: ",") + "}"
    }

    private mutating func list(_ schemas: [OpenAPI.Schema], depth: Int) -> String {
        var items: [String] = []
        for schema in schemas { items.append(text(of: schema, depth: depth + 1)) }
        return "[" + items.joined(separator: ",") + "]"
    }
}

/// A small JSON writer for spec values.
enum JSONText {
    /// A JSON string literal: `"`, `\` and control characters escaped; everything else as UTF-8.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A finite number as JSON writes it.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// Any spec value; non-finite numbers are written as `null`.
    static func value(_ value: JSONValue) -> String {
        var result = ""
        write(value, into: &result, depth: 0)
        return result
    }

    private static func write(_ value: JSONValue, into result: inout String, depth: Int) {
        guard depth < 64 else {
            result += "null"
            return
        }
        switch value {
        case .null: result += "null"
        case .bool(let flag): result += flag ? "true" : "false"
        case .integer(let number): result += String(number)
        case .number(let number): result += number.isFinite ? number.description : "null"
        case .string(let text): result += string(text)
        case .array(let items):
            result += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { result += "," }
                write(item, into: &result, depth: depth + 1)
            }
            result += "]"
        case .object(let members):
            result += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { result += "," }
                result += string(member.key) + ":"
                write(member.value, into: &result, depth: depth + 1)
            }
            result += "}"
        }
    }
}
