/// Swift types the user chose for schema formats (`decimal` → `Foundation.Decimal`, `uuid` → `Swift.String`): the
/// one place every translator takes them from.
///
/// An overridden format is typed as the user's type wherever a schema with that `format` is used, whatever its
/// JSON type: properties, array items, dictionary values, top-level schemas, parameters, bodies and headers.
/// Nothing that depends on the built-in type of the format applies to it: no multipart file for `binary`, no
/// default value literal, no server validation of the format. The models translation carries them in its
/// ``SchemaTypeTable`` to the client translator, and the client translation to the server translator.
///
/// The user's type must be `Codable & Hashable & Sendable` and encode as a single value of the schema's JSON type
/// (a JSON string for a `type: string` schema); parameters are encoded and decoded through that value.
public struct FormatOverrides: Sendable, Hashable {
    /// Format → Swift type expression.
    public var types: [String: String]

    /// Creates overrides; none by default.
    public init(_ types: [String: String] = [:]) {
        self.types = types
    }

    /// Whether no format is overridden.
    public var isEmpty: Bool { types.isEmpty }

    /// The Swift type chosen for `format`, if any.
    public func type(forFormat format: String?) -> String? {
        format.flatMap { types[$0] }
    }

    /// Whether `format` is overridden, so that its built-in type and handling do not apply.
    public func overrides(_ format: String?) -> Bool {
        type(forFormat: format) != nil
    }
}
