import OpenAPIModel
import OrderedCollections

/// Builds one operation's server context: the expressions that read each input from a request, the body
/// reader and the response writers, from the facts the client's `OperationBuilder` recorded.
struct ServerOperationBuilder {
    let spec: OpenAPI.ResolvedSpec
    let facts: OperationFacts
    let operation: OperationContext
    let moduleName: String
    let serverName: String
    /// Whether a body is read as XML (`xmlBody`, `xmlTextBody`), which the server runtime's XML reader serves.
    private(set) var readsXML = false
    /// Whether a documented response body is XML with a schema, which the response check reads with the XML reader.
    var writesXML = false

    mutating func build(table: inout ServerSchemaTable, challenges: [String: String]) -> ServerOperationContext {
        var inputs: [ServerInputContext] = []
        for fact in facts.parameters {
            inputs.append(
                ServerInputContext(
                    label: fact.input.label, expression: parameterExpression(fact, table: &table), isLast: false))
        }
        // The route's members are named `<route>Body` and `<route>Response`: a keyword method name (which needs
        // backticks) gets a route name that does not.
        let bare = SwiftName.unescaped(operation.methodName)
        let routeName = SwiftName.isKeyword(bare) ? bare + "Route" : operation.methodName
        let body = bodyContext(table: &table)
        if body != nil, let input = operation.inputs.last {
            inputs.append(
                ServerInputContext(
                    label: input.label, expression: "try \(serverName).Route.\(routeName)Body(request)", isLast: false))
        }
        if !inputs.isEmpty { inputs[inputs.count - 1].isLast = true }
        var keys: OrderedSet<String> = []
        for alternative in facts.security { keys.formUnion(alternative) }
        let challengeList = keys.compactMap { challenges[$0] }
        let method = facts.method.rawValue.uppercased()
        return ServerOperationContext(
            routeName: routeName, typeName: operation.typeName,
            methodName: ServerTranslator.handlerMethodName(operation.methodName),
            operationIDLiteral: operation.operationIDLiteral,
            documentation: SwiftText.documentationLines(
                "`\(method) \(facts.path)`: `\(ServerTranslator.handlerMethodName(operation.methodName))`."),
            securityLiteral: operation.securityLiteral,
            challengesLiteral: "[" + challengeList.map(SwiftText.stringLiteral).joined(separator: ", ") + "]",
            invalidStatus: String(invalidStatus()), pathInvalidStatus: String(pathInvalidStatus()), inputs: inputs,
            hasInputs: !inputs.isEmpty, body: body, responses: responseContexts())
    }

    /// The status the server refuses an invalid path parameter with: 400 when documented (or a `4XX` range or
    /// `default`), else 404 (such a path names no resource) when documented, else ``invalidStatus()``.
    func pathInvalidStatus() -> Int {
        let keys = Set(facts.responses.map(\.key))
        if keys.contains(.status(400)) || keys.contains(.range(4)) || keys.contains(.default) { return 400 }
        return keys.contains(.status(404)) ? 404 : invalidStatus()
    }

    /// The status the server refuses invalid input with: 400, unless the operation documents 422 and leaves 400
    /// to nothing (neither 400 itself, a `4XX` range nor `default`), as APIs that answer validation with 422 do.
    func invalidStatus() -> Int {
        let keys = Set(facts.responses.map(\.key))
        if keys.contains(.status(400)) || keys.contains(.range(4)) || keys.contains(.default) { return 400 }
        return keys.contains(.status(422)) ? 422 : 400
    }

    // MARK: - Parameters

    /// The type of an input without the optionality its parameter being optional adds.
    private func baseType(_ fact: OperationFacts.ParameterFact) -> String {
        let required = fact.parameter.required || fact.parameter.location == .path
        let type = fact.input.type
        return !required && type.hasSuffix("?") ? String(type.dropLast()) : type
    }

    private func parameterExpression(_ fact: OperationFacts.ParameterFact, table: inout ServerSchemaTable) -> String {
        let parameter = fact.parameter
        let required = parameter.required || parameter.location == .path
        let contentSchema = parameter.content?.values.first?.schema
        let index = (parameter.schema ?? contentSchema).map { table.register($0) } ?? table.registerAny()
        let name = SwiftText.stringLiteral(parameter.name)
        let type = baseType(fact) + ".self"
        let explode = parameter.effectiveExplode
        func call(_ optional: String, _ requiredName: String, _ rest: String) -> String {
            "try request.\(required ? requiredName : optional)(\(name), as: \(type), schema: \(index)\(rest))"
        }
        switch parameter.location {
        case .path:
            let style: String
            switch parameter.effectiveStyle {
            case .label: style = ".label"
            case .matrix: style = ".matrix"
            default: style = ".simple"
            }
            return
                "try request.pathParameter(\(name), as: \(type), schema: \(index), style: \(style), explode: \(explode))"
        case .query:
            if parameter.schema == nil, parameter.content != nil {
                return call("queryContent", "requiredQueryContent", "")
            }
            let style = parameter.queryStyleCase
            let empty = parameter.allowEmptyValue ? ", allowEmptyValue: true" : ""
            return call("query", "requiredQuery", ", style: \(style), explode: \(explode)\(empty)")
        case .header:
            return call("header", "requiredHeader", ", explode: \(explode)")
        case .cookie:
            return call("cookie", "requiredCookie", ", explode: \(explode)")
        case .querystring:
            return "nil"
        }
    }

    // MARK: - Body

