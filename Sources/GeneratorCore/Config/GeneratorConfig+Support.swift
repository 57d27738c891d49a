public import SpecDiagnostics

extension GeneratorConfig {
    /// Errors for settings that `generate` cannot honour yet, located at each; `config lint` reports them as
    /// warnings, since the file itself is well-formed.
    public var unsupportedSettings: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let accessLevel, accessLevel.value != .public {
            diagnostics.append(
                .error(
                    "access-level: generate supports only 'public' so far, not '\(accessLevel.value.rawValue)'",
                    at: accessLevel.location))
        }
        let sections: [(name: String, location: SourceLocation?)] = [
            ("filters", (filters.include.locations + filters.exclude.locations).first),
            ("naming", (naming.schemas + naming.properties + naming.operations).first?.location),
            ("type-overrides", (typeOverrides.formats + typeOverrides.schemas).first?.location),
        ]
        for section in sections {
            if let location = section.location {
                diagnostics.append(.error("\(section.name): generate does not apply this section yet", at: location))
            }
        }
        return diagnostics
    }
}

extension GeneratorConfig.FilterSet {
    /// Where each entry stands, in file order.
    var locations: [SourceLocation] { (tags + operationIDs + paths).map(\.location).sorted() }
}
