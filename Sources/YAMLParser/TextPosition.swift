import SpecDiagnostics

/// Byte-level helpers shared by the YAML and JSON parsers: the BOM, and turning a byte offset into a position.
enum TextPosition {
    /// The number of bytes of a UTF-8 byte order mark at the start of `bytes` (3 or 0).
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The 0-based line and column (in Unicode scalars) of the byte at `offset`. Lines end at `\n`, `\r\n` or `\r`.
    static func zeroBasedLineAndColumn(
        ofOffset offset: Int,
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> (line: Int, column: Int) {
        var line = 0
        var column = 0
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                if index < end {
                    line += 1
                    column = 0
                }
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// The message for a file over the size limit.
    static func fileTooLargeMessage(size: Int, limit: Int) -> String {
        "the file is too large (\(size) bytes; the limit is \(limit) bytes)"
    }

    /// The message for a document that holds nothing.
    static let emptyFileMessage = "the file is empty; expected a YAML or JSON document"

    /// The message for a mapping key seen twice; `first` is the first occurrence.
    static func duplicateKeyMessage(_ key: String, first: SourceLocation) -> String {
        "duplicate key '\(key)' in mapping (first at \(first.line):\(first.column))"
    }

    /// The message for nesting beyond the depth limit.
    static func tooDeepMessage(limit: Int) -> String {
        "nesting deeper than \(limit) levels"
    }
}
