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
            ("type-overrides.formats", typeOverrides.formats.first?.location)
        ]
        for section in sections {
            if let location = section.location {
                diagnostics.append(.error("\(section.name): generate does not apply this section yet", at: location))
            }
        }
        return diagnostics
    }
}

extension GeneratorConfig.TypeOverrides {
    /// The schema overrides, each labelled with its key path.
    public var schemaOverrides: [PackageGenerator.SchemaTypeOverride] {
        schemas.map {
            .init(
                schema: $0.value.name, type: $0.value.type, module: $0.value.module,
                label: "type-overrides.schemas.\($0.value.name)", location: $0.location)
        }
    }
}

extension GeneratorConfig.NamingOverrides {
    /// The chosen names, each labelled with its key path (`naming.schemas.pet_record`).
    public var renames: PackageGenerator.Naming {
        func labelled(_ list: [Located<GeneratorConfig.Rename>], _ key: String) -> [PackageGenerator.Rename] {
            list.map {
                .init(
                    original: $0.value.original, swiftName: $0.value.swiftName,
                    label: "naming.\(key).\($0.value.original)", location: $0.location)
            }
        }
        return .init(
            schemas: labelled(schemas, "schemas"), properties: labelled(properties, "properties"),
            operations: labelled(operations, "operations"))
    }
}

extension GeneratorConfig.OperationFilters {
    /// The filter these settings describe, each entry labelled with its key path.
    public var operationFilter: OperationFilter {
        func selection(_ set: GeneratorConfig.FilterSet, _ name: String) -> OperationFilter.Selection {
            func entries(_ values: [Located<String>], _ key: String) -> [OperationFilter.Entry] {
                values.enumerated().map { index, value in
                    .init(value: value.value, label: "filters.\(name).\(key)[\(index)]", location: value.location)
                }
            }
            return .init(
                tags: entries(set.tags, "tags"), operationIDs: entries(set.operationIDs, "operation-ids"),
                paths: entries(set.paths, "paths"))
        }
        return OperationFilter(include: selection(include, "include"), exclude: selection(exclude, "exclude"))
    }
}
