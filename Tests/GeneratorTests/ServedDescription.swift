import Foundation

/// The description of what a generated server actually serves, written from the spec it was generated from, for
/// schemathesis to judge the server by when the spec leaves out what any implementation of it must do.
///
/// Nothing is taken away (every documented response, schema and constraint stays); three things are added or merged:
/// - **The refusals the generated server makes itself**, on operations that document none of their own: `400`
///   (`application/problem+json`) when the operation takes parameters or a body, `415` when it takes a body, and
///   `404` when its path has parameters (an identifier that names nothing). The real Libredesk spec documents only
///   200, 401 and 500 for all 54 operations, so any server that rejects invalid input would be "undocumented".
/// - **The width of a format-less `integer`**: the generator maps it to Swift's `Int`, 64 bits on every platform
///   Swift 6 supports, so the server accepts exactly `format: int64`; without it schemathesis sends integers of
///   any size (2^70) as valid data.
///
/// - **One path item per resource**: templates that differ only in their parameters' names (the real Libredesk
///   spec has `/conversations/{cuuid}/messages` for POST and `/conversations/{uuid}/messages` for GET, which
///   OpenAPI forbids) name one resource, which the router serves with both methods and an `Allow` listing both;
///   they are merged under the first template's names.
///
/// Like FastAPI's documented 422s, this is the generated server's own documentation; the spec file is left alone.
enum ServedDescription {
    /// Writes the served description of the JSON spec at `specPath` to `outputPath`.
    static func write(specPath: String, to outputPath: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: specPath))
        guard var spec = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        spec = boundingIntegers(spec) as? [String: Any] ?? spec
        if let paths = spec["paths"] as? [String: Any] { spec["paths"] = mergingSameResource(paths) }
        if var paths = spec["paths"] as? [String: Any] {
            for (path, value) in paths {
                guard var item = value as? [String: Any] else { continue }
                let shared = (item["parameters"] as? [Any]) ?? []
                for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
                    guard var operation = item[method] as? [String: Any] else { continue }
                    let parameters = shared + ((operation["parameters"] as? [Any]) ?? [])
                    operation["responses"] = addingRefusals(
                        to: operation["responses"] as? [String: Any] ?? [:],
                        takesInput: !parameters.isEmpty || operation["requestBody"] != nil,
                        takesBody: operation["requestBody"] != nil, pathHasParameters: path.contains("{"))
                    item[method] = operation
                }
                paths[path] = item
            }
            spec["paths"] = paths
        }
        let output = try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])
        try output.write(to: URL(fileURLWithPath: outputPath))
    }

    /// The problem+json body the generated server's refusals carry (RFC 9457).
    static var problem: [String: Any] {
        [
            "description": "Refused by the generated server before the handler ran",
            "content": [
                "application/problem+json": [
                    "schema": [
                        "type": "object", "required": ["type", "title", "status"],
                        "properties": [
                            "type": ["type": "string"], "title": ["type": "string"], "status": ["type": "integer"],
                            "detail": ["type": "string"], "errors": ["type": "array"],
                        ],
                    ]
                ]
            ],
        ]
    }

    static func addingRefusals(
        to responses: [String: Any], takesInput: Bool, takesBody: Bool, pathHasParameters: Bool
    ) -> [String: Any] {
        let documentsClientErrors = responses.keys.contains { $0.hasPrefix("4") && $0 != "401" && $0 != "403" }
        if documentsClientErrors || responses["default"] != nil { return responses }
        var responses = responses
        if takesInput { responses["400"] = problem }
        if takesBody { responses["415"] = problem }
        if pathHasParameters { responses["404"] = problem }
        return responses
    }

    /// The parameter names of a path template, in order, and its shape with the names left out.
    static func shape(of path: String) -> (key: String, names: [String]) {
        var key = "", names: [String] = [], name: String?
        for character in path {
            if character == "{" {
                name = ""
            } else if character == "}", let current = name {
                names.append(current)
                key += "{}"
                name = nil
            } else if name != nil {
                name?.append(character)
            } else {
                key.append(character)
            }
        }
        return (key, names)
    }

    /// Path items whose templates have the same shape, merged into the first (the others' path parameters renamed).
    static func mergingSameResource(_ paths: [String: Any]) -> [String: Any] {
        var first: [String: String] = [:]
        var merged = paths
        for path in paths.keys.sorted() {
            let (key, names) = shape(of: path)
            guard let target = first[key] else {
                first[key] = path
                continue
            }
            let targetNames = shape(of: target).names
            let renames = Dictionary(zip(names, targetNames), uniquingKeysWith: { first, _ in first })
            guard var into = merged[target] as? [String: Any], let from = merged[path] as? [String: Any] else {
                continue
            }
            let shared = (from["parameters"] as? [Any]) ?? []
            for (method, value) in from where method != "parameters" && into[method] == nil {
                // The moved operation takes its own and its path item's parameters, renamed.
                guard var operation = value as? [String: Any] else { continue }
                let parameters = ((operation["parameters"] as? [Any]) ?? []) + shared
                if !parameters.isEmpty { operation["parameters"] = parameters.map { renaming($0, renames) } }
                into[method] = operation
            }
            merged[target] = into
            merged[path] = nil
        }
        return merged
    }

    static func renaming(_ parameter: Any, _ renames: [String: String]) -> Any {
        guard var object = parameter as? [String: Any], object["in"] as? String == "path",
            let name = object["name"] as? String, let renamed = renames[name]
        else { return parameter }
        object["name"] = renamed
        return object
    }

    /// Every schema object typed `integer` with no `format` gets `format: int64`.
    static func boundingIntegers(_ value: Any) -> Any {
        if let array = value as? [Any] { return array.map(boundingIntegers) }
        guard var object = value as? [String: Any] else { return value }
        for (key, child) in object { object[key] = boundingIntegers(child) }
        if object["type"] as? String == "integer", object["format"] == nil { object["format"] = "int64" }
        return object
    }
}
