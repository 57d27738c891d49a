import Foundation
import GeneratorCore
import OpenAPILoader
import OpenAPIModel
import Testing
import Translator

/// Every JSON example of the seed specs (and of the real Libredesk spec, when the corpus is beside the repository)
/// decodes into the type the generated models use for its schema, and encodes back to the same JSON.
///
/// One package is generated per spec and one executable, depending on all of them, checks every example: it prints
/// `PASS <spec> <where>` or `FAIL <spec> <where>: <differences>`. The JSON is compared parsed, ignoring key order;
/// two date-time strings that name exactly the same instant are equal (`+02:00` may come back as `Z`).
@Suite("Example round trips")
struct ExampleRoundTripTests {
    @Test(
        "every example of a seed spec round-trips through its generated type",
        arguments: ["libredesk", "superoffice", "ruddr", "luminous"])
    func seed(_ name: String) async throws {
        let run = try await ExampleRun.shared.value
        try check(spec: "seed-\(name)", in: run)
    }

    @Test(
        "every example of the real Libredesk spec round-trips through its generated type",
        .enabled(
            if: ExampleRun.corpusLibredesk != nil, "the corpus spec ../shared/corpus/libredesk/openapi.json is absent"))
    func corpusLibredesk() async throws {
        let run = try await ExampleRun.shared.value
        try check(spec: "corpus-libredesk", in: run)
    }

    private func check(
        spec: String, in run: ExampleRun.Result, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let collected = try #require(run.collected[spec], "\(spec) was not collected")
        if !collected.skipped.isEmpty {
            print(
                "\(spec): examples without a generated JSON type, not checked:\n  "
                    + collected.skipped.joined(separator: "\n  "))
        }
        #expect(!collected.cases.isEmpty, "no example found in \(spec)")
        let lines = GeneratedRunner.expectAllPassed(
            run.output, prefix: spec + " ", expectedCount: collected.cases.count, sourceLocation: sourceLocation)
        print("\(spec): \(lines.filter { $0.hasPrefix("PASS") }.count) of \(collected.cases.count) examples round-trip")
    }
}

/// The one build and run shared by the tests of ``ExampleRoundTripTests``.
enum ExampleRun {
    struct Result: Sendable {
        var collected: [String: ExampleCollector.Collected]
        var output: GeneratedRunner.Output
    }

    static let shared = Task<Result, any Error> { try await perform() }

    /// The real Libredesk spec, from the corpus beside the repository.
    static var corpusLibredesk: String? {
        let path = GeneratedRunner.repositoryRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/libredesk/openapi.json").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static func perform() async throws -> Result {
        var specs: [(prefix: String, module: String, path: String)] = [
            ("seed-libredesk", "SeedLibredeskModels", try Fixtures.path("libredesk.yaml")),
            ("seed-superoffice", "SeedSuperOfficeModels", try Fixtures.path("superoffice.yaml")),
            ("seed-ruddr", "SeedRuddrModels", try Fixtures.path("ruddr.yaml")),
            ("seed-luminous", "SeedLuminousModels", try Fixtures.path("luminous.yaml")),
        ]
        if let corpus = corpusLibredesk { specs.append(("corpus-libredesk", "CorpusLibredeskModels", corpus)) }

        var collected: [String: ExampleCollector.Collected] = [:]
        var dependencies: [GeneratedRunner.Dependency] = []
        var sources = ["Helpers.swift": GeneratedRunner.helpersSource]
        var calls: [String] = []
        for spec in specs {
            let loaded = SpecLoader.load(path: spec.path)
            guard let resolved = loaded.spec, !loaded.hasErrors else {
                Issue.record("\(spec.path) does not load: \(loaded.diagnostics)")
                continue
            }
            // The translation the models generator renders (`PackageGenerator.render`): nested inline types.
            let translation = ModelTranslator(
                spec: resolved, specPath: spec.path, moduleName: spec.module, inlineTypes: .nested
            ).translate()
            var collector = ExampleCollector(
                spec: resolved, translation: translation, module: spec.module, prefix: spec.prefix)
            collector.collectAll()
            collected[spec.prefix] = collector.result
            guard let package = GeneratedRunner.generate(specPath: spec.path, module: spec.module)
            else { continue }
            dependencies.append(package)
            // The types were found with the same translation as the generator's: it wrote one file per type.
            let missing = translation.files.map(\.typeName).filter {
                !FileManager.default.fileExists(
                    atPath: package.directory.appendingPathComponent("Sources/\(spec.module)/\($0).swift").path)
            }
            if !missing.isEmpty {
                Issue.record("\(spec.prefix): the translation differs from the generator's; no file for \(missing)")
            }
            // One file per module, importing only that module, so that its types need no qualification.
            var file = "import Foundation\nimport \(spec.module)\n\nfunc examples\(spec.module)() {\n"
            file += "    let decoder = ModelCoding.makeDecoder()\n    let encoder = ModelCoding.makeEncoder()\n"
            for item in collector.result.cases {
                file += "    exampleRoundTrip(\(GeneratedRunner.literal(item.label)), \(item.typeExpression).self, "
                file += "\(GeneratedRunner.literal(item.json)), decoder, encoder)\n"
            }
            file += "}\n"
            sources["Examples\(spec.module).swift"] = file
            calls.append("examples\(spec.module)()")
        }
        sources["main.swift"] = calls.joined(separator: "\n") + "\n"
        let output = try await GeneratedRunner.run(
            name: "ExampleRoundTrip", dependencies: dependencies, sources: sources)
        return Result(collected: collected, output: output)
    }
}

