/// Gives names that are unique within one scope (the members of a type, the cases of an enum, the types of a
/// namespace), deterministically: the first request for a name gets it, later ones get `2`, `3`… appended.
///
/// ```swift
/// var namer = UniqueNamer()
/// namer.claim("userID").name      // "userID"
/// namer.claim("userID").name      // "userID2"; the result's collision says which name was taken
/// ```
public struct UniqueNamer: Sendable {
    /// A request whose name was already taken, and the name given instead.
    public struct Collision: Sendable, Hashable {
        /// The name that was asked for.
        public var requested: String
        /// The name that was given.
        public var assigned: String
    }

    /// A name given by ``claim(_:)``, with the collision it resolved, if any.
    public struct Claim: Sendable, Hashable {
        /// The unique name, escaped with backticks when it is a keyword.
        public var name: String
        /// Set when `name` differs from the name asked for, so the caller can warn.
        public var collision: Collision?
    }

    private var taken: Set<String>
    private let caseInsensitive: Bool

    /// Creates a namer for one scope.
    /// - Parameters:
    ///   - reserved: Names already used in the scope (for example `CodingKeys` or members the templates add).
    ///   - caseInsensitive: Whether names that differ only in case collide, as file names do on macOS.
    public init(reserved: Set<String> = [], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        self.taken = []
        for name in reserved { taken.insert(key(name)) }
    }

    /// Whether `name` is already used in the scope.
    public func isTaken(_ name: String) -> Bool { taken.contains(key(name)) }

    /// Takes `name` if it is free, otherwise the first free `name2`, `name3`…
    ///
    /// `name` is compared without backticks, and a numbered name loses its backticks (`` `default` `` →
    /// `default2`), since a number makes it an ordinary identifier.
    public mutating func claim(_ name: String) -> Claim {
        if taken.insert(key(name)).inserted { return Claim(name: name, collision: nil) }
        let base = SwiftName.unescaped(name)
        var number = 2
        while !taken.insert(key(base + String(number))).inserted { number += 1 }
        let assigned = base + String(number)
        return Claim(name: assigned, collision: Collision(requested: name, assigned: assigned))
    }

    /// The comparison key of a name: without backticks, lowercased when case does not count.
    private func key(_ name: String) -> String {
        caseInsensitive ? SwiftName.unescaped(name).lowercased() : SwiftName.unescaped(name)
    }
}
