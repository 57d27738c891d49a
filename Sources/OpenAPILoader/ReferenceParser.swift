public import OpenAPIModel
public import SpecDiagnostics

/// Turns a `$ref` string into the file and JSON pointer it names, relative to the file it appears in.
public enum ReferenceParser {
    /// Parses `raw`, written at `location` (whose file is the base for relative paths).
    public static func target(of raw: String, at location: SourceLocation) throws(Diagnostic) -> ReferenceTarget {
        if isRemote(raw) {
            throw Diagnostic.error(
                "expected a local reference, found the remote reference '\(raw)' (nothing is fetched over the network)",
                at: location
            )
        }
        let filePart: Substring
        let fragment: Substring?
        if let hash = raw.utf8.firstIndex(of: UInt8(ascii: "#")) {
            filePart = raw[..<hash]
            fragment = raw[raw.index(after: hash)...]
        } else {
            filePart = raw[...]
            fragment = nil
        }
        let file: String
        if filePart.isEmpty {
            file = location.file
        } else {
            guard let decoded = percentDecoded(filePart) else {
                throw Diagnostic.error("expected a valid percent-encoded path in '$ref', found '\(raw)'", at: location)
            }
            file = FilePath.join(FilePath.directory(of: location.file), decoded)
        }
        guard let fragment, !fragment.isEmpty else { return ReferenceTarget(file: file, pointer: "") }
        guard let pointer = percentDecoded(fragment) else {
            throw Diagnostic.error(
                "expected a valid percent-encoded JSON pointer in '$ref', found '\(raw)'", at: location)
        }
        guard pointer.hasPrefix("/") else {
            throw Diagnostic.error(
                "expected a JSON pointer starting with '/' after '#' in '$ref', found '#\(pointer)'", at: location)
        }
        var previousWasTilde = false
        for byte in pointer.utf8 {
            if previousWasTilde, byte != UInt8(ascii: "0"), byte != UInt8(ascii: "1") {
                let scalar = Character(Unicode.Scalar(byte))
                throw Diagnostic.error(
                    "expected '~0' or '~1' in the JSON pointer of '$ref', found '~\(scalar)' in '\(raw)'", at: location)
            }
            previousWasTilde = byte == UInt8(ascii: "~")
        }
        if previousWasTilde {
            throw Diagnostic.error(
                "expected '~0' or '~1' in the JSON pointer of '$ref', found a lone '~' in '\(raw)'", at: location)
        }
        return ReferenceTarget(file: file, pointer: pointer)
    }

    /// Whether a reference names a URL (`https://…`, `//host/…`) rather than a local file.
    static func isRemote(_ raw: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        var index = 0
        for byte in raw.utf8 {
            if byte == UInt8(ascii: "#") { return false }
            if byte == UInt8(ascii: "/"), previous.1 == UInt8(ascii: "/"), index == 1 || previous.0 == UInt8(ascii: ":")
            {
                return true
            }
            previous = (previous.1, byte)
            index += 1
        }
        return false
    }

    /// Decodes `%XX` escapes as UTF-8; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
