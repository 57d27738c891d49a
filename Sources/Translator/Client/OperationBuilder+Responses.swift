import OpenAPIModel
import OrderedCollections

extension OperationBuilder {
    /// The documented responses as `Output` cases: exact codes in spec order, then ranges, then `default`.
    mutating func responseCases() -> (cases: [ResponseCaseContext], hasDefault: Bool, success: SuccessContext?) {
        var exact: [(OpenAPI.ResponseKey, OpenAPI.Response)] = []
        var ranges: [(OpenAPI.ResponseKey, OpenAPI.Response)] = []
        var fallback: (OpenAPI.ResponseKey, OpenAPI.Response)?
        for (key, written) in operation.responses {
            guard let response = spec.resolve(written) else { continue }
            switch key {
            case .status: exact.append((key, response))
            case .range: ranges.append((key, response))
            case .default: fallback = (key, response)
            }
        }
        var namer = UniqueNamer(reserved: ["undocumented", "status", "body", "init", "self"])
        var typeNamer = UniqueNamer(reserved: ["Input", "Output", "Body", "Operations"])
        var cases: [ResponseCaseContext] = []
        var successes: [SuccessContext?] = []
        for (key, response) in exact + ranges + (fallback.map { [$0] } ?? []) {
            let caseName = namer.claim(Self.caseName(for: key)).name
            let (context, success) = responseCase(key, response, caseName: caseName, typeNamer: &typeNamer)
            cases.append(context)
            if case .status(let code) = key, (200..<300).contains(code) { successes.append(success) }
            if case .range(2) = key { successes.append(success) }
        }
        let success = successes.count == 1 ? successes[0] : nil
        return (cases, fallback != nil, success)
    }

    /// The case name for a response key: `200` → `ok`, `404` → `notFound`, `4XX` → `clientError`.
    static func caseName(for key: OpenAPI.ResponseKey) -> String {
        switch key {
        case .default: return "`default`"
        case .range(let hundreds):
            return ["1": "informational", "2": "success", "3": "redirection", "4": "clientError", "5": "serverError"][
                String(hundreds)] ?? "status\(hundreds)XX"
        case .status(let code):
            return statusNames[code] ?? "status\(code)"
        }
    }

    /// RFC 9110's reason phrases in lowerCamelCase.
    static let statusNames: [Int: String] = [
        100: "continue", 101: "switchingProtocols", 200: "ok", 201: "created", 202: "accepted",
        203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent", 206: "partialContent",
        207: "multiStatus", 300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther",
        304: "notModified", 307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest",
        401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed",
        406: "notAcceptable", 407: "proxyAuthenticationRequired", 408: "requestTimeout", 409: "conflict",
        410: "gone", 411: "lengthRequired", 412: "preconditionFailed", 413: "contentTooLarge", 414: "uriTooLong",
        415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed", 418: "imATeapot",
        421: "misdirectedRequest", 422: "unprocessableContent", 423: "locked", 424: "failedDependency",
        425: "tooEarly", 426: "upgradeRequired", 428: "preconditionRequired", 429: "tooManyRequests",
        431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons", 500: "internalServerError",
        501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
        505: "httpVersionNotSupported", 507: "insufficientStorage", 511: "networkAuthenticationRequired",
    ]

