public import OpenAPIModel
import OrderedCollections
public import SpecDiagnostics

/// The models of a spec as template contexts: one file per top-level type.
public struct ModelTranslation: Sendable {
    /// A generated source file: the top-level type's name (the file is `<typeName>.swift`) and its context.
    public struct File: Sendable, Hashable {
        /// The top-level type declared by the file.
        public var typeName: String
        /// What `models/file` renders.
        public var context: ModelFileContext
    }

    /// The files, in the order of `components.schemas`, then other referenced schemas.
    public var files: [File]
    /// Warnings about schemas that could only be approximated.
    public var diagnostics: [Diagnostic]
    /// The header line every generated file starts with.
    public var header: String
    /// The Swift types given to schemas, for the client and server translators.
    public var types: SchemaTypeTable
}

/// Translates the schemas of a resolved spec into model declarations.
///
/// - Every schema of `components.schemas` (or `definitions`), every inline request or response body schema that
///   needs a type (named after the operation: `UpdateContactRequest`, `GetContact404Response`), and every other
///   schema a `$ref` points to, becomes a top-level type.
/// - Inline object, enum and composed schemas are nested in the type that uses them, named from where they stand
///   (`Contact` + `address` → `Contact.Address`; items → `Contact.LinksItem`), with `.nested`; with `.flat`, they
///   are top-level types in the same file named after their owner (`ContactAddress`). A top-level typealias cannot
///   hold types, so the inline types it needs are always flat (`Pets` items → `PetsItem`). Where a nested type
///   hides a top-level type of the same name, the top-level type is qualified by the module (`Models.Address`).
/// - Object schemas become structs with explicit `Codable` code; `allOf` becomes one flattened struct; `oneOf`
///   becomes an enum with associated values, chosen by the discriminator when there is one and otherwise by trying
///   each case in order, with an `undecodable(JSONValue)` case for anything else; `anyOf` becomes a struct with one
///   optional property per branch, each set when the value decodes as that branch.
/// - A schema with a `discriminator` that other schemas extend with `allOf` becomes an enum over those subtypes,
///   chosen by the discriminator, with an `unknown(JSONValue)` case that keeps any other value; each subtype is a
///   struct with the base's properties and its own (see `DiscriminatedBase`).
/// - A `oneOf`/`anyOf` of objects written beside properties (or as an `allOf` branch) becomes a property of the
///   struct, decoded from and encoded into the same JSON object. Schema parts that do not change the type (an
///   `allOf` branch that only says `nullable: true`, an `anyOf` of `required` lists) are removed first; see
///   `SchemaSimplifier`.
/// - The memberwise initializer defaults optional properties to nil (or `.absent`) and any property with a
///   `default` the Swift type can spell to that value.
/// - String and integer enums get an `unknown` case that keeps values the spec does not list.
/// - A property that is optional and nullable is an `OptionalNullable<T>` (absent, null or a value), so that
///   absent and null survive a round trip; a required nullable property is `T?` and always written.
/// - A property whose type contains the struct itself is stored out of line with `@Boxed`; `oneOf` enums are
///   `indirect`.
/// - `@available(*, deprecated)` is only put on a top-level type that no non-deprecated type uses (so that the
///   generated code compiles without warnings); otherwise, and for properties, deprecation is documented.
public struct ModelTranslator {
    /// Names the support files declare, which no generated type may take.
    public static let supportTypeNames: Set<String> = Set([
        "JSONValue", "OptionalNullable", "ModelCoding", "ModelCodingKey", "Boxed", "OpenAPIDate", "MultipartFile", "Swift",
        "Foundation",
    ]).union(ClientRuntimeNames.all)

    /// Where inline schemas are declared.
    public enum InlineTypeLayout: Sendable, Hashable {
        /// Inside the type that uses them, named from where they stand: `Contact.Address`.
        case nested
        /// At the top level of the file, prefixed with their owner's name: `ContactAddress`.
        case flat
    }

    private let spec: OpenAPI.ResolvedSpec
    private let specPath: String
    private let moduleName: String
    private let inlineTypes: InlineTypeLayout

    /// Creates a translator.
    /// - Parameters:
    ///   - spec: The resolved spec.
    ///   - specPath: The spec's path as it is quoted in the header of every file.
    ///   - moduleName: The generated module's name, which qualifies a top-level type where a nested type of the
    ///     same name would hide it (`Models.Address` inside `Contact`, which declares `Contact.Address`).
    ///   - inlineTypes: Where inline schemas are declared; the models generator nests them.
    public init(
        spec: OpenAPI.ResolvedSpec, specPath: String, moduleName: String = "Models",
        inlineTypes: InlineTypeLayout = .flat
    ) {
        self.spec = spec
        self.specPath = specPath
        self.moduleName = moduleName
        self.inlineTypes = inlineTypes
    }

    /// Translates every schema. Deterministic: the same spec always gives the same result.
    public func translate() -> ModelTranslation {
        let header = "// Generated by openapi-swift from \(SwiftText.singleLine(specPath)). Do not edit."
        // The first pass finds which properties close a cycle of stored structs and which deprecated types no
        // other type uses; the second applies both.
        // It also records the names of nested types, so that the second pass can qualify a top-level type that
        // one of them hides.
        let spec = SchemaSimplifier.simplified(spec)
        let names = NameCache()
        let first = ModelBuilder(
            spec: spec, header: header, moduleName: moduleName, nests: inlineTypes == .nested, boxed: [],
            deprecatable: [], shadowing: [:], names: names)
        first.run()
        let boxed = first.propertiesClosingCycles()
        let deprecatable = first.deprecatableTypes()
        let second = ModelBuilder(
            spec: spec, header: header, moduleName: moduleName, nests: inlineTypes == .nested, boxed: boxed,
            deprecatable: deprecatable, shadowing: first.nestedNames, names: names, bodies: first.bodies)
        second.run()
        return ModelTranslation(
            files: second.files, diagnostics: second.diagnostics, header: header, types: second.typeTable())
    }
}

