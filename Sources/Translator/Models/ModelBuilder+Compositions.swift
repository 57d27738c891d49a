import OpenAPIModel
import OrderedCollections
import SpecDiagnostics

/// Enum, oneOf and anyOf declarations.
extension ModelBuilder {
    // MARK: Enums

    func enumContext(
        name: String, schema: OpenAPI.Schema, values: [JSONValue], documentation: [String], isDeprecated: Bool
    ) -> EnumContext? {
        guard let naming = enumCaseNames(schema: schema, values: values) else { return nil }
        let cases = naming.cases.map { value, caseName in
            switch value {
            case .integer(let number):
                EnumCaseContext(name: caseName, literal: String(number), documentation: [])
            default:
                EnumCaseContext(
                    name: caseName, literal: SwiftText.stringLiteral(value.stringValue ?? ""), documentation: [])
            }
        }
        return EnumContext(
            name: name, documentation: documentation, isDeprecated: isDeprecated,
            rawType: naming.isString ? "Swift.String" : "Swift.Int", cases: cases, unknownCase: naming.unknownCase)
    }

    /// The case names of a string or integer enum, in order, and the name of its case for unknown values; nil when
    /// the enum is neither (it is generated as its base type). Values that do not match the enum's type are left
    /// out with a warning.
    /// Names an enum's cases cannot take: `E.Type` and `E.Protocol` name metatypes, and the enum declares
    /// `rawValue`, `hashValue` and `encode(to:)`. `self` and `init` are fine in backticks (`` .`self` ``).
    static let reservedCaseNames: Set<String> = ["Type", "Protocol", "rawValue", "hashValue", "encode"]

    func enumCaseNames(schema: OpenAPI.Schema, values: [JSONValue]) -> EnumCaseNames? {
        let present = values.filter { $0 != .null }
        let isString = schema.types.map { $0 == [.string] } ?? present.allSatisfy { $0.stringValue != nil }
        let isInteger =
            schema.types.map { $0 == [.integer] }
            ?? present.allSatisfy { if case .integer = $0 { true } else { false } }
        guard isString || isInteger, !present.isEmpty else { return nil }
        var namer = UniqueNamer(reserved: Self.reservedCaseNames)
        var cases: OrderedDictionary<JSONValue, String> = [:]
        for value in present where cases[value] == nil {
            switch value {
            case .string(let text) where isString:
                cases[value] = namer.claim(names.enumCaseName(text)).name
            case .integer(let number) where isInteger:
                cases[value] = namer.claim(names.enumCaseName(String(number))).name
            default:
                warnOnce(
                    "the enum value \(value.jsonText) does not match the enum's type and is left out",
                    at: schema.location)
            }
        }
        return EnumCaseNames(isString: isString, cases: cases, unknownCase: namer.claim("unknown").name)
    }

    // MARK: oneOf / anyOf

    /// A readable case name for a branch: its referenced type, its title, or its JSON type.
    func branchName(_ branch: OpenAPI.Schema, index: Int) -> String {
        if let ref = branch.ref, let name = topNames[ref.target] { return names.memberName(name) }
        if let title = branch.title { return names.memberName(title) }
        if let types = branch.types, types.count == 1 {
            switch types[0] {
            case .string:
                switch branch.format {
                case "uuid": return "uuid"
                case "date-time": return "dateTime"
                case "date": return "date"
                case "uri", "url": return "url"
                case "byte", "binary": return "data"
                default: return "string"
                }
            case .integer: return "integer"
            case .number: return "number"
            case .boolean: return "bool"
            case .array: return "array"
            case .object: return "object"
            }
        }
        return "case\(index + 1)"
    }

    func oneOfContext(
        name: String, schema: OpenAPI.Schema, branches: [OpenAPI.Schema], documentation: [String],
        isDeprecated: Bool, scope: Scope
    ) -> OneOfContext {
        var namer = UniqueNamer(reserved: Self.reservedMemberNames)
        var cases: [OneOfCaseContext] = []
        var caseTargets: [ReferenceTarget?] = []
        for (index, branch) in branches.enumerated() {
            let caseName = namer.claim(branchName(branch, index: index)).name
            let use = typeUse(for: branch, hint: names.typeName(caseName), scope: scope)
            cases.append(
                OneOfCaseContext(
                    name: caseName, type: use.expression + (use.nullable ? "?" : ""),
                    documentation: SwiftText.documentationLines(branch.description),
                    isObject: use.isObject && !use.nullable))
            caseTargets.append(branch.ref?.target)
        }
        var discriminator: DiscriminatorContext?
        var mapped: Set<Int> = []
        if let written = schema.discriminator {
            var valuesByCase: [Int: [String]] = [:]
            for (value, reference) in written.mapping {
                if let index = caseTargets.firstIndex(where: { $0 == reference.target }) {
                    valuesByCase[index, default: []].append(value)
                } else {
                    warnOnce(
                        "the discriminator value '\(value)' maps to '\(reference.raw)', which is not a branch of the oneOf",
                        at: written.location)
                }
            }
            for (index, target) in caseTargets.enumerated() {
                guard let target, valuesByCase[index] == nil else { continue }
                valuesByCase[index] = [target.lastComponent]
            }
            var mappings: [DiscriminatorMappingContext] = []
            for (index, item) in cases.enumerated() {
                guard let values = valuesByCase[index], !values.isEmpty else { continue }
                mapped.insert(index)
                let literals = values.enumerated().map { offset, value in
                    LiteralContext(literal: SwiftText.stringLiteral(value), isLast: offset == values.count - 1)
                }
                mappings.append(DiscriminatorMappingContext(caseName: item.name, type: item.type, values: literals))
            }
            discriminator = DiscriminatorContext(
                propertyName: SwiftText.stringLiteral(written.propertyName), mappings: mappings)
        }
        let attempts = cases.enumerated().filter { !mapped.contains($0.offset) }.map {
            OneOfAttemptContext(caseName: $0.element.name, type: $0.element.type)
        }
        return OneOfContext(
            name: name, documentation: documentation, isDeprecated: isDeprecated, cases: cases,
            discriminator: discriminator, attempts: attempts, undecodableCase: namer.claim("undecodable").name)
    }

    func anyOfContext(
        name: String, path: String, branches: [OpenAPI.Schema], documentation: [String], isDeprecated: Bool,
        scope: Scope
    ) -> AnyOfContext {
        var namer = UniqueNamer(reserved: Self.reservedMemberNames)
        var result: [AnyOfBranchContext] = []
        var allObjects = true
        for (index, branch) in branches.enumerated() {
            let branchName = namer.claim(branchName(branch, index: index)).name
            let use = typeUse(for: branch, hint: names.typeName(branchName), scope: scope)
            if let stored = use.storedStruct {
                storageEdges.append((from: path, to: stored, property: path + ".#" + branchName))
            }
            allObjects = allObjects && use.isObject && !use.nullable
            result.append(
                AnyOfBranchContext(
                    name: branchName, type: use.expression + (use.nullable ? "?" : ""),
                    documentation: SwiftText.documentationLines(branch.description), isLast: index == branches.count - 1
                ))
        }
        var lines = documentation
        if !lines.isEmpty { lines.append("") }
        lines.append("One or more of the schemas (`anyOf`): each property holds the value read as that schema, or nil.")
        return AnyOfContext(
            name: name, documentation: lines, isDeprecated: isDeprecated, branches: result, mergesObjects: allObjects)
    }
}
