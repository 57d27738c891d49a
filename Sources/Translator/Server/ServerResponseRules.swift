import OpenAPIModel

extension ServerOperationBuilder {
    /// The responses the operation documents, as the JSON text a generated server's `DocumentedResponses` reads:
    /// one object per response key,
    /// `{"status":"200"|"4XX"|"default","headers":[…],"values":[[name,schema,explode]],"content":[[type,schema]]}`,
    /// where `headers` lists the required headers (`Content-Type` left out: the content entries stand for it),
    /// `values` each header with a schema (its index in `table` and its `explode`: a value that is sent is checked
    /// against it, read in `simple` style) and each content entry is the media type key and, for a content whose
    /// body is checked (see `checkedKind`), its schema's index in `table` and how the body is read (`"json"`,
    /// `"text"` or `"xml"`); else `null`: the body's bytes are not read. A response that cannot be resolved
    /// documents its status alone.
    mutating func documentedResponses(table: inout ServerSchemaTable) -> String {
        guard let operation = facts.operation else { return "[]" }
        var entries: [String] = []
        for (key, written) in operation.responses {
            var fields = ["\"status\":" + JSONText.string(key.description)]
            guard let response = spec.resolve(written) else {
                entries.append("{" + fields.joined(separator: ",") + "}")
                continue
            }
            var headers: [String] = []
            var values: [String] = []
            for (name, written) in response.headers where name.lowercased() != "content-type" {
                guard let header = spec.resolve(written) else { continue }
                if header.required { headers.append(JSONText.string(name)) }
                if let schema = header.schema {
                    let explode = header.explode == true ? "true" : "false"
                    let index = String(table.register(schema))
                    values.append("[" + JSONText.string(name) + "," + index + "," + explode + "]")
                }
            }
            if !headers.isEmpty { fields.append("\"headers\":[" + headers.joined(separator: ",") + "]") }
            if !values.isEmpty { fields.append("\"values\":[" + values.joined(separator: ",") + "]") }
            var contents: [String] = []
            for (mediaKey, media) in response.content {
                let kind = Self.checkedKind(mediaKey, media.schema)
                if kind == "xml" { writesXML = true }
                let index = kind.flatMap { _ in media.schema.map { String(table.register($0)) } }
                let entry = [JSONText.string(mediaKey), index ?? "null"] + (kind.map { [JSONText.string($0)] } ?? [])
                contents.append("[" + entry.joined(separator: ",") + "]")
            }
            if !contents.isEmpty { fields.append("\"content\":[" + contents.joined(separator: ",") + "]") }
            entries.append("{" + fields.joined(separator: ",") + "}")
        }
        return "[" + entries.joined(separator: ",") + "]"
    }

    /// How a response body of media type `key` is read to check it against `schema`: `json`, `text` (other
    /// `text/*` types with a primitive schema, the text read as the schema's type) or `xml` (OpenAPI's default XML form, the way the server
    /// reads an XML request body); nil when it is not checked (no schema, a binary one, or bytes of another type).
    static func checkedKind(_ key: String, _ schema: OpenAPI.Schema?) -> String? {
        guard let schema, schema.format != "binary" else { return nil }
        if isXML(key) { return "xml" }
        switch BodyKind(mediaType: key) {
        case .json: return "json"
        case .text:
            // Text is read as one primitive value; a text body documented with an object schema is not read.
            let primitive: Set<OpenAPI.JSONType> = [.string, .integer, .number, .boolean]
            return schema.types.map { !$0.isEmpty && Set($0).isSubset(of: primitive) } == true ? "text" : nil
        default: return nil
        }
    }
}