/// What a schema is used as in Swift.
struct TypeUse {
    /// The Swift type expression, without optionality.
    var expression: String
    /// Whether JSON null is allowed.
    var nullable: Bool
    /// The name of a struct stored inline by a value of this type (for cycle detection).
    var storedStruct: String?
    /// Whether values are JSON objects with declared properties.
    var isObject: Bool = false
}

/// The Swift names of a string or integer enum's cases.
struct EnumCaseNames {
    /// Whether the raw values are strings (otherwise integers).
    var isString: Bool
    /// Case names by raw value, in the spec's order.
    var cases: OrderedDictionary<JSONValue, String>
    /// The case that keeps values the spec does not list.
    var unknownCase: String
}

/// Where new declarations go while translating one schema.
struct Scope {
    /// The path of the declaration being built (`Contact`, `Contact.Address`), which holds or prefixes the inline
    /// types it needs; nil for a typealias, whose inline types are prefixed with the top-level type's name.
    var owner: String?
}

/// A declaration being built that can hold nested types.
struct NestFrame {
    /// Its path from the top level: `Contact.Address`.
    var path: String
    /// Names of the nested types.
    var namer: UniqueNamer
    /// The nested declarations, in order.
    var nested: [DeclarationContext] = []
}

/// The mutable state of one translation pass.
final class ModelBuilder {
    let spec: OpenAPI.ResolvedSpec
    let header: String
    let moduleName: String
    let nests: Bool
    let boxed: Set<String>
    let deprecatable: Set<String>
    /// The nested type names of each declaration path, from the first pass.
    let shadowing: [String: Set<String>]
    /// Swift names already made from spec names, shared by both passes.
    let names: NameCache
    /// The request and response body schemas that need a type, with their targets and names; found by the first
    /// pass and handed to the second.
    private(set) var bodies: [(ReferenceTarget, String, OpenAPI.Schema)]?
    /// The nested type names of each declaration path found by this pass.
    private(set) var nestedNames: [String: Set<String>] = [:]
    /// The declarations being built that hold nested types, outermost first.
    private var frames: [NestFrame] = []

    private(set) var files: [ModelTranslation.File] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Top-level names by reference target, and the order targets are generated in.
    private(set) var topNames: OrderedDictionary<ReferenceTarget, String> = [:]
    /// Schemas of top-level types by target.
    private(set) var topSchemas: [ReferenceTarget: OpenAPI.Schema] = [:]
    /// Top-level targets by where their schema is written, so that an inline schema that a `$ref` also points to
    /// (`#/components/schemas/A/properties/inner`) is generated once, as the top-level type.
    private var topByLocation: [SourceLocation: ReferenceTarget] = [:]
    private lazy var topNamer = UniqueNamer(
        reserved: ModelTranslator.supportTypeNames.union([moduleName]), caseInsensitive: true)
    /// Declarations added at the top level of the current file (types used by a top-level typealias).
    private var pendingTopLevel: [DeclarationContext] = []
    /// The top-level type being translated.
    private var currentTop = ""
    /// Whether it is the body of a `multipart/form-data` request, whose binary properties are files.
    private var currentTopIsMultipart = false
    /// Stored-inline edges: owner struct → struct, with the property key that stores it.
    private var storageEdges: [(from: String, to: String, property: String)] = []
    /// Declaration → top-level types it names.
    private var uses: [String: Set<String>] = [:]
    private var deprecatedTop: Set<String> = []
    private var warned: Set<String> = []
    /// The contexts of top-level structs, by name.
    private var topStructs: [String: StructContext] = [:]
    /// The top-level types of `multipart/form-data` bodies, whose binary properties are files.
    private var multipartTops: Set<ReferenceTarget> = []
    /// The discriminated `allOf` bases, generated as enums over their subtypes (see `DiscriminatedBase`).
    private var discriminated: [ReferenceTarget: DiscriminatedBase] = [:]
    /// Where the schemas of discriminated bases are written: their values are enums, not stored structs.
    private var baseLocations: Set<SourceLocation> = []
    /// Where the schemas of their subtypes are written: always structs, even an `allOf` of the base alone.
    private var subtypeLocations: Set<SourceLocation> = []

    init(
        spec: OpenAPI.ResolvedSpec, header: String, moduleName: String, nests: Bool, boxed: Set<String>,
        deprecatable: Set<String>, shadowing: [String: Set<String>], names: NameCache,
        bodies: [(ReferenceTarget, String, OpenAPI.Schema)]? = nil
    ) {
        self.names = names
        self.bodies = bodies
        self.spec = spec
        self.header = header
        self.moduleName = moduleName
        self.nests = nests
        self.boxed = boxed
        self.deprecatable = deprecatable
        self.shadowing = shadowing
    }

    // MARK: - Top level

