import OpenAPIModel
import OrderedCollections

/// How a media type's body is written and read.
enum BodyKind: Equatable {
    /// `application/json`, `…+json`, `text/json`.
    case json
    /// `application/x-www-form-urlencoded`.
    case form
    /// `multipart/form-data`.
    case multipart
    /// `text/event-stream`: server-sent events.
    case eventStream
    /// `application/jsonl`, `application/x-ndjson` and the like: one JSON value per line.
    case jsonLines
    /// Other `text/*`.
    case text
    /// Anything else: raw bytes.
    case binary

    /// Whether an inline schema of this content gets a model: JSON (`application/json`, `…+json`), form and
    /// multipart content.
    static func hasModel(mediaType key: String) -> Bool {
        let type = ModelBuilder.mediaType(key)
        return type == "application/json" || type.hasSuffix("+json") || type == "multipart/form-data"
            || type == "application/x-www-form-urlencoded"
    }

    /// The kind of a content key such as `application/json; charset=utf-8`.
    init(mediaType key: String) {
        let type = ModelBuilder.mediaType(key)
        switch type {
        case "application/json", "text/json": self = .json
        case "application/x-www-form-urlencoded": self = .form
        case "multipart/form-data": self = .multipart
        case "text/event-stream": self = .eventStream
        case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines",
            "application/json-seq":
            self = .jsonLines
        default:
            if type.hasSuffix("+json") {
                self = .json
            } else if type.hasPrefix("text/") {
                self = .text
            } else {
                self = .binary
            }
        }
    }
}

extension OperationBuilder {
    /// The request body's context, JSON contents first; nil when the operation takes none.
    mutating func requestBody() -> RequestBodyContext? {
        guard let written = operation.requestBody, let body = spec.resolve(written), !body.content.isEmpty else {
            return nil
        }
        let entries =
            body.content.elements.filter { BodyKind(mediaType: $0.key) == .json }
            + body.content.elements.filter { BodyKind(mediaType: $0.key) != .json }
        var namer = UniqueNamer(reserved: ["init", "self"])
        var contents: [BodyContentContext] = []
        for (key, media) in entries {
            contents.append(bodyContent(key: key, media: media, caseName: namer.claim(Self.caseName(key)).name))
            facts.bodyContents.append(OperationFacts.BodyFact(key: key, media: media))
        }
        facts.bodyRequired = body.required
        let name = inputNamer.claim("body").name
        return RequestBodyContext(
            name: name, isOptional: !body.required, isEnum: contents.count > 1, contents: contents)
    }

    /// The enum case for a media type: `application/json` → `json`, `multipart/form-data` → `multipart`,
    /// `application/merge-patch+json` → `mergePatchJSON`, `text/plain` → `plainText`.
    static func caseName(_ key: String) -> String {
        let type = ModelBuilder.mediaType(key)
        switch type {
        case "application/json": return "json"
        case "application/x-www-form-urlencoded": return "form"
        case "multipart/form-data": return "multipart"
        case "text/plain": return "plainText"
        case "application/octet-stream": return "binary"
        case "*/*": return "any"
        default:
            let parts = type.split(separator: "/", maxSplits: 1).map(String.init)
            let subtype = parts.count == 2 ? parts[1] : type
            let words = subtype.replacing("+", with: " ").replacing("x-", with: "")
            return SwiftName.memberName(parts.first == "text" ? words + " text" : words)
        }
    }

    private func bodyContent(key: String, media: OpenAPI.MediaType, caseName: String) -> BodyContentContext {
        var context = BodyContentContext(
            caseName: caseName, type: "ClientBody", contentTypeLiteral: SwiftText.stringLiteral(key), isJSON: false,
            isForm: false, isMultipart: false, isMultipartForm: false, isText: false, isBinary: false,
            encodingsLiteral: "[:]", parts: [])
        let schemaType = media.schema.map { types.use(for: $0).expression } ?? "JSONValue"
        switch BodyKind(mediaType: key) {
        case .json, .jsonLines:
            context.isJSON = true
            context.type = schemaType
        case .form:
            context.isForm = true
            context.type = schemaType
            context.encodingsLiteral = encodingsLiteral(media.encoding)
        case .multipart:
            if let structure = types.structContext(named: schemaType), let schema = media.schema {
                context.isMultipart = true
                context.type = schemaType
                context.parts = multipartParts(structure, schema: schema, encoding: media.encoding)
            } else {
                context.isMultipartForm = true
                context.type = "MultipartForm"
            }
        case .text, .eventStream:
            let isBinary = media.schema?.format == "binary"
            context.isText = !isBinary
            context.isBinary = isBinary
            context.type = isBinary ? "ClientBody" : "Swift.String"
        case .binary:
            context.isBinary = true
        }
        return context
    }

