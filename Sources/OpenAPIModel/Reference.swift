public import SpecDiagnostics

/// The place a `$ref` points to: a file and a JSON pointer inside it.
public struct ReferenceTarget: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, as a normalised path (the same string the file's `SourceLocation`s carry).
    public var file: String
    /// The JSON pointer within the file, escaped as written (`/components/schemas/Pet`), empty for the whole file.
    public var pointer: String

    /// Creates a target.
    public init(file: String, pointer: String) {
        self.file = file
        self.pointer = pointer
    }

    /// The pointer's tokens, unescaped (`~1` → `/`, `~0` → `~`).
    public var tokens: [String] {
        guard !pointer.isEmpty else { return [] }
        let parts = pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return parts.map { part in
            guard part.contains(UInt8(ascii: "~")) else { return String(decoding: part, as: UTF8.self) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(part.count)
            var afterTilde = false
            for byte in part {
                if afterTilde {
                    bytes.append(
                        byte == UInt8(ascii: "1")
                            ? UInt8(ascii: "/") : byte == UInt8(ascii: "0") ? UInt8(ascii: "~") : byte)
                    afterTilde = false
                } else if byte == UInt8(ascii: "~") {
                    afterTilde = true
                } else {
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The last pointer token, or the file's base name without extension for a whole-file reference.
    public var lastComponent: String {
        if let last = tokens.last { return last }
        let base = file.split(separator: "/").last.map(String.init) ?? file
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { return String(base[..<dot]) }
        return base
    }

    /// `file#pointer`.
    public var description: String { "\(file)#\(pointer)" }

    /// Orders by file then pointer.
    public static func < (lhs: ReferenceTarget, rhs: ReferenceTarget) -> Bool {
        (lhs.file, lhs.pointer) < (rhs.file, rhs.pointer)
    }
}

extension OpenAPI {
    /// A `$ref`, as written and as resolved.
    public struct Reference: Hashable, Sendable {
        /// The reference exactly as written in the spec.
        public var raw: String
        /// Where it points, resolved against the file it appears in.
        public var target: ReferenceTarget
        /// A `summary` written beside the `$ref` (3.1), overriding the target's.
        public var summary: String?
        /// A `description` written beside the `$ref` (3.1), overriding the target's.
        public var description: String?
        /// The location of the `$ref` value.
        public var location: SourceLocation

        /// Creates a reference.
        public init(
            raw: String, target: ReferenceTarget, summary: String? = nil, description: String? = nil,
            location: SourceLocation
        ) {
            self.raw = raw
            self.target = target
            self.summary = summary
            self.description = description
            self.location = location
        }
    }

    /// Either a `$ref` or an inline value, where the spec allows both.
    public enum Referenceable<Value: Hashable & Sendable>: Hashable, Sendable {
        /// A reference to a value defined elsewhere.
        case reference(Reference)
        /// The value itself.
        case value(Value)

        /// The reference, when this is one.
        public var reference: Reference? {
            if case .reference(let reference) = self { return reference }
            return nil
        }

        /// The inline value, when this is one.
        public var value: Value? {
            if case .value(let value) = self { return value }
            return nil
        }
    }
}
