import Foundation
import OpenAPILoader
import TemplateEngine
import Testing

@testable import Translator

@Suite("Client translation")
struct ClientTranslationTests {
    private func translate(_ fixture: String, module: String = "ClientFeatures") throws -> ClientTranslation {
        let loaded = SpecLoader.load(path: try Fixtures.path(fixture))
        let spec = try #require(loaded.spec)
        #expect(!loaded.hasErrors)
        let models = ModelTranslator(spec: spec, specPath: fixture, moduleName: module, inlineTypes: .nested)
            .translate()
        return ClientTranslator(
            spec: spec, types: models.types, header: models.header,
            clientName: ClientTranslator.defaultClientName(moduleName: module)
        ).translate()
    }

    private func operation(_ name: String, in translation: ClientTranslation) throws -> OperationContext {
        try #require(translation.operations.first { $0.context.operation.typeName == name }?.context.operation)
    }

    @Test("operations are named from operationId, or from method and path, in a namespace of their own")
    func names() throws {
        let translation = try translate("client/client-features.yaml")
        #expect(
            translation.operations.map(\.fileName) == [
                "Operations+PathStyles.swift", "Operations+GetFile.swift", "Operations+QueryStyles.swift",
                "Operations+SendBody.swift", "Operations+Upload.swift", "Operations+GetEvents.swift",
                "Operations+StreamLines.swift",
            ])
        #expect(translation.operations.map(\.context.operation.methodName)[5] == "getEvents")
        #expect(ClientTranslator.defaultClientName(moduleName: "LibredeskAPI") == "LibredeskClient")
        #expect(ClientTranslator.defaultClientName(moduleName: "Models") == "Client")
        #expect(ClientTranslator.defaultClientName(moduleName: "Petstore") == "PetstoreClient")
        let send = try operation("SendBody", in: translation)
        #expect(send.isDeprecated && send.documentation.last == "- Note: Deprecated.")
    }

    @Test("path-level parameters merge with the operation's, the operation's winning; reserved headers are ignored")
    func parameters() throws {
        let styles = try operation("PathStyles", in: try translate("client/client-features.yaml"))
        #expect(styles.inputs.map(\.name) == ["simple", "trace", "label", "matrix"])
        #expect(styles.inputs.map(\.type)[1] == "Foundation.UUID")
        #expect(styles.inputs.map(\.type)[3] == "ClientFeatures.PathStylesMatrix")
        #expect(styles.parameterCalls.map(\.method) == ["addHeader"])
        #expect(
            styles.pathPieces.map { $0.literal ?? $0.name + $0.arguments } == [
                #""/styles/""#, "simple, style: .simple, explode: false", #""/""#,
                "label, style: .label, explode: true", #""/""#, "matrix, style: .matrix, explode: false",
            ])
        let file = try operation("GetFile", in: try translate("client/client-features.yaml"))
        #expect(file.pathPieces.map { $0.literal ?? $0.name } == [#""/files/""#, "name", #"".""#, "ext"])
        #expect(file.inputs.map(\.type) == ["Swift.String", "ClientFeatures.GetFileExt"])
    }

    @Test("query, header and cookie parameters carry their style, explode and reserved flags")
    func parameterCalls() throws {
        let query = try operation("QueryStyles", in: try translate("client/client-features.yaml"))
        #expect(
            query.parameterCalls.map { $0.method + " " + $0.wireName + $0.arguments } == [
                #"addQuery "form", style: .form, explode: true"#,
                #"addQuery "formFlat", style: .form, explode: false"#,
                #"addQuery "space", style: .spaceDelimited, explode: false"#,
                #"addQuery "pipe", style: .pipeDelimited, explode: false"#,
                #"addQuery "deep", style: .deepObject, explode: true"#,
                #"addQuery "reserved", style: .form, explode: true, allowReserved: true"#,
                #"addQuery "empty", style: .form, explode: true, allowEmptyValue: true"#,
                #"addQueryContent "filter""#,
                #"addQuery "when", style: .form, explode: true"#,
                #"addQuery "day", style: .form, explode: true"#,
                #"addQuery "flag", style: .form, explode: true"#,
                #"addCookie "session", explode: true"#,
                #"addCookie "prefs", explode: false"#,
            ])
        #expect(query.inputs.allSatisfy { $0.defaultValue == "nil" && $0.type.hasSuffix("?") })
    }

    @Test("security: the document's default, alternatives, schemes applied together, none")
    func security() throws {
        let translation = try translate("client/client-features.yaml")
        #expect(try operation("PathStyles", in: translation).securityLiteral == #"[["bearer"]]"#)
        #expect(try operation("GetFile", in: translation).securityLiteral == "[]")
        #expect(
            try operation("QueryStyles", in: translation).securityLiteral
                == #"[["apiKeyQuery"], ["basic", "apiKeyHeader"]]"#)
        let schemes = translation.client.schemes
        #expect(
            schemes.map(\.propertyName) == ["bearer", "basic", "custom", "apiKeyQuery", "apiKeyHeader", "cookieKey"])
        #expect(schemes.map(\.isToken) == [true, false, true, false, false, false])
        #expect(schemes.map(\.tokenPrefixLiteral)[0...2] == [#""Bearer ""#, #""""#, #""Token ""#])
        #expect(schemes[1].isBasic && schemes[1].credentialType == "BasicCredentials")
        #expect(schemes[3].isQuery && schemes[4].isHeader && schemes[5].isCookie)
    }

    @Test("bodies: JSON first, then the other content types as cases of an enum")
    func bodies() throws {
        let send = try operation("SendBody", in: try translate("client/client-features.yaml"))
        let body = try #require(send.body)
        #expect(body.isEnum && !body.isOptional)
        #expect(body.contents.map(\.caseName) == ["json", "form", "multipart", "plainText", "binary", "xml"])
        #expect(body.contents.map(\.isJSON) == [true, false, false, false, false, false])
        #expect(body.contents[1].isForm && body.contents[3].isText && body.contents[4].isBinary)
        #expect(body.contents[5].isBinary && body.contents[5].contentTypeLiteral == #""application/xml""#)
        #expect(send.inputs.last?.type == "Operations.SendBody.Body")
        let upload = try operation("Upload", in: try translate("client/client-features.yaml"))
        let parts = try #require(upload.body?.contents.first?.parts)
        #expect(
            parts.map { $0.method + " " + $0.wireName + $0.arguments } == [
                #"try form.appendText "name", contentType: "text/plain; charset=utf-8""#,
                #"try form.appendText "age""#, #"form.appendFile "photo""#, #"form.appendFiles "extra""#,
                #"try form.appendJSON "pet", contentType: "application/json""#, #"try form.appendText "note""#,
            ])
    }

    @Test("responses: exact codes, ranges and default, with several content types and typed headers")
    func responses() throws {
        let translation = try translate("client/client-features.yaml")
        let query = try operation("QueryStyles", in: translation)
        #expect(query.responses.map(\.caseName) == ["ok", "clientError", "`default`"])
        #expect(query.responses.map(\.statusLabel) == ["case 200", "case 400...499", "default"])
        #expect(query.responses[1].associatedValues == "(status: Swift.Int, ClientFeatures.Problem)")
        #expect(query.hasDefault && query.success?.pattern == "case .ok(let body)")
        #expect(query.acceptLiteral == #""application/json, application/problem+json, text/plain""#)
        let send = try operation("SendBody", in: translation)
        #expect(send.responses[0].bodyEnum == "CreatedBody")
        #expect(send.responses[0].decodings.map(\.mediaLiteral) == [#""application/json""#, nil])
        let file = try operation("GetFile", in: translation)
        #expect(file.responses[0].headersType == "OkHeaders")
        #expect(file.responses[0].headers.map(\.type) == ["Swift.Int", "Foundation.Date"])
        #expect(file.responses[0].associatedValues == "(ClientBody, headers: OkHeaders)")
        let events = try operation("GetEvents", in: translation)
        #expect(events.responses[0].associatedValues == "(ServerSentEvents)")
        #expect(
            events.serverExpression
                == #"OperationServer("https://stream.example.com", referenceOnClientServer: nil)"#)
        let lines = try operation("StreamLines", in: translation)
        #expect(lines.responses[0].associatedValues == "(JSONLines<ClientFeatures.Echo>)")
        #expect(!lines.hasDefault && lines.success?.type == "JSONLines<ClientFeatures.Echo>")
    }

    @Test("servers: the first is the default, with its variables' defaults")
    func servers() throws {
        let client = try translate("client/client-features.yaml").client
        #expect(client.defaultServerLiteral == #""https://eu.api.example.com/v1""#)
        #expect(client.servers.map(\.name) == ["server1", "server2"])
        #expect(client.servers[0].variables.map(\.name) == ["region"])
        #expect(client.servers[0].variables[0].placeholderLiteral == #""{region}""#)
    }

    @Test("every client context hands over the same field values that reflection reads")
    func handedOverValues() throws {
        var checked: Set<String> = []
        func compare(_ context: any TemplateContext) {
            let type = Swift.type(of: context)
            checked.insert(String(describing: type))
            guard let fast = context as? any TemplateFieldValues else {
                Issue.record("\(type) does not hand over its values")
                return
            }
            let handed = fast.templateValues
            for child in Mirror(reflecting: context).children {
                guard let label = child.label, type.templateFields[label] != nil else { continue }
                let mirror = Mirror(reflecting: child.value)
                let reflected: Any? = mirror.displayStyle == .optional ? mirror.children.first?.value : child.value
                #expect(
                    reflected.map { String(describing: $0) } == handed[label].map { String(describing: $0) },
                    "\(type).\(label)")
                if let nested = reflected as? any TemplateContext { compare(nested) }
                if let list = reflected as? [any TemplateContext] { list.forEach(compare) }
            }
        }
        let translation = try translate("client/client-features.yaml")
        compare(translation.client)
        translation.operations.forEach { compare($0.context) }
        #expect(checked.count == 17, "\(checked.sorted())")
    }

    @Test("an operation's own server: relative and on the document's host follow the client, another host does not")
    func operationServers() throws {
        let translation = try translate("client/operation-servers.yaml", module: "OperationServers")
        let expressions = try ["ListPets", "UploadFile", "GetReport", "SearchPets", "ListArchivedItems"].map {
            try operation($0, in: translation).serverExpression
        }
        #expect(
            expressions == [
                "nil",
                #"OperationServer("https://pets.uploads.example.com/files", referenceOnClientServer: nil)"#,
                #"OperationServer("/v2", referenceOnClientServer: "/v2")"#,
                #"OperationServer("./beta", referenceOnClientServer: "./beta")"#,
                #"OperationServer("https://API.example.com/archive", referenceOnClientServer: "/archive")"#,
            ])
        let document = "https://api.example.com:8443/v1"
        #expect(
            OperationServerRule.referenceOnClientServer("https://api.example.com:8443", documentURL: document) == "/")
        #expect(
            OperationServerRule.referenceOnClientServer("HTTPS://api.example.com:8443?x=1", documentURL: document)
                == "/?x=1")
        #expect(OperationServerRule.referenceOnClientServer("https://api.example.com/v1", documentURL: document) == nil)
        #expect(OperationServerRule.referenceOnClientServer("https://files.test/", documentURL: nil) == nil)
        #expect(OperationServerRule.referenceOnClientServer("uploads", documentURL: nil) == "uploads")
    }
}
