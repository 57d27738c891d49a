public import SpecDiagnostics

/// Parses a JSON document (RFC 8259) into the same `YAMLNode` tree the YAML parser builds.
///
/// Strings become `.string` scalars in the `.doubleQuoted` style; numbers become `.integer` (no fraction or
/// exponent) or `.float` scalars whose value is the literal text; `true`/`false` become `.boolean` and `null`
/// becomes `.null`. Locations are 1-based lines and columns counted in Unicode scalars. The parser is iterative,
/// so deep nesting fails with the depth limit instead of overflowing the stack.
public enum JSONDocumentParser {
    /// Parses the JSON document in `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents, UTF-8, with or without a byte order mark.
    ///   - file: The file's path, used in every location.
    ///   - limits: Depth and size limits.
    /// - Returns: The document's root node.
    /// - Throws: A located `Diagnostic` for a syntax error, invalid UTF-8, an empty file, a duplicate key or
    ///   nesting beyond the depth limit.
    public static func parse(
        bytes: [UInt8],
        file: String,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> YAMLNode {
        try ByteBuffer.withBuffer(bytes) { buffer throws(Diagnostic) in
            try parse(buffer: buffer, file: file, limits: limits).root
        }
    }

    /// Parses JSON from a buffer that stays alive for the whole call.
    static func parse(
        buffer: UnsafeBufferPointer<UInt8>,
        file: String,
        limits: YAMLLimits
    ) throws(Diagnostic) -> ParsedDocument {
        try ByteBuffer.checkSize(buffer, file: file, limits: limits)
        let bomLength = TextPosition.byteOrderMarkLength(buffer)
        var reader = JSONReader(bytes: UnsafeBufferPointer(rebasing: buffer[bomLength...]), file: file, limits: limits)
        return try reader.document()
    }
}