    func run() {
        let document = spec.document
        let containerToken = document.specVersion == .swagger2 ? "definitions" : "components"
        var componentTargets: [[String]: ReferenceTarget] = [:]
        for target in spec.references.schemas.keys where target.file == spec.rootFile {
            componentTargets[target.tokens] = target
        }
        for (key, schema) in document.components.schemas {
            let tokens = containerToken == "definitions" ? ["definitions", key] : ["components", "schemas", key]
            let target =
                componentTargets[tokens]
                ?? ReferenceTarget(
                    file: spec.rootFile, pointer: "/" + tokens.map(Self.escapePointer).joined(separator: "/"))
            guard topNames[target] == nil else { continue }
            topNames[target] = claimTop(key, at: schema)
            topSchemas[target] = schema
        }
        if bodies == nil { bodies = bodySchemas() }
        for (target, _, _) in bodies ?? [] where target.pointer.lowercased().contains("/content/multipart~1form-data") {
            multipartTops.insert(target)
        }
        for (target, raw, schema) in bodies ?? [] where topNames[target] == nil {
            topNames[target] = claimTop(raw, at: schema)
            topSchemas[target] = schema
        }
        for (target, schema) in spec.references.schemas where topNames[target] == nil {
            topNames[target] = claimTop(target.lastComponent, at: schema)
            topSchemas[target] = schema
        }
        for target in topNames.keys {
            guard let schema = topSchemas[target], topByLocation[schema.location] == nil else { continue }
            topByLocation[schema.location] = target
        }
        discriminated = discriminatedBases()
        for (target, base) in discriminated {
            if let schema = topSchemas[target] { baseLocations.insert(schema.location) }
            for subtype in base.subtypes.keys {
                if let schema = topSchemas[subtype] { subtypeLocations.insert(schema.location) }
            }
        }
        for (target, name) in topNames {
            guard let schema = topSchemas[target] else { continue }
            currentTop = name
            currentTopIsMultipart = multipartTops.contains(target)
            pendingTopLevel = []
            if schema.deprecated { deprecatedTop.insert(name) }
            let declaration =
                if let base = discriminated[target] {
                    discriminatedBaseDeclaration(
                        base, schema: schema, name: name, isDeprecated: deprecatable.contains(name))
                } else {
                    declaration(for: schema, name: name, path: name, scope: Scope(owner: nil), isTopLevel: true)
                }
            if let structType = declaration.structType { topStructs[name] = structType }
            let imports = ["Foundation"]
            let context = ModelFileContext(
                header: header, imports: imports, declarations: [declaration] + pendingTopLevel)
            files.append(ModelTranslation.File(typeName: name, context: context))
        }
    }

    /// The inline schemas of request bodies and responses that need a type of their own, with the name each is
    /// generated under (before `SwiftName.typeName`) and a target made of its JSON pointer.
    ///
    /// Those of `paths` and `webhooks` are named after the operation: `<operationId>Request`, and
    /// `<operationId>Response` or, when several responses of the operation have one, `<operationId><status>Response`
    /// (an operation without an id is named from its method and path: `get /pets` → `GetPets`). Those of
    /// `components.requestBodies` and `components.responses` are named after their key, with `Request` or
    /// `Response` appended unless the key ends with it.
    private func bodySchemas() -> [(ReferenceTarget, String, OpenAPI.Schema)] {
        var result: [(ReferenceTarget, String, OpenAPI.Schema)] = []
        func target(_ tokens: [String]) -> ReferenceTarget {
            ReferenceTarget(file: spec.rootFile, pointer: "/" + tokens.map(Self.escapePointer).joined(separator: "/"))
        }
        func suffixed(_ key: String, _ suffix: String) -> String {
            key.lowercased().hasSuffix(suffix.lowercased()) ? key : key + " " + suffix
        }
        func addRequest(_ body: OpenAPI.RequestBody, tokens: [String], name: String) {
            guard let (media, schema) = bodySchema(body.content) else { return }
            let bodyTarget = target(tokens + ["content", media, "schema"])
            if Self.mediaType(media) == "multipart/form-data" { multipartTops.insert(bodyTarget) }
            result.append((bodyTarget, name, schema))
        }
        func addParameters(_ parameters: [OpenAPI.Referenceable<OpenAPI.Parameter>], tokens: [String], name: String) {
            for (index, parameter) in parameters.enumerated() {
                guard case .value(let parameter) = parameter, let written = parameter.schema else { continue }
                let schema = SchemaSimplifier.simplified(written)
                guard containsInlineType(schema) else { continue }
                result.append((target(tokens + [String(index), "schema"]), name + " " + parameter.name, schema))
            }
        }
        for (key, parameter) in spec.document.components.parameters {
            guard case .value(let parameter) = parameter, let written = parameter.schema else { continue }
            let schema = SchemaSimplifier.simplified(written)
            guard containsInlineType(schema) else { continue }
            result.append((target(["components", "parameters", key, "schema"]), key, schema))
        }
        for (key, body) in spec.document.components.requestBodies {
            guard case .value(let body) = body else { continue }
            addRequest(body, tokens: ["components", "requestBodies", key], name: suffixed(key, "Request"))
        }
        for (key, response) in spec.document.components.responses {
            guard case .value(let response) = response, let (media, schema) = bodySchema(response.content) else {
                continue
            }
            let tokens = ["components", "responses", key, "content", media, "schema"]
            result.append((target(tokens), suffixed(key, "Response"), schema))
        }
        for (container, items) in [("paths", spec.document.paths), ("webhooks", spec.document.webhooks)] {
            for (path, item) in items {
                guard case .value(let item) = item else { continue }
                if let (method, operation) = item.operations.elements.first {
                    let name = operation.operationId ?? (method.rawValue + " " + path)
                    addParameters(item.parameters, tokens: [container, path, "parameters"], name: name)
                }
                for (method, operation) in item.operations {
                    let name = operation.operationId ?? (method.rawValue + " " + path)
                    let base = [container, path, method.rawValue]
                    addParameters(operation.parameters, tokens: base + ["parameters"], name: name)
                    if case .value(let body) = operation.requestBody {
                        addRequest(body, tokens: base + ["requestBody"], name: name + " Request")
                    }
                    var responses: [(String, String, OpenAPI.Schema)] = []
                    for (status, response) in operation.responses {
                        guard case .value(let response) = response, let (media, schema) = bodySchema(response.content)
                        else { continue }
                        responses.append((status.description, media, schema))
                    }
                    for (status, media, schema) in responses {
                        let tokens = base + ["responses", status, "content", media, "schema"]
                        let raw = responses.count == 1 ? name + " Response" : name + " " + status + " Response"
                        result.append((target(tokens), raw, schema))
                    }
                }
            }
        }
        return result
    }

