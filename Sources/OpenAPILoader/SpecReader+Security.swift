import OpenAPIModel
import OrderedCollections
import SpecDiagnostics
import YAMLParser

extension SpecReader {
    /// Reads a `security` list.
    func securityRequirements(_ node: YAMLNode) -> [OpenAPI.SecurityRequirement]? {
        guard let sequence = sequence(node, for: "security") else { return nil }
        var result: [OpenAPI.SecurityRequirement] = []
        for (index, item) in sequence.items.enumerated() {
            within(String(index)) {
                guard let mapping = mapping(item, for: "security requirement") else { return }
                var schemes: OrderedDictionary<String, [String]> = [:]
                for entry in mapping.entries {
                    schemes[entry.key.value] =
                        within(entry.key.value) { strings(entry.value, for: entry.key.value) } ?? []
                }
                result.append(OpenAPI.SecurityRequirement(schemes: schemes, location: item.location))
            }
        }
        return result
    }

    /// Reads a Security Scheme Object (or a Swagger 2.0 security definition).
    func securitySchemeValue(_ node: YAMLNode) -> OpenAPI.SecurityScheme? {
        guard let mapping = mapping(node, for: "security scheme"),
            let type = requiredString(mapping, "type", in: "Security Scheme")
        else { return nil }
        let kind: OpenAPI.SecurityScheme.Kind
        switch type {
        case "apiKey":
            guard let name = requiredString(mapping, "name", in: "Security Scheme"),
                let locationText = requiredString(mapping, "in", in: "Security Scheme")
            else { return nil }
            guard let location = OpenAPI.SecurityScheme.APIKeyLocation(rawValue: locationText) else {
                within("in") {
                    error(
                        "expected one of 'header', 'query', 'cookie' for 'in', found '\(locationText)'",
                        at: mapping["in"]?.location ?? node.location)
                }
                return nil
            }
            kind = .apiKey(name: name, location: location)
        case "http":
            guard let scheme = requiredString(mapping, "scheme", in: "Security Scheme") else { return nil }
            kind = .http(
                scheme: scheme, bearerFormat: mapping["bearerFormat"].flatMap { string($0, for: "bearerFormat") })
        case "basic" where dialect == .swagger2:
            kind = .http(scheme: "basic", bearerFormat: nil)
        case "oauth2":
            if dialect == .swagger2 {
                kind = .oauth2(flows: swaggerFlows(mapping))
            } else {
                guard let flowsNode = mapping["flows"] else {
                    error("missing required key 'flows' in Security Scheme", at: mapping.location)
                    return nil
                }
                kind = .oauth2(flows: within("flows") { flows(flowsNode) })
            }
        case "openIdConnect":
            guard let url = requiredString(mapping, "openIdConnectUrl", in: "Security Scheme") else { return nil }
            kind = .openIdConnect(url: url)
        case "mutualTLS":
            kind = .mutualTLS
        default:
            within("type") {
                error(
                    "expected one of 'apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS' for 'type', found '\(type)'",
                    at: mapping["type"]?.location ?? node.location)
            }
            return nil
        }
        var scheme = OpenAPI.SecurityScheme(kind: kind, location: node.location)
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "description": scheme.description = within(key) { string(entry.value, for: key) }
            case "deprecated": scheme.deprecated = within(key) { bool(entry.value, for: key) } ?? false
            case "type", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl", "flow",
                "authorizationUrl", "tokenUrl", "scopes", "oauth2MetadataUrl":
                break
            default: unknownKey(entry, in: "Security Scheme", extensions: &scheme.extensions)
            }
        }
        return scheme
    }

    private func flows(_ node: YAMLNode) -> OpenAPI.OAuthFlows {
        var flows = OpenAPI.OAuthFlows()
        guard let mapping = mapping(node, for: "flows") else { return flows }
        for entry in mapping.entries {
            let key = entry.key.value
            let flow = within(key) { self.flow(entry.value) }
            switch key {
            case "implicit": flows.implicit = flow
            case "password": flows.password = flow
            case "clientCredentials": flows.clientCredentials = flow
            case "authorizationCode": flows.authorizationCode = flow
            case "deviceAuthorization": flows.deviceAuthorization = flow
            default:
                var ignored: OrderedDictionary<String, JSONValue> = [:]
                unknownKey(entry, in: "OAuth Flows", extensions: &ignored)
            }
        }
        return flows
    }

    private func flow(_ node: YAMLNode) -> OpenAPI.OAuthFlow? {
        guard let mapping = mapping(node, for: "flow") else { return nil }
        var flow = OpenAPI.OAuthFlow()
        var ignored: OrderedDictionary<String, JSONValue> = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            switch key {
            case "authorizationUrl": flow.authorizationURL = within(key) { string(entry.value, for: key) }
            case "tokenUrl": flow.tokenURL = within(key) { string(entry.value, for: key) }
            case "refreshUrl": flow.refreshURL = within(key) { string(entry.value, for: key) }
            case "deviceAuthorizationUrl": flow.deviceAuthorizationURL = within(key) { string(entry.value, for: key) }
            case "scopes": flow.scopes = within(key) { stringMap(entry.value, for: key) }
            default: unknownKey(entry, in: "OAuth Flow", extensions: &ignored)
            }
        }
        return flow
    }

    private func swaggerFlows(_ mapping: YAMLMapping) -> OpenAPI.OAuthFlows {
        var flows = OpenAPI.OAuthFlows()
        var flow = OpenAPI.OAuthFlow()
        flow.authorizationURL = mapping["authorizationUrl"].flatMap { string($0, for: "authorizationUrl") }
        flow.tokenURL = mapping["tokenUrl"].flatMap { string($0, for: "tokenUrl") }
        if let scopes = mapping["scopes"] { flow.scopes = within("scopes") { stringMap(scopes, for: "scopes") } }
        switch mapping["flow"]?.scalar?.value {
        case "implicit": flows.implicit = flow
        case "password": flows.password = flow
        case "application": flows.clientCredentials = flow
        case "accessCode": flows.authorizationCode = flow
        default:
            error(
                "expected one of 'implicit', 'password', 'application', 'accessCode' for 'flow', found "
                    + (mapping["flow"].map(Self.found) ?? "nothing"),
                at: mapping["flow"]?.location ?? mapping.location)
        }
        return flows
    }
}
