public import TemplateEngine

// The client contexts hand their fields to the template engine directly (see `TemplateFieldValues`), as the
// model contexts do: a large spec renders hundreds of operations.

extension ClientFileContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        [
            "header": header, "clientName": clientName, "documentation": documentation,
            "defaultServerLiteral": defaultServerLiteral, "servers": servers, "schemes": schemes,
            "hasSchemes": hasSchemes,
        ]
    }
}

extension ServerContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["name": name, "documentation": documentation, "urlLiteral": urlLiteral, "variables": variables]
    }
}

extension ServerVariableContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["name": name, "placeholderLiteral": placeholderLiteral, "defaultLiteral": defaultLiteral, "isLast": isLast]
    }
}

extension SecuritySchemeContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        [
            "propertyName": propertyName, "keyLiteral": keyLiteral, "credentialType": credentialType,
            "documentation": documentation, "isBasic": isBasic, "isToken": isToken,
            "tokenPrefixLiteral": tokenPrefixLiteral, "isHeader": isHeader, "isQuery": isQuery, "isCookie": isCookie,
            "nameLiteral": nameLiteral, "isTransport": isTransport, "isLast": isLast,
        ]
    }
}

extension OperationFileContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["header": header, "clientName": clientName, "operation": operation]
    }
}

extension OperationContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        var values: [String: Any] = [
            "typeName": typeName, "methodName": methodName, "operationIDLiteral": operationIDLiteral,
            "documentation": documentation, "isDeprecated": isDeprecated, "methodLiteral": methodLiteral,
            "inputs": inputs, "hasInputs": hasInputs, "pathPieces": pathPieces, "parameterCalls": parameterCalls,
            "securityLiteral": securityLiteral, "serverExpression": serverExpression, "responses": responses,
            "hasDefault": hasDefault,
        ]
        if let body { values["body"] = body }
        if let acceptLiteral { values["acceptLiteral"] = acceptLiteral }
        if let success { values["success"] = success }
        return values
    }
}

extension InputContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        var values: [String: Any] = [
            "name": name, "label": label, "type": type, "documentation": documentation, "isLast": isLast,
        ]
        if let defaultValue { values["defaultValue"] = defaultValue }
        return values
    }
}

extension PathPieceContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        var values: [String: Any] = ["wireName": wireName, "name": name, "arguments": arguments]
        if let literal { values["literal"] = literal }
        return values
    }
}

extension ParameterCallContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["method": method, "wireName": wireName, "name": name, "arguments": arguments]
    }
}

extension RequestBodyContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["name": name, "isOptional": isOptional, "isEnum": isEnum, "contents": contents]
    }
}

extension BodyContentContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        [
            "caseName": caseName, "type": type, "contentTypeLiteral": contentTypeLiteral, "isJSON": isJSON,
            "isForm": isForm, "isMultipart": isMultipart, "isMultipartForm": isMultipartForm, "isText": isText,
            "isBinary": isBinary, "encodingsLiteral": encodingsLiteral, "parts": parts,
        ]
    }
}

extension MultipartPartContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["method": method, "wireName": wireName, "name": name, "arguments": arguments]
    }
}

extension ResponseCaseContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        var values: [String: Any] = [
            "caseName": caseName, "associatedValues": associatedValues, "statusLabel": statusLabel,
            "statusCase": statusCase, "documentation": documentation, "decodings": decodings, "bodyCases": bodyCases,
            "headers": headers,
        ]
        if let bodyEnum { values["bodyEnum"] = bodyEnum }
        if let headersType { values["headersType"] = headersType }
        return values
    }
}

extension ResponseBodyCaseContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["caseName": caseName, "type": type, "documentation": documentation]
    }
}

extension ResponseHeaderContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["name": name, "type": type, "wireName": wireName, "documentation": documentation, "isLast": isLast]
    }
}

extension ResponseDecodingContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        var values: [String: Any] = ["expression": expression]
        if let mediaLiteral { values["mediaLiteral"] = mediaLiteral }
        return values
    }
}

extension SuccessContext: TemplateFieldValues {
    /// The declared fields by name (an absent optional is left out).
    public var templateValues: [String: Any] {
        ["type": type, "pattern": pattern]
    }
}
