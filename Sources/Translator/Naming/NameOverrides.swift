/// Swift names the user chose instead of the derived ones: the one place every translator takes them from.
///
/// - A component schema's type name (`pet_record` → `Pet`) is used for its declaration, its file and every
///   reference to it; inline types named after it are named after the new name.
/// - A property's name (`Pet.pet_id` → `id`) is used in the schema's struct; its coding key stays the JSON name.
/// - An operation's name (`getPetById` → `pet`) is the client's method and the server's handler method as given,
///   and, with its first letter in capitals, the `Operations.<Name>` namespace (`Operations.Pet`) and the types
///   named after the operation (`PetRequest`, `PetResponse`).
///
/// A chosen name takes precedence in its scope: a derived name that collides with it gets the usual `2`, `3`…
/// suffix. The overrides are checked before translation (see `PackageGenerator`): every name is a valid Swift
/// identifier and no two of one scope are the same.
public struct NameOverrides: Sendable, Hashable {
    /// Component schema key → type name.
    public var schemas: [String: String]
    /// Component schema key → property key (the JSON name) → property name.
    public var properties: [String: [String: String]]
    /// `operationId` → method name.
    public var operations: [String: String]

    /// Creates overrides; none by default.
    public init(
        schemas: [String: String] = [:], properties: [String: [String: String]] = [:],
        operations: [String: String] = [:]
    ) {
        self.schemas = schemas
        self.properties = properties
        self.operations = operations
    }

    /// Whether no name is overridden.
    public var isEmpty: Bool { schemas.isEmpty && properties.isEmpty && operations.isEmpty }

    /// The type name chosen for the component schema `key`, if any.
    public func typeName(forSchema key: String) -> String? { schemas[key] }

    /// The property names chosen for the properties of the component schema `key`, by JSON name (backticked
    /// when they are keywords).
    func propertyNames(forSchema key: String) -> [String: String] {
        (properties[key] ?? [:]).mapValues(SwiftName.escapedIfKeyword)
    }

    /// The method name chosen for the operation `operationID` (backticked when it is a keyword), if any.
    public func methodName(forOperation operationID: String) -> String? {
        operations[operationID].map(SwiftName.escapedIfKeyword)
    }

    /// The `Operations.<Name>` type name of the operation `operationID` when its name is chosen: the name with its
    /// first letter in capitals.
    public func operationTypeName(forOperation operationID: String) -> String? {
        operations[operationID].map(Self.typeName(ofMember:))
    }

    /// The name an operation's method and types are derived from: the chosen name when there is one, else
    /// `derived` (the `operationId`, or the method and path).
    func operationBaseName(operationID: String?, derived: String) -> String {
        operationID.flatMap { operations[$0] } ?? derived
    }

    /// A method or property name with its first letter in capitals: `pet` → `Pet`, `getPet` → `GetPet`.
    public static func typeName(ofMember name: String) -> String {
        let bare = SwiftName.unescaped(name)
        return bare.prefix(1).uppercased() + bare.dropFirst()
    }
}
