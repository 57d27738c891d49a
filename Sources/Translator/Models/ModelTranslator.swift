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
/// - An inline schema equal to one declared before it (wherever that one stands) is a typealias to that type under
///   its own name (`Order.ShipTo = Account.Address`), so that specs which repeat whole trees compile each once;
///   see `sharedInlineType(for:)`.
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
        "JSONValue", "OptionalNullable", "ModelCoding", "ModelCodingKey", "Boxed", "OpenAPIDate", "MultipartFile",
        "Swift",
        "Foundation",
    ]).union(ClientRuntimeNames.all)

    /// Property names no struct may have (`self`, `init`, `Type`, `Protocol`, `encode`).
    public static let reservedMemberNames: Set<String> = ModelBuilder.reservedMemberNames

    /// Where inline schemas are declared.
    public enum InlineTypeLayout: Sendable, Hashable {
        /// Inside the type that uses them, named from where they stand: `Contact.Address`.
        case nested
        /// At the top level of the file, prefixed with their owner's name: `ContactAddress`.
        case flat
    }

    let spec: OpenAPI.ResolvedSpec
    let specPath: String
    let moduleName: String
    let inlineTypes: InlineTypeLayout
    let overrides: NameOverrides
    let formats: FormatOverrides

    /// Creates a translator.
    /// - Parameters:
    ///   - spec: The resolved spec.
    ///   - specPath: The spec's path as it is quoted in the header of every file.
    ///   - moduleName: The generated module's name, which qualifies a top-level type where a nested type of the
    ///     same name would hide it (`Models.Address` inside `Contact`, which declares `Contact.Address`).
    ///   - inlineTypes: Where inline schemas are declared; the models generator nests them.
    ///   - overrides: Type and property names chosen by the user, which win over the derived ones.
    ///   - formats: Swift types chosen by the user for formats, which win over the built-in ones; carried to the
    ///     client and server translators by the translation's ``SchemaTypeTable``.
    public init(
        spec: OpenAPI.ResolvedSpec, specPath: String, moduleName: String = "Models",
        inlineTypes: InlineTypeLayout = .flat, overrides: NameOverrides = NameOverrides(),
        formats: FormatOverrides = FormatOverrides()
    ) {
        self.spec = spec
        self.specPath = specPath
        self.moduleName = moduleName
        self.inlineTypes = inlineTypes
        self.overrides = overrides
        self.formats = formats
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
            deprecatable: [], shadowing: [:], names: names, overrides: overrides, formats: formats)
        first.run()
        let boxed = first.propertiesClosingCycles()
        let deprecatable = first.deprecatableTypes()
        let second = ModelBuilder(
            spec: spec, header: header, moduleName: moduleName, nests: inlineTypes == .nested, boxed: boxed,
            deprecatable: deprecatable, shadowing: first.nestedNames, names: names, overrides: overrides,
            formats: formats, bodies: first.bodies)
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
    /// The names the user chose.
    let overrides: NameOverrides
    /// The Swift types the user chose for formats.
    let formats: FormatOverrides
    /// The request and response body schemas that need a type, with their targets and names; found by the first
    /// pass and handed to the second.
    var bodies: [(ReferenceTarget, String, OpenAPI.Schema)]?
    /// The nested type names of each declaration path found by this pass.
    var nestedNames: [String: Set<String>] = [:]
    /// The declarations being built that hold nested types, outermost first.
    var frames: [NestFrame] = []

    var files: [ModelTranslation.File] = []
    var diagnostics: [Diagnostic] = []

    /// Top-level names by reference target, and the order targets are generated in.
    var topNames: OrderedDictionary<ReferenceTarget, String> = [:]
    /// Schemas of top-level types by target.
    var topSchemas: [ReferenceTarget: OpenAPI.Schema] = [:]
    /// Top-level targets by where their schema is written, so that an inline schema that a `$ref` also points to
    /// (`#/components/schemas/A/properties/inner`) is generated once, as the top-level type.
    var topByLocation: [SourceLocation: ReferenceTarget] = [:]
    lazy var topNamer = UniqueNamer(
        reserved: ModelTranslator.supportTypeNames.union([moduleName]).union(chosenTypeNames)
            .union(exactTypeNames.values), caseInsensitive: true)
    /// Component schemas whose key is already their Swift type name (`UserProfile`), by key: each keeps it, even
    /// when a schema written before it (`user-profile`) would derive the same name. Names the generated code or
    /// the user's naming overrides take are left out, and of keys equal but for case the first keeps its name.
    lazy var exactTypeNames: [String: String] = {
        var taken = Set(
            ModelTranslator.supportTypeNames.union([moduleName]).union(chosenTypeNames).map { $0.lowercased() })
        var exact: [String: String] = [:]
        for key in spec.document.components.schemas.keys where overrides.typeName(forSchema: key) == nil {
            guard names.typeName(key) == key, taken.insert(key.lowercased()).inserted else { continue }
            exact[key] = key
        }
        return exact
    }()
    /// The type names the user chose for the spec's component schemas, which derived names must not take.
    var chosenTypeNames: Set<String> {
        Set(spec.document.components.schemas.keys.compactMap(overrides.typeName(forSchema:)))
    }
    /// Declarations added at the top level of the current file (types used by a top-level typealias).
    var pendingTopLevel: [DeclarationContext] = []
    /// The top-level type being translated.
    var currentTop = ""
    /// Its component schema's key, when it is one (for the property names the user chose).
    var currentTopKey: String?
    /// The component schema key of each top-level target that is a component schema.
    var componentKeys: [ReferenceTarget: String] = [:]
    /// Whether it is the body of a `multipart/form-data` request, whose binary properties are files.
    var currentTopIsMultipart = false
    /// The path of the type declared for each inline schema, by its sharing key (see `sharingKey(of:)`).
    var inlineDeclarations: [OpenAPI.Schema: String] = [:]
    /// The declared type each inline typealias to a shared schema's type stands for (see `sharedInlineType`).
    var sharedAliases: [String: String] = [:]
    /// Stored-inline edges: owner struct → struct, with the property key that stores it.
    var storageEdges: [(from: String, to: String, property: String)] = []
    /// Declaration → top-level types it names.
    var uses: [String: Set<String>] = [:]
    var deprecatedTop: Set<String> = []
    var warned: Set<String> = []
    /// The contexts of top-level structs, by name.
    var topStructs: [String: StructContext] = [:]
    /// The top-level types of `multipart/form-data` bodies, whose binary properties are files.
    var multipartTops: Set<ReferenceTarget> = []
    /// The discriminated `allOf` bases, generated as enums over their subtypes (see `DiscriminatedBase`).
    var discriminated: [ReferenceTarget: DiscriminatedBase] = [:]
    /// Where the schemas of discriminated bases are written: their values are enums, not stored structs.
    var baseLocations: Set<SourceLocation> = []
    /// Where the schemas of their subtypes are written: always structs, even an `allOf` of the base alone.
    var subtypeLocations: Set<SourceLocation> = []

    init(
        spec: OpenAPI.ResolvedSpec, header: String, moduleName: String, nests: Bool, boxed: Set<String>,
        deprecatable: Set<String>, shadowing: [String: Set<String>], names: NameCache, overrides: NameOverrides,
        formats: FormatOverrides = FormatOverrides(), bodies: [(ReferenceTarget, String, OpenAPI.Schema)]? = nil
    ) {
        self.names = names
        self.overrides = overrides
        self.formats = formats
        self.bodies = bodies
        self.spec = spec
        self.header = header
        self.moduleName = moduleName
        self.nests = nests
        self.boxed = boxed
        self.deprecatable = deprecatable
        self.shadowing = shadowing
    }
}
