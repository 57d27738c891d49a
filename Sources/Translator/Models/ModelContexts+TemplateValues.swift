public import TemplateEngine

// Every model context hands its fields to the template engine directly (see `TemplateFieldValues`): rendering a
// large spec reads hundreds of thousands of fields, and reflection was the slowest part of it.

extension ModelFileContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        ["header": header, "imports": imports, "declarations": declarations]
    }
}

extension DeclarationContext: TemplateFieldValues {
    /// The declared fields by name (only the kind of declaration that is set).
    public var templateValues: [String: Any] {
        var values: [String: Any] = ["nested": nested]
        if let structType { values["structType"] = structType }
        if let enumType { values["enumType"] = enumType }
        if let oneOfType { values["oneOfType"] = oneOfType }
        if let anyOfType { values["anyOfType"] = anyOfType }
        if let typeAlias { values["typeAlias"] = typeAlias }
        return values
    }
}

extension StructContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        [
            "name": name, "documentation": documentation, "isDeprecated": isDeprecated, "properties": properties,
            "hasProperties": hasProperties, "hasKeyedProperties": hasKeyedProperties, "knownKeys": knownKeys,
            "nestedTypes": nestedTypes,
        ]
    }
}

extension PropertyContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        var values: [String: Any] = [
            "name": name, "wireName": wireName, "type": type, "baseType": baseType, "decodeMethod": decodeMethod,
            "encodeMethod": encodeMethod, "documentation": documentation, "isBoxed": isBoxed,
            "isAdditional": isAdditional, "isComposed": isComposed, "isLast": isLast,
        ]
        if let defaultValue { values["defaultValue"] = defaultValue }
        if let omittedFrom { values["omittedFrom"] = omittedFrom }
        return values
    }
}

extension EnumContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        [
            "name": name, "documentation": documentation, "isDeprecated": isDeprecated, "rawType": rawType,
            "cases": cases, "unknownCase": unknownCase,
        ]
    }
}

extension EnumCaseContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        ["name": name, "literal": literal, "documentation": documentation]
    }
}

extension OneOfContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        var values: [String: Any] = [
            "name": name, "documentation": documentation, "isDeprecated": isDeprecated, "cases": cases,
            "attempts": attempts, "undecodableCase": undecodableCase, "nestedTypes": nestedTypes,
        ]
        if let discriminator { values["discriminator"] = discriminator }
        return values
    }
}

extension OneOfCaseContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        ["name": name, "type": type, "documentation": documentation, "isObject": isObject]
    }
}

extension OneOfAttemptContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] { ["caseName": caseName, "type": type] }
}

extension DiscriminatorContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] { ["propertyName": propertyName, "mappings": mappings] }
}

extension DiscriminatorMappingContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] { ["caseName": caseName, "type": type, "values": values] }
}

extension LiteralContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] { ["literal": literal, "isLast": isLast] }
}

extension AnyOfContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        [
            "name": name, "documentation": documentation, "isDeprecated": isDeprecated, "branches": branches,
            "mergesObjects": mergesObjects, "nestedTypes": nestedTypes,
        ]
    }
}

extension AnyOfBranchContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        ["name": name, "type": type, "documentation": documentation, "isLast": isLast]
    }
}

extension TypeAliasContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        ["name": name, "documentation": documentation, "isDeprecated": isDeprecated, "type": type]
    }
}

extension SupportFileContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] { ["header": header] }
}

extension PackageContext: TemplateFieldValues {
    /// The declared fields by name.
    public var templateValues: [String: Any] {
        var values: [String: Any] = ["header": header, "packageName": packageName, "moduleName": moduleName]
        if let asyncHTTPClientModule { values["asyncHTTPClientModule"] = asyncHTTPClientModule }
        if let serverModule { values["serverModule"] = serverModule }
        if let hummingbirdModule { values["hummingbirdModule"] = hummingbirdModule }
        values["hasDependencies"] = hasDependencies
        return values
    }
}
