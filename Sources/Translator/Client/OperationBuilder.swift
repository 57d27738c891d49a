import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// Builds the context of one operation: inputs, path, parameters, body, responses and security.
struct OperationBuilder {
    let spec: OpenAPI.ResolvedSpec
    let types: SchemaTypeTable
    let path: String
    let method: OpenAPI.HTTPMethod
    let operation: OpenAPI.Operation
    let item: OpenAPI.PathItem
    let typeName: String
    let methodName: String
    let operationID: String
    /// The keys of `components.securitySchemes`.
    let schemeKeys: Set<String>
    /// Warnings found while building.
    var diagnostics: [Diagnostic] = []
    /// The Swift names of the inputs.
    var inputNamer = UniqueNamer(reserved: ["self", "init", "Type", "Protocol"])
    /// What the server needs beyond the context: the spec objects behind each input and response.
    var facts = OperationFacts()

    /// The operation's context.
    mutating func build() -> OperationContext {
        let parameters = mergedParameters()
        var inputs: [InputContext] = []
        var pathNames: [String: (name: String, parameter: OpenAPI.Parameter)] = [:]
        var calls: [ParameterCallContext] = []
        for parameter in parameters {
            guard let input = inputContext(for: parameter) else { continue }
            inputs.append(input)
            facts.parameters.append(OperationFacts.ParameterFact(input: input, parameter: parameter))
            if parameter.location == .path {
                pathNames[parameter.name] = (input.name, parameter)
            } else if let call = parameterCall(for: parameter, name: input.name) {
                calls.append(call)
            }
        }
        let body = requestBody()
        if let body {
            let type = body.isEnum ? "Operations.\(typeName).Body" : (body.contents.first?.type ?? "Foundation.Data")
            inputs.append(
                InputContext(
                    name: body.name, label: SwiftName.argumentLabel(body.name),
                    type: type + (body.isOptional ? "?" : ""),
                    defaultValue: body.isOptional ? "nil" : nil, documentation: bodyDocumentation(), isLast: false))
        }
        if !inputs.isEmpty { inputs[inputs.count - 1].isLast = true }
        let responses = responseCases()
        let security = securityLiteral()
        let servers = operation.servers ?? item.servers
        return OperationContext(
            typeName: typeName, methodName: methodName, operationIDLiteral: SwiftText.stringLiteral(operationID),
            documentation: documentation(), isDeprecated: operation.deprecated,
            methodLiteral: SwiftText.stringLiteral(method.rawValue.uppercased()), inputs: inputs,
            hasInputs: !inputs.isEmpty, pathPieces: pathPieces(pathNames), parameterCalls: calls, body: body,
            acceptLiteral: acceptHeader().map(SwiftText.stringLiteral), securityLiteral: security,
            serverExpression: OperationServerRule.expression(
                for: servers?.first, documentServer: spec.document.servers.first),
            responses: responses.cases, hasDefault: responses.hasDefault, success: responses.success)
    }

    private func documentation() -> [String] {
        var lines = SwiftText.documentationLines(operation.summary)
        let description = SwiftText.documentationLines(operation.description)
        if !lines.isEmpty, !description.isEmpty { lines.append("") }
        lines += description
        if !lines.isEmpty { lines.append("") }
        lines += SwiftText.documentationLines("`\(method.rawValue.uppercased()) \(path)`")
        if operation.deprecated { lines += ["", "- Note: Deprecated."] }
        return lines
    }

    private func bodyDocumentation() -> [String] {
        guard let body = operation.requestBody.flatMap({ spec.resolve($0) }) else { return [] }
        return SwiftText.documentationLines(body.description ?? "The request body.")
    }

    // MARK: - Parameters

    /// The path item's parameters followed by the operation's; an operation parameter replaces a path one with
    /// the same name and location, keeping its position. Header parameters named `Accept`, `Content-Type` or
    /// `Authorization` are ignored, as the specification says.
    func mergedParameters() -> [OpenAPI.Parameter] {
        var merged: OrderedDictionary<String, OpenAPI.Parameter> = [:]
        for written in item.parameters + operation.parameters {
            guard let parameter = spec.resolve(written) else { continue }
            if parameter.location == .header,
                ["accept", "content-type", "authorization"].contains(parameter.name.lowercased())
            {
                continue
            }
            merged[parameter.location.rawValue + " " + parameter.name] = parameter
        }
        return Array(merged.values)
    }

