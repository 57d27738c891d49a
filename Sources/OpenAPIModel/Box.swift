/// Stores an optional value out of line, so that a struct can contain values of its own type (a schema's
/// `items`). Nil costs no allocation: the storage is an empty array.
@propertyWrapper
public struct Indirect<Wrapped: Sendable & Hashable>: Sendable, Hashable {
    private var storage: [Wrapped]

    /// Wraps a value.
    public init(wrappedValue: Wrapped?) { storage = wrappedValue.map { [$0] } ?? [] }

    /// The stored value.
    public var wrappedValue: Wrapped? {
        get { storage.first }
        set { storage = newValue.map { [$0] } ?? [] }
    }
}