/// Finds every JSON example of a spec with the Swift type that the generated models use for it.
///
/// Type names come from the translator's own output, translated as `PackageGenerator.render` does (nested inline
/// types): the files of a ``ModelTranslation`` are in the order of `components.schemas`, then of the inline request
/// and response schemas that need a type (named after their operation with `SwiftName.typeName`), then of the other
/// referenced schemas. Below a named schema, the walk follows the generated declarations (struct properties by JSON
/// name, nested types, `oneOf` cases, `anyOf` branches, array elements and dictionary values, typealiases) rather
/// than re-deriving names.
struct ExampleCollector {
    struct Case: Sendable {
        /// `<prefix> <where in the spec>`.
        var label: String
        /// The Swift type, as an expression usable with `.self` in a file importing the module.
        var typeExpression: String
        /// The example as JSON text.
        var json: String
    }

    struct Collected: Sendable {
        var cases: [Case] = []
        /// Examples with no generated JSON type (inline request/response schemas, non-JSON media types).
        var skipped: [String] = []
    }

    let spec: OpenAPI.ResolvedSpec
    let prefix: String
    private(set) var result = Collected()
    let module: String
    /// Type names of the component schemas, by key.
    private var componentNames: [String: String] = [:]
    /// Type names of the inline request and response schemas, by the tokens of their body or response.
    private var bodyNames: [[String]: String] = [:]
    /// Type names of schemas referenced outside components, by reference target.
    private var referencedNames: [ReferenceTarget: String] = [:]
    /// Every generated declaration by name.
    private var declarations: [String: DeclarationContext] = [:]
    private var seenLabels: Set<String> = []