    /// The media type of a content key, lowercased, without parameters or spaces.
    static func mediaType(_ key: String) -> String {
        String((key.lowercased().split(separator: ";").first ?? "").filter { $0 != " " && $0 != "\t" })
    }

    /// The schema of the first JSON content (`application/json`, `…+json`), or else of `multipart/form-data`,
    /// or else of `application/x-www-form-urlencoded` content, when it needs a generated type: it is written
    /// inline and declares an object, enum or composition, possibly inside arrays and dictionaries.
    ///
    /// Other media types get no model: text and binary have no structure.
    private func bodySchema(_ content: OrderedDictionary<String, OpenAPI.MediaType>) -> (String, OpenAPI.Schema)? {
        let json = content.elements.first {
            let type = Self.mediaType($0.key)
            return type == "application/json" || type.hasSuffix("+json")
        }
        let multipart = content.elements.first { Self.mediaType($0.key) == "multipart/form-data" }
        let form = content.elements.first { Self.mediaType($0.key) == "application/x-www-form-urlencoded" }
        guard let entry = json ?? multipart ?? form, let written = entry.value.schema else { return nil }
        let schema = SchemaSimplifier.simplified(written)
        guard containsInlineType(schema) else { return nil }
        return (entry.key, schema)
    }

    private func containsInlineType(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 8 else { return false }
        if schema.ref != nil, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return false
        }
        if needsDeclaration(schema) { return true }
        if let items = schema.items { return containsInlineType(items, depth: depth + 1) }
        if case .schema(let values) = schema.additionalProperties {
            return containsInlineType(values, depth: depth + 1)
        }
        return false
    }

    private func claimTop(_ raw: String, at schema: OpenAPI.Schema) -> String {
        let claim = topNamer.claim(names.typeName(raw))
        if let collision = claim.collision {
            diagnostics.append(
                .warning(
                    "the schema '\(raw)' is generated as '\(collision.assigned)' because '\(collision.requested)' is taken",
                    at: schema.location))
        }
        return claim.name
    }

    private static func escapePointer(_ token: String) -> String {
        token.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    /// The types this pass gave to schemas, for the client and server translators.
    func typeTable() -> SchemaTypeTable {
        var byTarget: [ReferenceTarget: String] = [:]
        for (target, name) in topNames { byTarget[target] = name }
        var byLocation: [SourceLocation: String] = [:]
        for (location, target) in topByLocation { byLocation[location] = topNames[target] }
        return SchemaTypeTable(
            byTarget: byTarget, byLocation: byLocation, structs: topStructs, spec: spec, moduleName: moduleName)
    }

    // MARK: - Results of the first pass

    /// The keys (`Owner.wireName`) of properties whose type stores, directly or through other structs, the struct
    /// that declares them.
    func propertiesClosingCycles() -> Set<String> {
        var adjacency: [String: Set<String>] = [:]
        for edge in storageEdges { adjacency[edge.from, default: []].insert(edge.to) }
        func reaches(_ start: String, _ goal: String) -> Bool {
            var seen: Set<String> = []
            var stack = [start]
            while let node = stack.popLast() {
                if node == goal { return true }
                guard seen.insert(node).inserted else { continue }
                stack.append(contentsOf: adjacency[node] ?? [])
            }
            return false
        }
        var result: Set<String> = []
        for edge in storageEdges where reaches(edge.to, edge.from) { result.insert(edge.property) }
        return result
    }

    /// Deprecated top-level types that only deprecated types use, which can carry `@available(*, deprecated)`
    /// without making the generated code warn.
    func deprecatableTypes() -> Set<String> {
        var result = deprecatedTop
        var changed = true
        while changed {
            changed = false
            for (user, used) in uses where !result.contains(user) {
                for name in used where name != user && result.contains(name) {
                    result.remove(name)
                    changed = true
                }
            }
        }
        return result
    }

    // MARK: - Declarations

    /// The declaration of a named schema.
    /// - Parameters:
    ///   - name: The declared name.
    ///   - path: The name qualified by the enclosing types (`Contact.Address`); `name` at the top level.
    private func declaration(
        for schema: OpenAPI.Schema, name: String, path: String, scope: Scope, isTopLevel: Bool
    ) -> DeclarationContext {
        let documentation = documentationLines(of: schema)
        let isDeprecated = isTopLevel && deprecatable.contains(name)
        let inner = Scope(owner: path)

        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            let use = typeUse(forReference: ref, sibling: schema, user: scope.owner ?? path)
            return alias(name, use.expression, documentation, isDeprecated)
        }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty, schema.oneOf == nil,
            schema.anyOf == nil, allOf[0].ref != nil, !subtypeLocations.contains(schema.location)
        {
            let use = typeUse(for: allOf[0], hint: name + "Value", scope: scope)
            return alias(name, use.expression, documentation, isDeprecated)
        }
        // `allOf`, or properties beside a `oneOf`/`anyOf`: one struct with every property.
        if schema.allOf?.isEmpty == false
            || (!schema.properties.isEmpty && (isMultiBranch(schema.oneOf) || isMultiBranch(schema.anyOf)))
        {
            let merged = flattenedObject(schema)
            return nesting(path) {
                DeclarationContext(
                    structType: structContext(
                        name: name, path: path, object: merged, documentation: documentation,
                        isDeprecated: isDeprecated, scope: inner))
            }
        }
        if let oneOf = schema.oneOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: oneOf).branches
            if branches.count > 1 {
                return nesting(path) {
                    DeclarationContext(
                        oneOfType: oneOfContext(
                            name: name, schema: schema, branches: branches,
                            documentation: documentation, isDeprecated: isDeprecated, scope: inner))
                }
            }
        }
        if let anyOf = schema.anyOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: anyOf).branches
            if branches.count > 1 {
                return nesting(path) {
                    DeclarationContext(
                        anyOfType: anyOfContext(
                            name: name, path: path, branches: branches, documentation: documentation,
                            isDeprecated: isDeprecated, scope: inner))
                }
            }
        }
        if let values = schema.enumValues,
            let enumType = enumContext(
                name: name, schema: schema, values: values, documentation: documentation, isDeprecated: isDeprecated)
        {
            return DeclarationContext(enumType: enumType)
        }
        if !schema.properties.isEmpty {
            let object = FlatObject(
                properties: schema.properties, required: Set(schema.required),
                additional: schema.additionalProperties)
            return nesting(path) {
                DeclarationContext(
                    structType: structContext(
                        name: name, path: path, object: object, documentation: documentation,
                        isDeprecated: isDeprecated, scope: inner))
            }
        }
        // Everything else (primitives, arrays, dictionaries, free-form values, single-branch compositions) is a
        // typealias; inline types it needs become top-level siblings, since a typealias cannot nest them.
        let use = typeUse(for: schema, hint: name, scope: scope, declaring: true)
        return alias(name, use.expression, documentation, isDeprecated)
    }

    /// Builds a declaration that holds the inline types declared while building it (when nesting).
    private func nesting(_ path: String, _ build: () -> DeclarationContext) -> DeclarationContext {
        guard nests else { return build() }
        // A nested type may not take the name of an enclosing type (it would hide it), of a support type, or of
        // the module (which qualifies hidden top-level types).
        let enclosing = Set(path.split(separator: ".").map(String.init))
        let reserved = ModelTranslator.supportTypeNames.union(enclosing).union([moduleName])
        frames.append(NestFrame(path: path, namer: UniqueNamer(reserved: reserved)))
        var declaration = build()
        let frame = frames.removeLast()
        declaration.nested = frame.nested
        return declaration
    }

    /// How a top-level type is written where the current declaration is: qualified by the module when a nested
    /// type of an enclosing declaration has the same name.
    private func qualified(_ name: String) -> String {
        guard nests else { return name }
        for frame in frames where shadowing[frame.path]?.contains(name) == true {
            return moduleName + "." + name
        }
        return name
    }

    private func alias(_ name: String, _ type: String, _ documentation: [String], _ isDeprecated: Bool)
        -> DeclarationContext
    {
        DeclarationContext(
            typeAlias: TypeAliasContext(
                name: name, documentation: documentation, isDeprecated: isDeprecated, type: type))
    }

    /// Properties gathered from a schema and its `allOf` branches.
    struct FlatObject {
        var properties: OrderedDictionary<String, OpenAPI.Schema>
        var required: Set<String>
        var additional: OpenAPI.AdditionalProperties?
        /// The `oneOf`s and `anyOf`s of object branches written beside the properties, each as a schema of its own.
        var compositions: [OpenAPI.Schema] = []
    }

    /// The properties of `schema` and of every `allOf` branch, following references; a later definition of a
    /// property replaces an earlier one but keeps its position.
    private func flattenedObject(_ schema: OpenAPI.Schema) -> FlatObject {
        var result = FlatObject(properties: [:], required: [], additional: nil)
        var visited: Set<ReferenceTarget> = []
        func merge(_ schema: OpenAPI.Schema) {
            if let ref = schema.ref {
                guard visited.insert(ref.target).inserted, let target = spec.schema(for: ref) else { return }
                if target.properties.isEmpty, target.allOf == nil, topNames[ref.target] != nil,
                    composedPart(of: target) != nil
                {
                    // A reference to a `oneOf`/`anyOf` type: a property of that type holds it.
                    var reference = OpenAPI.Schema(location: schema.location)
                    reference.ref = ref
                    result.compositions.append(reference)
                } else {
                    merge(target)
                }
            }
            for branch in schema.allOf ?? [] { merge(branch) }
            if let composition = composedPart(of: schema) {
                result.compositions.append(composition)
            } else if isMultiBranch(schema.oneOf) || isMultiBranch(schema.anyOf) {
                warnOnce(
                    "a 'oneOf' or 'anyOf' beside properties or in an 'allOf' is only generated when every branch is an object; only the declared properties are kept",
                    at: schema.location)
            }
            for (key, property) in schema.properties { result.properties[key] = property }
            result.required.formUnion(schema.required)
            if let additional = schema.additionalProperties { result.additional = additional }
        }
        merge(schema)
        return result
    }

    /// Whether a `oneOf` or `anyOf` has more than one branch other than null.
    func isMultiBranch(_ branches: [OpenAPI.Schema]?) -> Bool {
        branches.map { OpenAPI.Schema.nonNullBranches(of: $0).branches.count > 1 } ?? false
    }

    /// The `oneOf` (or else `anyOf`) of a schema that also has properties or is an `allOf` branch, as a schema of
    /// its own, when every branch is an object (so that its value and the properties share one JSON object); nil
    /// otherwise.
    private func composedPart(of schema: OpenAPI.Schema) -> OpenAPI.Schema? {
        let branches: [OpenAPI.Schema]
        var part = OpenAPI.Schema(location: schema.location)
        if isMultiBranch(schema.oneOf), let oneOf = schema.oneOf {
            branches = oneOf
            part.oneOf = oneOf
            part.discriminator = schema.discriminator
        } else if isMultiBranch(schema.anyOf), let anyOf = schema.anyOf {
            branches = anyOf
            part.anyOf = anyOf
        } else {
            return nil
        }
        let objects = OpenAPI.Schema.nonNullBranches(of: branches)
        guard !objects.hadNull, objects.branches.allSatisfy({ storesStruct($0) }) else { return nil }
        return part
    }

    // MARK: Structs

    /// Member names generated code cannot use: `self` would hide the instance in the initializer, `init` and
    /// `Type` clash with the language, `encode` with `encode(to:)`.
    static let reservedMemberNames: Set<String> = ["self", "init", "Type", "Protocol", "encode"]

    private func structContext(
        name: String, path: String, object: FlatObject, documentation: [String], isDeprecated: Bool,
        scope: Scope
    ) -> StructContext {
        var memberNamer = UniqueNamer(reserved: Self.reservedMemberNames)
        var properties: [PropertyContext] = []
        for (key, schema) in object.properties {
            let swiftName = memberNamer.claim(names.memberName(key)).name
            var use = typeUse(for: schema, hint: names.typeName(key), scope: scope)
            if currentTopIsMultipart, path == currentTop {
                // The parts of a multipart body: binary ones are files with a name and a content type.
                if use.expression == "Foundation.Data", schema.format == "binary" {
                    use.expression = "MultipartFile"
                } else if use.expression == "[Foundation.Data]", schema.items?.format == "binary" {
                    use.expression = "[MultipartFile]"
                }
            }
            let propertyKey = path + "." + key
            if let stored = use.storedStruct {
                storageEdges.append((from: path, to: stored, property: propertyKey))
            }
            let isRequired = object.required.contains(key)
            var property = PropertyContext(
                name: swiftName, wireName: SwiftText.stringLiteral(key), type: use.expression,
                baseType: use.expression, defaultValue: nil, decodeMethod: "decode", encodeMethod: "encode",
                documentation: propertyDocumentation(schema), isBoxed: boxed.contains(propertyKey),
                isAdditional: false, isLast: false)
            var literal = specDefault(of: schema).flatMap { defaultLiteral($0, for: schema) }
            // `.none` as the default of an optional would mean nil (the compiler warns): name the enum.
            if literal == ".none" || literal == ".some", isRequired == use.nullable {
                literal = use.expression + literal!
            }
            switch (isRequired, use.nullable) {
            case (true, false):
                property.defaultValue = literal
            case (false, false):
                property.type += "?"
                property.defaultValue = literal ?? "nil"
                property.decodeMethod = "decodeIfPresent"
                property.encodeMethod = "encodeIfPresent"
            case (true, true):
                property.type += "?"
                property.defaultValue = literal ?? "nil"
                property.decodeMethod = "decodeNullable"
                property.encodeMethod = "encodeNullable"
            case (false, true):
                property.type = "OptionalNullable<\(use.expression)>"
                property.defaultValue = literal.map { ".value(\($0))" } ?? ".absent"
                property.decodeMethod = "decodeOptionalNullable"
                property.encodeMethod = "encodeOptionalNullable"
            }
            properties.append(property)
        }
        for composition in object.compositions {
            let resolved = composition.ref.flatMap { spec.schema(for: $0) } ?? composition
            let isOneOf = resolved.oneOf != nil
            let swiftName: String
            let typeName: String
            let stored: String?
            if composition.ref != nil {
                swiftName = memberNamer.claim(branchName(composition, index: 0)).name
                let use = typeUse(for: composition, hint: names.typeName(swiftName), scope: scope)
                (typeName, stored) = (use.expression, use.storedStruct)
            } else {
                swiftName = memberNamer.claim(isOneOf ? "oneOf" : "anyOf").name
                typeName = declareInline(composition, hint: names.typeName(swiftName), scope: scope)
                stored = storesStruct(composition) ? typeName : nil
            }
            let propertyKey = path + ".#" + swiftName
            if let stored { storageEdges.append((from: path, to: stored, property: propertyKey)) }
            let summary =
                isOneOf
                ? "The schema (`oneOf`) the rest of the object matches."
                : "The schemas (`anyOf`) the rest of the object matches."
            var property = PropertyContext(
                name: swiftName, wireName: "\"\"", type: typeName, baseType: typeName, defaultValue: nil,
                decodeMethod: "", encodeMethod: "", documentation: [summary],
                isBoxed: boxed.contains(propertyKey), isAdditional: false, isLast: false)
            property.isComposed = true
            properties.append(property)
        }
        let knownKeys = object.properties.keys.enumerated().map { offset, key in
            LiteralContext(literal: SwiftText.stringLiteral(key), isLast: offset == object.properties.count - 1)
        }
        var additionalType: String?
        switch object.additional {
        case .schema(let schema):
            let use = typeUse(for: schema, hint: "AdditionalProperty", scope: scope)
            additionalType = use.expression + (use.nullable ? "?" : "")
        case .allowed(true):
            additionalType = "JSONValue"
        case .allowed(false), nil:
            break
        }
        if let additionalType {
            let swiftName = memberNamer.claim("additionalProperties").name
            properties.append(
                PropertyContext(
                    name: swiftName, wireName: "\"\"", type: "[Swift.String: \(additionalType)]",
                    baseType: additionalType, defaultValue: "[:]", decodeMethod: "", encodeMethod: "",
                    documentation: ["The properties the schema does not declare, by name."], isBoxed: false,
                    isAdditional: true, isLast: false))
        }
        if !properties.isEmpty { properties[properties.count - 1].isLast = true }
        return StructContext(
            name: name, documentation: documentation, isDeprecated: isDeprecated, properties: properties,
            hasProperties: !properties.isEmpty, hasKeyedProperties: properties.contains { !$0.isComposed },
            knownKeys: knownKeys)
    }

    private func propertyDocumentation(_ schema: OpenAPI.Schema) -> [String] {
        var lines = SwiftText.documentationLines(schema.description ?? schema.ref?.description ?? schema.title)
        var notes: [String] = []
        if schema.deprecated { notes.append("- Note: Deprecated.") }
        if schema.readOnly { notes.append("- Note: Read-only: sent in responses; servers ignore it in requests.") }
        if schema.writeOnly { notes.append("- Note: Write-only: sent in requests; responses leave it out.") }
        if !notes.isEmpty, !lines.isEmpty { lines.append("") }
        return lines + notes
    }

    func documentationLines(of schema: OpenAPI.Schema) -> [String] {
        var lines = SwiftText.documentationLines(schema.title)
        let description = SwiftText.documentationLines(schema.description)
        if !lines.isEmpty, !description.isEmpty { lines.append("") }
        lines += description
        if schema.deprecated {
            if !lines.isEmpty { lines.append("") }
            lines.append("- Note: Deprecated.")
        }
        return lines
    }

    // MARK: Enums

    private func enumContext(
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
    func enumCaseNames(schema: OpenAPI.Schema, values: [JSONValue]) -> EnumCaseNames? {
        let present = values.filter { $0 != .null }
        let isString = schema.types.map { $0 == [.string] } ?? present.allSatisfy { $0.stringValue != nil }
        let isInteger =
            schema.types.map { $0 == [.integer] }
            ?? present.allSatisfy { if case .integer = $0 { true } else { false } }
        guard isString || isInteger, !present.isEmpty else { return nil }
        var namer = UniqueNamer(reserved: Self.reservedMemberNames.union(["rawValue", "hashValue"]))
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
    private func branchName(_ branch: OpenAPI.Schema, index: Int) -> String {
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

    private func oneOfContext(
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

    private func anyOfContext(
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

    // MARK: - Types

    /// The Swift type of a referenced schema.
    /// - Parameter user: The declaration that names the type, which cannot be deprecated-annotated unless it is.
    private func typeUse(forReference ref: OpenAPI.Reference, sibling: OpenAPI.Schema, user: String) -> TypeUse {
        guard topNames[ref.target] != nil, topSchemas[ref.target] != nil else {
            warnOnce(
                "the reference '\(ref.raw)' does not resolve to a schema; it is read as any JSON value",
                at: ref.location)
            return TypeUse(expression: "JSONValue", nullable: true)
        }
        return typeUse(forTop: ref.target, sibling: sibling, user: user)
    }

    /// The Swift type of the top-level type generated for `topTarget`.
    func typeUse(forTop topTarget: ReferenceTarget, sibling: OpenAPI.Schema, user: String) -> TypeUse {
        guard let name = topNames[topTarget], let target = topSchemas[topTarget] else {
            return TypeUse(expression: "JSONValue", nullable: true)
        }
        uses[user, default: []].insert(name)
        let stored = storesStruct(target) ? name : nil
        return TypeUse(
            expression: qualified(name), nullable: sibling.nullable || isNullable(target), storedStruct: stored,
            isObject: storesStruct(target))
    }

    /// Whether values of a schema are stored inline as a struct (objects, `allOf`, `anyOf`), following references.
    func storesStruct(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 32, !baseLocations.contains(schema.location) else { return false }
        if subtypeLocations.contains(schema.location) { return true }
        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return spec.schema(for: ref).map { storesStruct($0, depth: depth + 1) } ?? false
        }
        if let allOf = schema.allOf, !allOf.isEmpty {
            if allOf.count == 1, schema.properties.isEmpty, allOf[0].ref != nil {
                return storesStruct(allOf[0], depth: depth + 1)
            }
            return true
        }
        if !schema.properties.isEmpty, isMultiBranch(schema.oneOf) || isMultiBranch(schema.anyOf) { return true }
        if let oneOf = schema.oneOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: oneOf).branches
            if branches.count > 1 { return false }
            if let only = branches.first { return storesStruct(only, depth: depth + 1) }
        }
        if let anyOf = schema.anyOf {
            let branches = OpenAPI.Schema.nonNullBranches(of: anyOf).branches
            if branches.count > 1 { return true }
            if let only = branches.first { return storesStruct(only, depth: depth + 1) }
        }
        return !schema.properties.isEmpty && schema.enumValues == nil
    }

    /// Whether a schema allows null, following references and single-branch compositions.
    private func isNullable(_ schema: OpenAPI.Schema, depth: Int = 0) -> Bool {
        guard depth < 32 else { return false }
        if schema.nullable { return true }
        if let oneOf = schema.oneOf, OpenAPI.Schema.nonNullBranches(of: oneOf).hadNull { return true }
        if let anyOf = schema.anyOf, OpenAPI.Schema.nonNullBranches(of: anyOf).hadNull { return true }
        if let ref = schema.ref, let target = spec.schema(for: ref) { return isNullable(target, depth: depth + 1) }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty {
            return isNullable(allOf[0], depth: depth + 1)
        }
        return false
    }

    /// The Swift type for a schema used in a property, array, dictionary or branch; inline types it needs are
    /// declared beside the type being built (see ``declareInline(_:hint:scope:)``).
    /// - Parameter declaring: Whether the schema is the definition of the typealias named `hint` itself, so that
    ///   a type it needs must not take that name.
    private func typeUse(
        for schema: OpenAPI.Schema, hint: String, scope: Scope, declaring: Bool = false
    ) -> TypeUse {
        if let ref = schema.ref, schema.properties.isEmpty, schema.allOf == nil, schema.oneOf == nil,
            schema.anyOf == nil
        {
            return typeUse(forReference: ref, sibling: schema, user: scope.owner ?? currentTop)
        }
        if !declaring, schema.ref == nil, let top = topByLocation[schema.location] {
            return typeUse(forTop: top, sibling: schema, user: scope.owner ?? currentTop)
        }
        let nullable = isNullable(schema)
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty, schema.oneOf == nil,
            schema.anyOf == nil, allOf[0].ref != nil
        {
            var use = typeUse(for: allOf[0], hint: hint, scope: scope, declaring: declaring)
            use.nullable = use.nullable || nullable
            return use
        }
        for composition in [schema.oneOf, schema.anyOf] {
            guard let composition else { continue }
            let branches = OpenAPI.Schema.nonNullBranches(of: composition).branches
            if branches.count == 1, schema.properties.isEmpty, schema.allOf == nil {
                var use = typeUse(for: branches[0], hint: hint, scope: scope, declaring: declaring)
                use.nullable = use.nullable || nullable
                return use
            }
        }
        if needsDeclaration(schema) {
            let name = declareInline(schema, hint: declaring ? hint + "Value" : hint, scope: scope)
            let stores = storesStruct(schema)
            return TypeUse(expression: name, nullable: nullable, storedStruct: stores ? name : nil, isObject: stores)
        }
        // Without `type`, `items` means an array and `additionalProperties` an object (common in 3.0 specs).
        // A `const` says its type too.
        guard let type = PrimitiveTypes.singleType(of: schema) else {
            // JSONValue has a case for null, so it is never optional for nullability's sake.
            return TypeUse(expression: "JSONValue", nullable: false)
        }
        switch type {
        case .boolean, .integer, .number, .string:
            return TypeUse(
                expression: PrimitiveTypes.expression(for: type, format: schema.format) ?? "JSONValue",
                nullable: nullable)
        case .array:
            guard let items = schema.items else {
                return TypeUse(expression: "[JSONValue]", nullable: nullable)
            }
            let element = typeUse(for: items, hint: hint + "Item", scope: scope)
            return TypeUse(expression: "[\(element.expression)\(element.nullable ? "?" : "")]", nullable: nullable)
        case .object:
            if case .schema(let values) = schema.additionalProperties {
                let element = typeUse(for: values, hint: hint + "Value", scope: scope)
                return TypeUse(
                    expression: "[Swift.String: \(element.expression)\(element.nullable ? "?" : "")]",
                    nullable: nullable, isObject: true)
            }
            return TypeUse(expression: "[Swift.String: JSONValue]", nullable: nullable, isObject: true)
        }
    }

    /// The JSON type of a `const` value that is a string, number or boolean.
    static func jsonType(of value: JSONValue) -> OpenAPI.JSONType? {
        switch value {
        case .string: .string
        case .integer: .integer
        case .number: .number
        case .bool: .boolean
        default: nil
        }
    }

    /// Whether an inline schema becomes a declaration of its own (a struct, an enum, a `oneOf` or `anyOf`).
    func needsDeclaration(_ schema: OpenAPI.Schema) -> Bool {
        !schema.properties.isEmpty || schema.allOf?.isEmpty == false
            || (schema.oneOf.map { OpenAPI.Schema.nonNullBranches(of: $0).branches.count > 1 } ?? false)
            || (schema.anyOf.map { OpenAPI.Schema.nonNullBranches(of: $0).branches.count > 1 } ?? false)
            || (schema.enumValues != nil && isNamedEnum(schema))
    }

    /// Whether an enum schema becomes an enum type (string and integer enums) rather than its base type.
    func isNamedEnum(_ schema: OpenAPI.Schema) -> Bool {
        guard let values = schema.enumValues else { return false }
        let present = values.filter { $0 != .null }
        guard !present.isEmpty else { return false }
        let isString = schema.types.map { $0 == [.string] } ?? present.allSatisfy { $0.stringValue != nil }
        let isInteger =
            schema.types.map { $0 == [.integer] }
            ?? present.allSatisfy { if case .integer = $0 { true } else { false } }
        return isString || isInteger
    }

    /// Declares an inline schema as a top-level type in the current file, named after its owner and where it
    /// stands (`AgentRequest` + `availability_status` → `AgentRequestAvailabilityStatus`).
    /// - Returns: The type's name.
    private func declareInline(_ schema: OpenAPI.Schema, hint: String, scope: Scope) -> String {
        let base = names.typeName(schema.title ?? hint)
        if nests, let owner = scope.owner, let index = frames.lastIndex(where: { $0.path == owner }) {
            let name = frames[index].namer.claim(base).name
            let path = owner + "." + name
            nestedNames[owner, default: []].insert(name)
            let declaration = declaration(
                for: schema, name: name, path: path, scope: Scope(owner: path), isTopLevel: false)
            frames[index].nested.append(declaration)
            return path
        }
        let prefix = (scope.owner ?? currentTop).replacing(".", with: "")
        let name = claimTop(base.hasPrefix(prefix) ? base : prefix + base, at: schema)
        let declaration = declaration(for: schema, name: name, path: name, scope: Scope(owner: name), isTopLevel: false)
        pendingTopLevel.append(declaration)
        return qualified(name)
    }

    func warnOnce(_ message: String, at location: SourceLocation?) {
        let key = message + "|" + (location.map { "\($0)" } ?? "")
        guard warned.insert(key).inserted else { return }
        diagnostics.append(.warning(message, at: location))
    }
}
