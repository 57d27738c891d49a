import SpecDiagnostics

extension AccessLevel {
    /// The modes whose targets use the models' declarations from another target, which `internal` hides.
    public static func modesNeedingAnotherTarget(_ modes: some Sequence<GenerationMode>) -> [GenerationMode] {
        let crossing: Set<GenerationMode> = [.asyncHTTPClient, .server, .hummingbird]
        let given = Set(modes)
        return GenerationMode.allCases.filter { given.contains($0) && crossing.contains($0) }
    }

    /// Why this level cannot be generated with `modes`, or nil when it can.
    public func conflict(with modes: some Sequence<GenerationMode>) -> String? {
        let crossing = Self.modesNeedingAnotherTarget(modes)
        guard self == .internal, !crossing.isEmpty else { return nil }
        let names = crossing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return "internal declarations cannot be used by the targets of mode \(names), which need the models "
            + "from another target of the package; use 'package'"
    }
}

extension GeneratorConfig.TypeOverrides {
    /// The schema overrides, each labelled with its key path.
    public var schemaOverrides: [PackageGenerator.SchemaTypeOverride] { labelled(schemas, "schemas") }

    /// The format overrides, each labelled with its key path.
    public var formatOverrides: [PackageGenerator.FormatTypeOverride] { labelled(formats, "formats") }

    private func labelled(
        _ list: [Located<GeneratorConfig.TypeOverride>], _ key: String
    ) -> [PackageGenerator.TypeOverride] {
        list.map {
            .init(
                name: $0.value.name, type: $0.value.type, module: $0.value.module,
                label: "type-overrides.\(key).\($0.value.name)", location: $0.location)
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