    /// One response's case, its decoding and, for a 2XX response with one body, the success accessor.
    private mutating func responseCase(
        _ key: OpenAPI.ResponseKey, _ response: OpenAPI.Response, caseName: String, typeNamer: inout UniqueNamer
    ) -> (ResponseCaseContext, SuccessContext?) {
        let bare = caseName.replacing("`", with: "")
        let upper = String(bare.prefix(1).uppercased() + bare.dropFirst())
        let hasStatus: Bool
        let statusLabel: String
        switch key {
        case .status(let code):
            hasStatus = false
            statusLabel = "case \(code)"
        case .range(let hundreds):
            hasStatus = true
            statusLabel = "case \(hundreds * 100)...\(hundreds * 100 + 99)"
        case .default:
            hasStatus = true
            statusLabel = "default"
        }
        // Bodies: JSON first; one body is the case's value, several become a nested enum.
        let entries =
            response.content.elements.filter { BodyKind(mediaType: $0.key) == .json }
            + response.content.elements.filter { BodyKind(mediaType: $0.key) != .json }
        var bodyNamer = UniqueNamer(reserved: ["init", "self"])
        var bodies: [(caseName: String, key: String, type: String, expression: String)] = []
        var bodyFacts: [OperationFacts.ResponseBodyFact] = []
        for (mediaKey, media) in entries {
            let (type, expression) = decoding(mediaKey, media)
            let bodyCase = bodyNamer.claim(Self.caseName(mediaKey)).name
            bodies.append((bodyCase, mediaKey, type, expression))
            bodyFacts.append(OperationFacts.ResponseBodyFact(caseName: bodyCase, key: mediaKey, type: type))
        }
        let bodyEnum = bodies.count > 1 ? typeNamer.claim(upper + "Body").name : nil
        var headers: [ResponseHeaderContext] = []
        var headerFacts: [OpenAPI.Header] = []
        var headerNamer = UniqueNamer(reserved: ["init", "self"])
        for (name, written) in response.headers where name.lowercased() != "content-type" {
            guard let header = spec.resolve(written) else { continue }
            headerFacts.append(header)
            let schema = header.schema ?? header.content?.values.first?.schema
            let type = schema.map { types.use(for: $0).expression } ?? "Swift.String"
            headers.append(
                ResponseHeaderContext(
                    name: headerNamer.claim(SwiftName.memberName(name)).name, type: type,
                    wireName: SwiftText.stringLiteral(name),
                    documentation: SwiftText.documentationLines(header.description),
                    isLast: false))
        }
        if !headers.isEmpty { headers[headers.count - 1].isLast = true }
        let headersType = headers.isEmpty ? nil : typeNamer.claim(upper + "Headers").name

        var values: [String] = []
        if hasStatus { values.append("status: Swift.Int") }
        if let bodyEnum {
            values.append(bodyEnum)
        } else if let only = bodies.first {
            values.append(only.type)
        }
        if let headersType { values.append("headers: " + headersType) }
        let associatedValues = values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"

        func construct(_ body: String?) -> String {
            var arguments: [String] = []
            if hasStatus { arguments.append("status: response.status") }
            if let body { arguments.append(body) }
            if let headersType { arguments.append("headers: try \(headersType)(response)") }
            return "." + caseName + (arguments.isEmpty ? "" : "(" + arguments.joined(separator: ", ") + ")")
        }
        var decodings: [ResponseDecodingContext] = []
        if bodies.isEmpty {
            decodings.append(ResponseDecodingContext(mediaLiteral: nil, expression: construct(nil)))
        } else {
            for (index, body) in bodies.enumerated() {
                let value = bodyEnum != nil ? ".\(body.caseName)(\(body.expression))" : body.expression
                let isLast = index == bodies.count - 1
                decodings.append(
                    ResponseDecodingContext(
                        mediaLiteral: isLast ? nil : SwiftText.stringLiteral(ModelBuilder.mediaType(body.key)),
                        expression: construct(value)))
            }
        }
        let statusCase: String
        switch key {
        case .status(let code): statusCase = "case .\(caseName): return \(code)"
        default:
            let rest = Array(repeating: ", _", count: values.count - 1).joined()
            statusCase = "case .\(caseName)(let status\(rest)): return status"
        }
        var documentation = SwiftText.documentationLines(response.description)
        if !documentation.isEmpty { documentation.append("") }
        documentation.append("Status `\(key.description)`.")
        let context = ResponseCaseContext(
            caseName: caseName, associatedValues: associatedValues, statusLabel: statusLabel, statusCase: statusCase,
            documentation: documentation, decodings: decodings, bodyEnum: bodyEnum,
            bodyCases: bodyEnum == nil
                ? []
                : bodies.map {
                    ResponseBodyCaseContext(
                        caseName: $0.caseName, type: $0.type,
                        documentation: SwiftText.documentationLines("`\($0.key)`"))
                },
            headersType: headersType, headers: headers)
        facts.responses.append(
            OperationFacts.ResponseFact(
                context: context, key: key, hasStatus: hasStatus, bodies: bodyFacts, headers: headerFacts))
        var success: SuccessContext?
        if bodies.count == 1, let only = bodies.first {
            var bindings = hasStatus ? ["_"] : []
            bindings.append("let body")
            if headersType != nil { bindings.append("_") }
            success = SuccessContext(
                type: only.type, pattern: "case .\(caseName)(\(bindings.joined(separator: ", ")))")
        }
        return (context, success)
    }

    /// The Swift type of a response body and the expression that reads it from `response`.
    private func decoding(_ key: String, _ media: OpenAPI.MediaType) -> (type: String, expression: String) {
        let schemaType = media.schema.map { types.use(for: $0).expression } ?? "JSONValue"
        switch BodyKind(mediaType: key) {
        case .json:
            return (schemaType, "try await ResponseDecoding.json(\(schemaType).self, from: response)")
        case .eventStream:
            return ("ServerSentEvents", "ServerSentEvents(response.body.byteStream)")
        case .jsonLines:
            let item = (media.itemSchema ?? media.schema).map { types.use(for: $0).expression } ?? "JSONValue"
            return ("JSONLines<\(item)>", "JSONLines<\(item)>(response.body.byteStream)")
        case .text:
            if media.schema?.format == "binary" { return ("ClientBody", "response.body") }
            return ("Swift.String", "try await ResponseDecoding.text(from: response)")
        case .form, .multipart, .binary:
            return ("ClientBody", "response.body")
        }
    }

    /// The `Accept` header: every media type of the documented responses, JSON first, once each.
    func acceptHeader() -> String? {
        var types: OrderedDictionary<String, Void> = [:]
        for (_, written) in operation.responses {
            guard let response = spec.resolve(written) else { continue }
            for key in response.content.keys { types[ModelBuilder.mediaType(key)] = () }
        }
        guard !types.isEmpty else { return nil }
        let sorted =
            types.keys.filter { BodyKind(mediaType: $0) == .json }
            + types.keys.filter { BodyKind(mediaType: $0) != .json }
        return sorted.joined(separator: ", ")
    }
}
