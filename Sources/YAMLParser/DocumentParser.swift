public import SpecDiagnostics

/// Parses a specification file that is either JSON or YAML, choosing the parser by name and content.
public enum DocumentParser {
    /// The number of leading bytes searched for a NUL byte to recognise binary files.
    static let binaryProbeLength = 8192

    /// Parses `bytes` as JSON when `file` ends in `.json`, and as YAML otherwise. A file whose first
    /// non-whitespace byte (after a byte order mark) is `{` or `[` is read with the faster JSON parser first, and
    /// with the YAML parser when it is not valid JSON (YAML flow style such as `{a: 1}`).
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The file's path, used in every location and to recognise `.json` files.
    ///   - limits: Depth, alias expansion and size limits.
    /// - Returns: The document's root node.
    /// - Throws: A located `Diagnostic` for binary data (a NUL byte in the first 8 KB), a file over the size
    ///   limit, or any error of `JSONDocumentParser` or `YAMLDocumentParser`.
    public static func parse(
        bytes: [UInt8],
        file: String,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> YAMLNode {
        try parseDocument(bytes: bytes, file: file, limits: limits).root
    }

    /// Parses like `parse(bytes:file:limits:)` and also returns the index of every `$ref` in the file.
    public static func parseDocument(
        bytes: [UInt8],
        file: String,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> ParsedDocument {
        try ByteBuffer.withBuffer(bytes) { buffer throws(Diagnostic) in
            try parse(buffer: buffer, file: file, limits: limits)
        }
    }

    private static func parse(
        buffer: UnsafeBufferPointer<UInt8>,
        file: String,
        limits: YAMLLimits
    ) throws(Diagnostic) -> ParsedDocument {
        try ByteBuffer.checkSize(buffer, file: file, limits: limits)
        let bomLength = TextPosition.byteOrderMarkLength(buffer)
        let text = UnsafeBufferPointer(rebasing: buffer[bomLength...])
        if let nul = text.prefix(binaryProbeLength).firstIndex(of: 0) {
            let position = TextPosition.zeroBasedLineAndColumn(ofOffset: nul, in: text)
            throw .error(
                "expected a text file, found binary data (a NUL byte)",
                at: SourceLocation(file: file, line: position.line + 1, column: position.column + 1))
        }
        if file.hasSuffix(".json") {
            return try JSONDocumentParser.parse(buffer: buffer, file: file, limits: limits)
        }
        if startsLikeJSON(text) {
            // JSON is YAML too, so a file that is not named `.json` and fails as JSON (a YAML flow mapping such as
            // `{a: 1}`, say) gets a second chance, and the YAML parser's diagnostic.
            if let parsed = try? JSONDocumentParser.parse(buffer: buffer, file: file, limits: limits) { return parsed }
        }
        return try YAMLDocumentParser.parse(buffer: buffer, file: file, limits: limits)
    }

    /// Whether the first non-whitespace byte is `{` or `[`.
    static func startsLikeJSON(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in text {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }
}