    init(spec: OpenAPI.ResolvedSpec, translation: ModelTranslation, module: String, prefix: String) {
        self.spec = spec
        self.prefix = prefix
        self.module = module
        func register(_ declaration: DeclarationContext, under parent: String?) {
            let path = parent.map { $0 + "." + declaration.name } ?? declaration.name
            declarations[path] = declaration
            for nested in declaration.nested { register(nested, under: path) }
        }
        for file in translation.files {
            for declaration in file.context.declarations { register(declaration, under: nil) }
        }
        // Files are in the order of components.schemas, then of the inline request and response schemas that need
        // a type, then of the other referenced schemas.
        let document = spec.document
        var index = 0
        for key in document.components.schemas.keys {
            guard index < translation.files.count else { break }
            componentNames[key] = translation.files[index].typeName
            index += 1
        }
        var others = Array(translation.files.dropFirst(index).map(\.typeName))
        // Inline request and response schemas are named after the operation (see `ModelBuilder.bodySchemas`):
        // `<operationId> Request`, `<operationId> Response` or `<operationId> <status> Response`, and
        // `<key> Request`/`<key> Response` for components.
        func claim(_ raws: [String], for pointer: [String]) {
            for raw in raws {
                let name = SwiftName.typeName(raw)
                if let found = others.firstIndex(of: name) {
                    bodyNames[pointer] = name
                    others.remove(at: found)
                    return
                }
            }
        }
        func suffixed(_ key: String, _ suffix: String) -> String {
            key.lowercased().hasSuffix(suffix.lowercased()) ? key : key + " " + suffix
        }
        for (key, item) in document.components.requestBodies {
            if case .value = item { claim([suffixed(key, "Request")], for: ["components", "requestBodies", key]) }
        }
        for (key, item) in document.components.responses {
            if case .value = item { claim([suffixed(key, "Response")], for: ["components", "responses", key]) }
        }
        for (kind, items) in [("paths", document.paths), ("webhooks", document.webhooks)] {
            for (path, reference) in items {
                guard case .value(let item) = reference else { continue }
                for (method, operation) in item.operations {
                    let name = operation.operationId ?? (method.rawValue + " " + path)
                    if case .value = operation.requestBody {
                        claim([name + " Request"], for: [kind, path, method.rawValue, "requestBody"])
                    }
                    for (status, response) in operation.responses {
                        guard case .value = response else { continue }
                        claim(
                            [name + " Response", name + " \(status) Response"],
                            for: [kind, path, method.rawValue, "responses", status.description])
                    }
                }
            }
        }
        let referenced = spec.references.schemas.keys.filter { !isComponent($0) }
        if referenced.count == others.count {
            for (target, name) in zip(referenced, others) { referencedNames[target] = name }
        } else {
            result.skipped.append(
                "schemas referenced outside components: \(referenced.count) for \(others.count) unmatched files: \(others)"
            )
        }
    }

    mutating func collectAll() {
        let document = spec.document
        let container = document.specVersion == .swagger2 ? "#/definitions/" : "#/components/schemas/"
        for (key, schema) in document.components.schemas {
            guard let name = componentNames[key] else { continue }
            visit(schema, type: name, nullable: schema.nullable, at: container + key)
        }
        for (target, schema) in spec.references.schemas where !isComponent(target) {
            guard let name = referencedNames[target] else { continue }
            visit(schema, type: name, nullable: schema.nullable, at: target.description)
        }
        for (key, item) in document.components.requestBodies {
            if case .value(let body) = item {
                visit(
                    body.content, body: ["components", "requestBodies", key], at: "#/components/requestBodies/\(key)")
            }
        }
        for (key, item) in document.components.responses {
            if case .value(let response) = item {
                visit(response.content, body: ["components", "responses", key], at: "#/components/responses/\(key)")
            }
        }
        for (kind, items) in [("paths", document.paths), ("webhooks", document.webhooks)] {
            for (path, reference) in items {
                guard let item = spec.resolve(reference) else { continue }
                for (method, operation) in item.operations {
                    let place = "\(kind) \(method.rawValue.uppercased()) \(path)"
                    if case .value(let body) = operation.requestBody {
                        visit(body.content, body: [kind, path, method.rawValue, "requestBody"], at: "\(place) request")
                    }
                    for (status, response) in operation.responses {
                        if case .value(let value) = response {
                            visit(
                                value.content, body: [kind, path, method.rawValue, "responses", status.description],
                                at: "\(place) \(status)")
                        }
                    }
                }
            }
        }
    }

    /// The type of a `$ref`.
    private func name(of reference: OpenAPI.Reference) -> String? {
        if isComponent(reference.target), let key = reference.target.tokens.last { return componentNames[key] }
        return referencedNames[reference.target]
    }