    private mutating func bodyContext(table: inout ServerSchemaTable) -> ServerBodyContext? {
        guard let body = operation.body, let input = operation.inputs.last else { return nil }
        var readers: [(media: String, expression: String)] = []
        for (content, fact) in zip(body.contents, facts.bodyContents) {
            let expression = reader(content, fact, table: &table)
            readers.append((fact.key, body.isEnum ? ".\(content.caseName)(\(expression))" : expression))
        }
        let type = input.type.hasSuffix("?") ? String(input.type.dropLast()) : input.type
        if body.isEnum {
            let expected = "[" + readers.map { SwiftText.stringLiteral($0.media) }.joined(separator: ", ") + "]"
            return ServerBodyContext(
                type: type, isOptional: body.isOptional,
                branches: readers.map {
                    ServerBodyBranchContext(mediaLiteral: SwiftText.stringLiteral($0.media), expression: $0.expression)
                },
                fallback: "throw RequestProblem.unsupportedMediaType(request.mediaType, expected: \(expected))")
        }
        return ServerBodyContext(
            type: type, isOptional: body.isOptional, branches: [],
            fallback: "return " + (readers.first?.expression ?? "try request.binaryBody(contentType: \"*/*\")"))
    }

    private mutating func reader(
        _ content: BodyContentContext, _ fact: OperationFacts.BodyFact, table: inout ServerSchemaTable
    ) -> String {
        let index = fact.media.schema.map { table.register($0) } ?? table.registerAny()
        let literal = SwiftText.stringLiteral(fact.key)
        if content.isJSON {
            return "try request.jsonBody(as: \(content.type).self, schema: \(index), contentType: \(literal))"
        }
        if content.isForm {
            return
                "try request.formBody(as: \(content.type).self, schema: \(index), encodings: \(content.encodingsLiteral))"
        }
        if content.isMultipart {
            var fields: [String] = []
            for part in content.parts {
                let kind: String
                if part.method.hasSuffix("appendFiles") {
                    kind = ".files"
                } else if part.method.hasSuffix("appendFile") {
                    kind = ".file"
                } else if part.method.hasSuffix("appendJSON") {
                    kind = ".json"
                } else {
                    continue
                }
                fields.append(part.wireName + ": " + kind)
            }
            let literal = fields.isEmpty ? "[:]" : "[" + fields.joined(separator: ", ") + "]"
            return "try request.multipartBody(as: \(content.type).self, schema: \(index), fields: \(literal))"
        }
        if content.isMultipartForm { return "try request.multipartForm()" }
        if Self.isXML(fact.key), fact.media.schema.map({ $0.format != "binary" }) ?? false {
            // Well-formed XML whose tree fits the schema (XMLBodyReader), or a 400 before the handler runs.
            readsXML = true
            let method = content.isText ? "xmlTextBody" : "xmlBody"
            return "try request.\(method)(contentType: \(literal), schema: \(index))"
        }
        if content.isText { return "try request.textBody(contentType: \(literal))" }
        return "try request.binaryBody(contentType: \(literal))"
    }

    /// Whether a content key is an XML media type: `application/xml`, `text/xml`, `…+xml`.
    static func isXML(_ key: String) -> Bool {
        let essence = key.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let essence else { return false }
        return essence == "application/xml" || essence == "text/xml" || essence.hasSuffix("+xml")
    }

    // MARK: - Responses

    private func responseContexts() -> [ServerResponseContext] {
        var result: [ServerResponseContext] = []
        for fact in facts.responses {
            let context = fact.context
            var bindings: [String] = []
            if fact.hasStatus { bindings.append("let status") }
            if !fact.bodies.isEmpty { bindings.append("let body") }
            if context.headersType != nil { bindings.append("let headers") }
            let pattern =
                "case .\(context.caseName)" + (bindings.isEmpty ? "" : "(" + bindings.joined(separator: ", ") + ")")
            let status: String
            if case .status(let code) = fact.key { status = String(code) } else { status = "status" }
            var lines: [String] = []
            let mutable = context.headersType != nil
            let declaration = mutable ? "var response" : "let response"
            switch fact.bodies.count {
            case 0:
                lines.append("\(declaration) = ServerResponse(status: \(status))")
            case 1:
                lines.append("\(declaration) = " + writer(fact.bodies[0], value: "body", status: status))
            default:
                lines.append("\(declaration): ServerResponse")
                lines.append("switch body {")
                for body in fact.bodies {
                    lines.append("case .\(body.caseName)(let body):")
                    lines.append("    response = " + writer(body, value: "body", status: status))
                }
                lines.append("}")
            }
            for header in context.headers {
                lines.append("try response.setHeader(\(header.wireName), headers.\(header.name))")
            }
            lines.append("return response")
            result.append(ServerResponseContext(pattern: pattern, lines: lines))
        }
        if !operation.hasDefault {
            result.append(
                ServerResponseContext(
                    pattern: "case .undocumented(let status, let headers, let body)",
                    lines: ["return ServerResponse.raw(status: status, headers: headers, body: body)"]))
        }
        return result
    }

    /// The expression that writes one response body.
    private func writer(_ body: OperationFacts.ResponseBodyFact, value: String, status: String) -> String {
        let essence = ModelBuilder.mediaType(body.key)
        let contentType = SwiftText.stringLiteral(essence.contains("*") ? "application/octet-stream" : body.key)
        switch body.type {
        case "Swift.String":
            return "ServerResponse.text(status: \(status), \(value), contentType: \(contentType))"
        case "ClientBody":
            return "try await ServerResponse.bytes(status: \(status), \(value), contentType: \(contentType))"
        default:
            if body.type == "ServerSentEvents" || body.type.hasPrefix("JSONLines<") {
                return "try ServerResponse.unsupported(\(value), contentType: \(contentType))"
            }
            return "try ServerResponse.json(status: \(status), \(value), contentType: \(contentType))"
        }
    }
}
