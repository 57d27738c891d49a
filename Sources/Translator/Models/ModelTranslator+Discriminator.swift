import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// A schema with a `discriminator` that other schemas extend with `allOf` (the OpenAPI inheritance pattern):
///
/// ```yaml
/// Pet: {type: object, required: [petType], properties: {petType: {type: string}}, discriminator: {propertyName: petType}}
/// Cat: {allOf: [{$ref: Pet}, {properties: {huntingSkill: {type: string}}}]}
/// ```
///
/// Where a spec refers to `Pet`, a value of any subtype may stand. The base is therefore generated as an enum
/// over its subtypes (rendered with `models/oneOf`): `case cat(Cat)`, …, chosen by the discriminator, and
/// `case unknown(JSONValue)`, which keeps a value with any other discriminator value (or a body that does not fit
/// the subtype it names) exactly as received, so that it is sent back unchanged. Each subtype stays a struct with
/// every property, its own and those of the base, so decoding `Cat` directly is unchanged.
struct DiscriminatedBase {
    /// The base's discriminator.
    var discriminator: OpenAPI.Discriminator
    /// The schemas decoded for it, in the order of the top-level types, each with the discriminator values that
    /// name it (never empty).
    var subtypes: OrderedDictionary<ReferenceTarget, [String]>
}

extension ModelBuilder {
    /// The discriminated `allOf` bases of the spec, by target, with their subtypes.
    ///
    /// A base is a top-level object schema (properties or `allOf`, no `oneOf`/`anyOf` of several branches) with a
    /// `discriminator`, which at least one other top-level schema extends: its `allOf` references the base,
    /// directly or through other schemas. Without `mapping`, a subtype is named by its schema name (the last
    /// component of its reference, as OpenAPI says); with `mapping`, a mapped schema is named by its keys, and a
    /// subtype the mapping leaves out by its schema name. A mapping to the base itself is left to `unknown`; one to
    /// a schema that is not stored as a struct is ignored with a warning.
    func discriminatedBases() -> [ReferenceTarget: DiscriminatedBase] {
        var parents: [ReferenceTarget: [ReferenceTarget]] = [:]
        for (target, schema) in topSchemas {
            let referenced = (schema.allOf ?? []).compactMap { $0.ref?.target }
            if !referenced.isEmpty { parents[target] = referenced }
        }
        func extends(_ target: ReferenceTarget, _ base: ReferenceTarget) -> Bool {
            var seen: Set<ReferenceTarget> = []
            var stack = parents[target] ?? []
            while let next = stack.popLast() {
                if next == base { return true }
                guard seen.insert(next).inserted else { continue }
                stack.append(contentsOf: parents[next] ?? [])
            }
            return false
        }
        var result: [ReferenceTarget: DiscriminatedBase] = [:]
        for (base, _) in topNames {
            guard let schema = topSchemas[base], let discriminator = schema.discriminator,
                !schema.properties.isEmpty || schema.allOf?.isEmpty == false,
                !isMultiBranch(schema.oneOf), !isMultiBranch(schema.anyOf)
            else { continue }
            let extending = topNames.keys.filter { $0 != base && topSchemas[$0] != nil && extends($0, base) }
            guard !extending.isEmpty else { continue }
            var values: [ReferenceTarget: [String]] = [:]
            var claimed: Set<String> = []
            var mapped: [ReferenceTarget] = []
            for (value, reference) in discriminator.mapping {
                let target = reference.target
                if target == base { continue }
                guard topNames[target] != nil, let mappedSchema = topSchemas[target],
                    extending.contains(target) || storesStruct(mappedSchema)
                else {
                    warnOnce(
                        "the discriminator value '\(value)' maps to '\(reference.raw)', which is not an object schema; values with it are kept as received",
                        at: discriminator.location)
                    continue
                }
                guard claimed.insert(value).inserted else { continue }
                if values[target] == nil { mapped.append(target) }
                values[target, default: []].append(value)
            }
            for target in extending where values[target] == nil {
                let value = target.lastComponent
                guard claimed.insert(value).inserted else { continue }
                values[target] = [value]
            }
            var subtypes: OrderedDictionary<ReferenceTarget, [String]> = [:]
            for target in extending + mapped.filter({ !extending.contains($0) }) {
                if let names = values[target] { subtypes[target] = names }
            }
            guard !subtypes.isEmpty else { continue }
            result[base] = DiscriminatedBase(discriminator: discriminator, subtypes: subtypes)
        }
        return result
    }

    /// The declaration of a discriminated `allOf` base: an enum with one case per subtype, chosen by the
    /// discriminator, and an `unknown` case that keeps any other value as received (see ``DiscriminatedBase``).
    func discriminatedBaseDeclaration(
        _ base: DiscriminatedBase, schema: OpenAPI.Schema, name: String, isDeprecated: Bool
    ) -> DeclarationContext {
        var namer = UniqueNamer(reserved: Self.reservedMemberNames)
        var cases: [OneOfCaseContext] = []
        var mappings: [DiscriminatorMappingContext] = []
        for (target, values) in base.subtypes {
            guard let typeName = topNames[target] else { continue }
            let caseName = namer.claim(names.memberName(typeName)).name
            let use = typeUse(forTop: target, sibling: OpenAPI.Schema(location: schema.location), user: name)
            let valueList = values.map { "`\($0)`" }.joined(separator: " or ")
            let summary = "A `\(typeName)`: `\(base.discriminator.propertyName)` is \(valueList)."
            cases.append(
                OneOfCaseContext(
                    name: caseName, type: use.expression, documentation: [summary], isObject: use.isObject))
            let literals = values.enumerated().map { offset, value in
                LiteralContext(literal: SwiftText.stringLiteral(value), isLast: offset == values.count - 1)
            }
            mappings.append(DiscriminatorMappingContext(caseName: caseName, type: use.expression, values: literals))
        }
        let unknownCase = namer.claim("unknown").name
        var documentation = documentationLines(of: schema)
        if !documentation.isEmpty { documentation.append("") }
        documentation.append(
            "One of the schemas that extend `\(name)` with `allOf`, chosen by `\(base.discriminator.propertyName)`; "
                + "`\(unknownCase)` keeps any other value as received.")
        return DeclarationContext(
            oneOfType: OneOfContext(
                name: name, documentation: documentation, isDeprecated: isDeprecated, cases: cases,
                discriminator: DiscriminatorContext(
                    propertyName: SwiftText.stringLiteral(base.discriminator.propertyName), mappings: mappings),
                attempts: [], undecodableCase: unknownCase))
    }
}