    private func isComponent(_ target: ReferenceTarget) -> Bool {
        guard target.file == spec.rootFile else { return false }
        let tokens = target.tokens
        return spec.document.specVersion == .swagger2
            ? tokens.count == 2 && tokens[0] == "definitions"
            : tokens.count == 3 && tokens[0] == "components" && tokens[1] == "schemas"
    }

    // MARK: Media types

    private mutating func visit(
        _ content: some Sequence<(key: String, value: OpenAPI.MediaType)>, body: [String], at place: String
    ) {
        for (mediaType, media) in content {
            var examples: [(String, JSONValue)] = []
            if let example = media.example { examples.append(("example", example)) }
            for (key, item) in media.examples {
                let example: OpenAPI.Example? =
                    switch item {
                    case .value(let value): value
                    case .reference(let reference): spec.references.examples[reference.target]
                    }
                if let value = example?.value { examples.append(("examples.\(key)", value)) }
            }
            let where_ = "\(place) \(mediaType)"
            let isJSON = mediaType.lowercased().contains("json")
            guard let schema = media.schema, case let (type, nullable)? = standaloneType(of: schema, body: body) else {
                if !examples.isEmpty || hasSchemaExamples(media.schema) {
                    result.skipped.append("\(where_): inline schema, no generated type")
                }
                continue
            }
            if isJSON {
                for (key, value) in examples { add(value, type: type, nullable: nullable, at: "\(where_) \(key)") }
            } else if !examples.isEmpty {
                result.skipped.append("\(where_): not a JSON media type (the examples of its schema are checked)")
            }
            // Examples written in an inline schema or beside a 3.1 `$ref`.
            visit(schema, type: type, nullable: nullable, at: "\(where_) schema")
        }
    }

    /// The type of a request or response schema: a named schema, the type generated for an inline schema, or an
    /// array of named schemas.
    private func standaloneType(of schema: OpenAPI.Schema, body: [String]?) -> (String, Bool)? {
        if let ref = schema.ref, isPureReference(schema), let name = name(of: ref) { return (name, schema.nullable) }
        if let body, let name = bodyNames[body] { return (name, schema.nullable) }
        if schema.types == [.array], schema.properties.isEmpty, let items = schema.items,
            case let (element, nullable)? = standaloneType(of: items, body: nil)
        {
            return ("[\(element)\(nullable ? "?" : "")]", schema.nullable)
        }
        return nil
    }

    private func hasSchemaExamples(_ schema: OpenAPI.Schema?) -> Bool {
        guard let schema else { return false }
        if schema.example != nil || schema.examples != nil { return true }
        if schema.properties.values.contains(where: { hasSchemaExamples($0) }) { return true }
        if hasSchemaExamples(schema.items) { return true }
        return [schema.allOf, schema.oneOf, schema.anyOf].contains { ($0 ?? []).contains { hasSchemaExamples($0) } }
    }

    private func isPureReference(_ schema: OpenAPI.Schema) -> Bool {
        schema.ref != nil && schema.properties.isEmpty && schema.allOf == nil && schema.oneOf == nil
            && schema.anyOf == nil
    }

    // MARK: Schemas

    /// Records the examples of `schema`, read as `type`, then those of the schemas inside it that the generated
    /// declaration of `type` covers. A `$ref` is not followed: the schema it names is visited on its own.
    private mutating func visit(
        _ schema: OpenAPI.Schema, type: String, nullable: Bool, at place: String
    ) {
        if let examples = schema.examples {
            for (index, value) in examples.enumerated() {
                add(value, type: type, nullable: nullable, at: "\(place)/examples/\(index)")
            }
        } else if let example = schema.example {
            add(example, type: type, nullable: nullable, at: "\(place)/example")
        }
        if isPureReference(schema) { return }
        descend(schema, type: type, at: place)
    }