    /// The input a parameter becomes, or nil for one that cannot be sent (`querystring`).
    private mutating func inputContext(for parameter: OpenAPI.Parameter) -> InputContext? {
        guard parameter.location != .querystring else {
            diagnostics.append(
                .warning(
                    "the 'querystring' parameter '\(parameter.name)' is not supported yet and is left out",
                    at: parameter.sourceLocation))
            return nil
        }
        let name = inputNamer.claim(SwiftName.memberName(parameter.name)).name
        var type: String
        if let schema = parameter.schema {
            let use = types.use(for: schema)
            type = use.expression
        } else if let content = parameter.content?.elements.first, let schema = content.value.schema {
            type = types.use(for: schema).expression
        } else {
            type = "Swift.String"
        }
        let required = parameter.required || parameter.location == .path
        if !required { type += "?" }
        var documentation = SwiftText.documentationLines(parameter.description)
        if parameter.deprecated {
            if !documentation.isEmpty { documentation.append("") }
            documentation.append("- Note: Deprecated.")
        }
        return InputContext(
            name: name, label: SwiftName.argumentLabel(name), type: type, defaultValue: required ? nil : "nil",
            documentation: documentation,
            isLast: false)
    }

    /// The `RequestBuilder` call for a query, header or cookie parameter.
    private func parameterCall(for parameter: OpenAPI.Parameter, name: String) -> ParameterCallContext? {
        let wire = SwiftText.stringLiteral(parameter.name)
        let explode = parameter.effectiveExplode
        switch parameter.location {
        case .query:
            if parameter.schema == nil, parameter.content != nil {
                return ParameterCallContext(method: "addQueryContent", wireName: wire, name: name, arguments: "")
            }
            let style = parameter.queryStyleCase
            var arguments = ", style: \(style), explode: \(explode)"
            if parameter.allowReserved { arguments += ", allowReserved: true" }
            if parameter.allowEmptyValue { arguments += ", allowEmptyValue: true" }
            return ParameterCallContext(method: "addQuery", wireName: wire, name: name, arguments: arguments)
        case .header:
            return ParameterCallContext(
                method: "addHeader", wireName: wire, name: name, arguments: ", explode: \(explode)")
        case .cookie:
            return ParameterCallContext(
                method: "addCookie", wireName: wire, name: name, arguments: ", explode: \(explode)")
        case .path, .querystring:
            return nil
        }
    }

    /// The path template as literal pieces and parameters. A `{name}` without a path parameter stays literal.
    private func pathPieces(_ parameters: [String: (name: String, parameter: OpenAPI.Parameter)])
        -> [PathPieceContext]
    {
        var pieces: [PathPieceContext] = []
        var literal = ""
        var rest = Substring(path)
        func flush() {
            guard !literal.isEmpty else { return }
            pieces.append(
                PathPieceContext(
                    literal: SwiftText.stringLiteral(literal), wireName: "\"\"", name: "", arguments: ""))
            literal = ""
        }
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = String(rest[rest.index(after: open)..<close])
            if let (name, parameter) = parameters[key] {
                flush()
                let style: String
                switch parameter.effectiveStyle {
                case .label: style = ".label"
                case .matrix: style = ".matrix"
                default: style = ".simple"
                }
                pieces.append(
                    PathPieceContext(
                        literal: nil, wireName: SwiftText.stringLiteral(key), name: name,
                        arguments: ", style: \(style), explode: \(parameter.effectiveExplode)"))
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        flush()
        return pieces
    }

    // MARK: - Security

    /// The operation's requirements (or the document's), as alternatives of scheme keys. A requirement naming a
    /// scheme the spec does not declare can never be met (the client has no credentials for it); it is kept, with
    /// a warning, so that the client does not send a request unauthenticated that the spec says needs a scheme.
    private mutating func securityLiteral() -> String {
        let requirements = operation.security ?? spec.document.security ?? []
        var alternatives: [String] = []
        for requirement in requirements {
            for key in requirement.schemes.keys where !schemeKeys.contains(key) {
                diagnostics.append(
                    .warning(
                        "the security requirement names '\(key)', which 'components.securitySchemes' does not declare",
                        at: requirement.location))
            }
            alternatives.append(
                "[" + requirement.schemes.keys.map(SwiftText.stringLiteral).joined(separator: ", ") + "]")
        }
        return "[" + alternatives.joined(separator: ", ") + "]"
    }
}