    /// The `encoding` of a form body as a Swift dictionary literal of `PropertyEncoding`s.
    private func encodingsLiteral(_ encodings: OrderedDictionary<String, OpenAPI.Encoding>) -> String {
        guard !encodings.isEmpty else { return "[:]" }
        let entries = encodings.map { key, encoding in
            let style: String
            switch encoding.style {
            case .spaceDelimited: style = ".spaceDelimited"
            case .pipeDelimited: style = ".pipeDelimited"
            case .deepObject: style = ".deepObject"
            default: style = ".form"
            }
            let explode = encoding.explode ?? (encoding.style == nil || encoding.style == .form)
            let contentType = encoding.contentType.map(SwiftText.stringLiteral) ?? "nil"
            return SwiftText.stringLiteral(key)
                + ": PropertyEncoding(style: \(style), explode: \(explode), allowReserved: \(encoding.allowReserved), contentType: \(contentType))"
        }
        return "[" + entries.joined(separator: ", ") + "]"
    }

    /// One `MultipartForm` call per property of the body's struct: files as file parts, objects and arrays of
    /// objects (or an `encoding` with a JSON content type) as JSON parts, everything else as text; `readOnly`
    /// properties are not sent.
    private func multipartParts(
        _ structure: StructContext, schema: OpenAPI.Schema, encoding: OrderedDictionary<String, OpenAPI.Encoding>
    ) -> [MultipartPartContext] {
        let object = schema.ref.flatMap { spec.schema(for: $0) } ?? schema
        var keysByLiteral: [String: String] = [:]
        for key in object.properties.keys { keysByLiteral[SwiftText.stringLiteral(key)] = key }
        var parts: [MultipartPartContext] = []
        for property in structure.properties
        where !property.isAdditional && !property.isComposed && property.omittedFrom != "request" {
            let key = keysByLiteral[property.wireName]
            let propertySchema = key.flatMap { object.properties[$0] }
            // `contentType` may list several types or a range (`image/png, image/*`): the first concrete one is sent.
            let contentType = key.flatMap { encoding[$0]?.contentType }.flatMap { list in
                list.split(separator: ",").map {
                    String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
                }
                .first { !$0.contains("*") }
            }
            var arguments = contentType.map { ", contentType: " + SwiftText.stringLiteral($0) } ?? ""
            if let headers = key.flatMap({ encoding[$0] }).map(partHeadersLiteral), !headers.isEmpty {
                arguments += ", headers: " + headers
            }
            let method: String
            if property.baseType == "MultipartFile" {
                method = "appendFile"
            } else if property.baseType == "[MultipartFile]" {
                method = "appendFiles"
            } else if contentType.map({ BodyKind(mediaType: $0) == .json }) ?? false
                || propertySchema.map({ isStructured($0, depth: 0) }) ?? false
            {
                method = "appendJSON"
            } else {
                method = "appendText"
            }
            let isFile = method.hasPrefix("appendFile")
            parts.append(
                MultipartPartContext(
                    method: (isFile ? "form." : "try form.") + method, wireName: property.wireName,
                    name: property.name, arguments: arguments))
        }
        return parts
    }

    /// The headers of a multipart `encoding` that have a fixed value as a `[ClientHeader]` literal, `""` when
    /// none has: the value is the header schema's only `enum` value (or `const`), else its `default`, else the
    /// header's `example`. A header without one cannot be written, since the body's struct holds no value for it.
    private func partHeadersLiteral(_ encoding: OpenAPI.Encoding) -> String {
        var entries: [String] = []
        for (name, written) in encoding.headers where name.lowercased() != "content-type" {
            guard let header = spec.resolve(written) else { continue }
            let schema = header.schema.map { $0.ref.flatMap { spec.schema(for: $0) } ?? $0 }
            let fixed = schema?.enumValues.flatMap { $0.count == 1 ? $0[0] : nil }
            guard let value = fixed ?? schema?.defaultValue ?? header.example, let text = Self.headerText(value) else {
                continue
            }
            entries.append(
                "ClientHeader(name: \(SwiftText.stringLiteral(name)), value: \(SwiftText.stringLiteral(text)))")
        }
        return entries.isEmpty ? "" : "[" + entries.joined(separator: ", ") + "]"
    }

    /// A scalar JSON value as header text; nil for null, arrays and objects.
    private static func headerText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .null, .array, .object: nil
        }
    }

    /// Whether values of a schema are JSON objects (or arrays of them), following references.
    func isStructured(_ schema: OpenAPI.Schema, depth: Int) -> Bool {
        guard depth < 16 else { return false }
        if let ref = schema.ref, let target = spec.schema(for: ref) { return isStructured(target, depth: depth + 1) }
        if !schema.properties.isEmpty || schema.allOf != nil || schema.oneOf != nil || schema.anyOf != nil {
            return true
        }
        if schema.types == [.object] || schema.additionalProperties != nil { return true }
        if let items = schema.items { return isStructured(items, depth: depth + 1) }
        return false
    }
}