    private mutating func descend(_ schema: OpenAPI.Schema, type: String, at place: String) {
        var type = unqualified(type)
        for _ in 0..<16 {
            guard let alias = declarations[type]?.typeAlias else { break }
            type = unqualified(alias.type)
        }
        if case let (key, value)? = containerParts(type) {
            if key != nil {
                let (valueType, nullable) = strippingOptional(value)
                if case .schema(let values) = schema.additionalProperties {
                    visit(values, type: valueType, nullable: nullable, at: place + "/additionalProperties")
                }
            } else if let items = schema.items {
                let (element, nullable) = strippingOptional(value)
                visit(items, type: element, nullable: nullable, at: place + "/items")
            }
            return
        }
        guard let declaration = declarations[type] else { return }
        if let structType = declaration.structType {
            for (key, property, path) in ownProperties(of: schema, at: place) {
                let wireName = GeneratedRunner.literal(key)
                guard
                    let generated = structType.properties.first(where: { !$0.isAdditional && $0.wireName == wireName })
                else {
                    result.skipped.append("\(path): no generated property")
                    continue
                }
                visit(
                    property, type: generated.baseType, nullable: generated.decodeMethod.contains("Nullable"),
                    at: path)
            }
            if case .schema(let values) = schema.additionalProperties,
                let additional = structType.properties.first(where: \.isAdditional)
            {
                let (valueType, nullable) = strippingOptional(additional.baseType)
                visit(values, type: valueType, nullable: nullable, at: place + "/additionalProperties")
            }
        } else if let oneOf = declaration.oneOfType, let branches = schema.oneOf {
            for (index, (branch, item)) in zip(OpenAPI.Schema.nonNullBranches(of: branches).branches, oneOf.cases)
                .enumerated()
            {
                let (caseType, nullable) = strippingOptional(item.type)
                visit(branch, type: caseType, nullable: nullable, at: "\(place)/oneOf/\(index)")
            }
        } else if let anyOf = declaration.anyOfType, let branches = schema.anyOf {
            for (index, (branch, item)) in zip(OpenAPI.Schema.nonNullBranches(of: branches).branches, anyOf.branches)
                .enumerated()
            {
                let (branchType, nullable) = strippingOptional(item.type)
                visit(branch, type: branchType, nullable: nullable, at: "\(place)/anyOf/\(index)")
            }
        }
    }

    /// The properties declared by the schema and its inline `allOf` branches (referenced branches are visited as
    /// schemas of their own).
    private func ownProperties(of schema: OpenAPI.Schema, at place: String) -> [(String, OpenAPI.Schema, String)] {
        var result = schema.properties.map { ($0.key, $0.value, "\(place)/properties/\($0.key)") }
        for (index, branch) in (schema.allOf ?? []).enumerated() where branch.ref == nil {
            result += ownProperties(of: branch, at: "\(place)/allOf/\(index)")
        }
        return result
    }

    /// A type name without the module's name in front (`Module.Contact` → `Contact`).
    private func unqualified(_ type: String) -> String {
        type.hasPrefix(module + ".") ? String(type.dropFirst(module.count + 1)) : type
    }

    /// `([K: V])` → (K, V), `([E])` → (nil, E); nil for any other type.
    private func containerParts(_ type: String) -> (String?, String)? {
        guard type.hasPrefix("["), type.hasSuffix("]") else { return nil }
        let inner = type.dropFirst().dropLast()
        var depth = 0
        for index in inner.indices {
            switch inner[index] {
            case "[", "<", "(": depth += 1
            case "]", ">", ")": depth -= 1
            case ":" where depth == 0:
                let key = inner[..<index].trimmingCharacters(in: .whitespaces)
                let value = inner[inner.index(after: index)...].trimmingCharacters(in: .whitespaces)
                return (key, value)
            default: break
            }
        }
        return (nil, String(inner))
    }

    private func strippingOptional(_ type: String) -> (String, Bool) {
        type.hasSuffix("?") ? (String(type.dropLast()), true) : (type, false)
    }

    private mutating func add(_ value: JSONValue, type: String, nullable: Bool, at place: String) {
        var label = "\(prefix) \(place)"
        var counter = 2
        while !seenLabels.insert(label).inserted {
            label = "\(prefix) \(place) #\(counter)"
            counter += 1
        }
        let expression = nullable ? "Swift.Optional<\(type)>" : type
        result.cases.append(Case(label: label, typeExpression: expression, json: value.jsonText))
    }
}
