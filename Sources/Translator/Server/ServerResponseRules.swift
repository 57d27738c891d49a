import OpenAPIModel

extension ServerOperationBuilder {
    /// The responses the operation documents, as the JSON text a generated server's `DocumentedResponses` reads:
    /// one object per response key,
    /// `{"status":"200"|"4XX"|"default","headers":[…],"values":[[name,schema,explode]],"content":[[type,schema]]}`,
    /// where `headers` lists the required headers (`Content-Type` left out: the content entries stand for it),
    /// `values` each header with a schema (its index in `table` and its `explode`: a value that is sent is checked
    /// against it, read in `simple` style) and each content entry is the media type key and, for a JSON content
    /// with a schema, its index in `table` (else `null`: the body's bytes are not read). A response that cannot be
    /// resolved documents its status alone.
    func documentedResponses(table: inout ServerSchemaTable) -> String {
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
                let isJSON = BodyKind(mediaType: mediaKey) == .json
                let index = isJSON ? media.schema.map { String(table.register($0)) } : nil
                contents.append("[" + JSONText.string(mediaKey) + "," + (index ?? "null") + "]")
            }
            if !contents.isEmpty { fields.append("\"content\":[" + contents.joined(separator: ",") + "]") }
            entries.append("{" + fields.joined(separator: ",") + "}")
        }
        return "[" + entries.joined(separator: ",") + "]"
    }
}
