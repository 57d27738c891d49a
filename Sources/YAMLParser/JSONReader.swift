import SpecDiagnostics

/// The JSON grammar, read byte by byte without recursion; nodes go to a `TreeBuilder`.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let fileID: SourceFileID
    private var builder: TreeBuilder
    /// The offset of the next byte to read.
    private var position = 0
    /// The current 1-based line and the offset where it starts.
    private var line = 1
    private var lineStart = 0
    /// A column already computed on the current line, so that long lines are scanned once.
    private var cachedOffset = 0
    private var cachedColumn = 1
    /// For each open container, whether it is an object.
    private var containers: [Bool] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) {
        self.bytes = bytes
        self.file = file
        self.fileID = SourceFileID(file)
        self.builder = TreeBuilder(limits: limits)
    }

    /// Reads the whole document and returns its root.
    mutating func document() throws(Diagnostic) -> ParsedDocument {
        skipWhitespace()
        if position == bytes.count {
            throw .error(TextPosition.emptyFileMessage, at: SourceLocation(file: file, line: 1, column: 1))
        }
        try value()
        while !containers.isEmpty {
            try afterValue()
        }
        skipWhitespace()
        if position < bytes.count {
            _ = try describe(at: position)  // Reports invalid UTF-8 as such.
            throw error("trailing content after the JSON document", at: position)
        }
        return ParsedDocument(root: builder.root!, references: builder.references)
    }

    // MARK: - Grammar

    /// Reads one value; for an object or array, only its opening and first member or element.
    private mutating func value() throws(Diagnostic) {
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw error("unexpected end of file; expected a value", at: position)
            }
            let start = position
            switch bytes[position] {
            case UInt8(ascii: "{"):
                try builder.begin(mapping: true, at: location(start), anchor: nil)
                containers.append(true)
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    containers.removeLast()
                    try builder.end()
                    return
                }
                try member(expected: "expected a string key or '}'")
            case UInt8(ascii: "["):
                try builder.begin(mapping: false, at: location(start), anchor: nil)
                containers.append(false)
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    containers.removeLast()
                    try builder.end()
                    return
                }
            case UInt8(ascii: "\""):
                let text = try string()
                try builder.scalar(
                    YAMLScalar(value: text, kind: .string, style: .doubleQuoted, location: location(start)), anchor: nil
                )
                return
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let kind = try number()
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                try builder.scalar(
                    YAMLScalar(value: text, kind: kind, style: .plain, location: location(start)), anchor: nil)
                return
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                guard let (text, kind) = literal() else {
                    throw error("expected a value, found \(try describe(at: start))", at: start)
                }
                try builder.scalar(
                    YAMLScalar(value: text, kind: kind, style: .plain, location: location(start)), anchor: nil)
                return
            default:
                throw error("expected a value, found \(try describe(at: start))", at: start)
            }
        }
    }

    /// Reads what follows a value inside the innermost container: a separator and the next value, or the end.
    private mutating func afterValue() throws(Diagnostic) {
        skipWhitespace()
        let isObject = containers[containers.count - 1]
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let expected =
            isObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after an array element"
        guard position < bytes.count else { throw error("\(expected), found end of file", at: position) }
        let byte = bytes[position]
        if byte == close {
            position += 1
            containers.removeLast()
            try builder.end()
        } else if byte == UInt8(ascii: ",") {
            position += 1
            if isObject {
                skipWhitespace()
                try member(expected: "expected a string key")
            }
            try value()
        } else {
            throw error("\(expected), found \(try describe(at: position))", at: position)
        }
    }

    /// Reads an object member's key and colon (the caller reads the value); whitespace before the key is already
    /// skipped.
    private mutating func member(expected: String) throws(Diagnostic) {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw error("\(expected), found \(try describe(at: position))", at: position)
        }
        let start = position
        let key = try string()
        try builder.scalar(
            YAMLScalar(value: key, kind: .string, style: .doubleQuoted, location: location(start)), anchor: nil)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error("expected ':' after an object key, found \(try describe(at: position))", at: position)
        }
        position += 1
    }

    /// Reads `true`, `false` or `null`.
    private mutating func literal() -> (String, YAMLScalar.Kind)? {
        if matches("true") {
            position += 4
            return ("true", .boolean)
        }
        if matches("false") {
            position += 5
            return ("false", .boolean)
        }
        if matches("null") {
            position += 4
            return ("null", .null)
        }
        return nil
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        return true
    }

    /// Reads a number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    private mutating func number() throws(Diagnostic) -> YAMLScalar.Kind {
        var kind = YAMLScalar.Kind.integer
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            throw error("invalid number: expected a digit after '-'", at: position)
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw error("invalid number: leading zeros are not allowed", at: position - 1)
            }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            kind = .float
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw error("invalid number: expected a digit after the decimal point", at: position)
            }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            kind = .float
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw error("invalid number: expected a digit in the exponent", at: position)
            }
            skipDigits()
        }
        return kind
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    // MARK: - Whitespace and positions

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                position += 1
            case UInt8(ascii: "\n"):
                position += 1
                newLine()
            case UInt8(ascii: "\r"):
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
                newLine()
            default:
                return
            }
        }
    }

    private mutating func newLine() {
        line += 1
        lineStart = position
        cachedOffset = position
        cachedColumn = 1
    }

    /// The location of the byte at `offset`, on the current line.
    mutating func location(_ offset: Int) -> SourceLocation {
        if offset < cachedOffset {
            cachedOffset = lineStart
            cachedColumn = 1
        }
        var column = cachedColumn
        var index = cachedOffset
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        cachedOffset = offset
        cachedColumn = column
        return SourceLocation(fileID: fileID, line: line, column: column)
    }

    /// A located error at `offset` on the current line.
    mutating func error(_ message: String, at offset: Int) -> Diagnostic {
        .error(message, at: location(min(offset, bytes.count)))
    }

    // MARK: - Strings

    /// Reads a string whose opening quote is at `position` and returns its unescaped text.
    private mutating func string() throws(Diagnostic) -> String {
        let start = position
        var index = position + 1
        var segmentStart = index
        var unescaped: [UInt8] = []
        var hasEscapes = false
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes {
                    hasEscapes = true
                    unescaped.reserveCapacity(index - segmentStart + 16)
                }
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                index = try escape(at: index, into: &unescaped)
                segmentStart = index
            } else if byte < 0x20 {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    throw error("unterminated string", at: start)
                }
                throw error("invalid control character \(Self.codePoint(UInt32(byte))) in a string", at: index)
            } else if byte >= 0x80 {
                index = try validateUTF8(at: index)
            } else {
                index += 1
            }
        }
        position = index + 1
        let tail = UnsafeBufferPointer(rebasing: bytes[segmentStart..<index])
        guard hasEscapes else { return String(decoding: tail, as: UTF8.self) }
        unescaped.append(contentsOf: tail)
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Decodes the escape whose backslash is at `index` into `output`; returns the offset after it.
    private mutating func escape(at index: Int, into output: inout [UInt8]) throws(Diagnostic) -> Int {
        guard index + 1 < bytes.count else { throw error("unterminated string", at: index) }
        let replacement: UInt8
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): replacement = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): replacement = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): replacement = UInt8(ascii: "/")
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = UInt8(ascii: "\n")
        case UInt8(ascii: "r"): replacement = UInt8(ascii: "\r")
        case UInt8(ascii: "t"): replacement = UInt8(ascii: "\t")
        case UInt8(ascii: "u"):
            return try unicodeEscape(at: index, into: &output)
        case let byte where byte > 0x20 && byte < 0x7F:
            throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a string", at: index)
        default:
            throw error("invalid escape: a backslash followed by \(try describeCharacter(at: index + 1))", at: index)
        }
        output.append(replacement)
        return index + 2
    }

    /// Decodes `\uXXXX`, or a `\uD83D\uDEE0` surrogate pair, at `index`.
    private mutating func unicodeEscape(at index: Int, into output: inout [UInt8]) throws(Diagnostic) -> Int {
        let high = try hexQuad(at: index)
        var scalarValue = high
        var end = index + 6
        if 0xDC00...0xDFFF ~= high {
            throw error("invalid \\u escape: unpaired surrogate", at: index)
        }
        if 0xD800...0xDBFF ~= high {
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "\\"), bytes[end + 1] == UInt8(ascii: "u")
            else { throw error("invalid \\u escape: unpaired surrogate", at: index) }
            let low = try hexQuad(at: end)
            guard 0xDC00...0xDFFF ~= low else { throw error("invalid \\u escape: unpaired surrogate", at: index) }
            scalarValue = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            end += 6
        }
        output.append(contentsOf: String(Character(Unicode.Scalar(scalarValue)!)).utf8)
        return end
    }

    /// The value of the four hexadecimal digits after `\u` at `index`.
    private mutating func hexQuad(at index: Int) throws(Diagnostic) -> UInt32 {
        guard index + 6 <= bytes.count else {
            throw error("invalid \\u escape: expected 4 hexadecimal digits", at: index)
        }
        var value: UInt32 = 0
        for offset in index + 2..<index + 6 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape: expected 4 hexadecimal digits", at: index)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - UTF-8 and descriptions

    /// Checks the UTF-8 sequence starting at `index` and returns the offset after it.
    private mutating func validateUTF8(at index: Int) throws(Diagnostic) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xED: (length, high) = (3, 0x9F)
        case 0xE1...0xEF: length = 3
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF4: (length, high) = (4, 0x8F)
        case 0xF1...0xF3: length = 4
        default: throw error("invalid UTF-8 byte \(Self.hexByte(lead))", at: index)
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else {
                throw error("invalid UTF-8: incomplete sequence at end of file", at: index)
            }
            let byte = bytes[index + offset]
            let (minimum, maximum): (UInt8, UInt8) = offset == 1 ? (low, high) : (0x80, 0xBF)
            guard minimum...maximum ~= byte else {
                // Name the sequence's first byte: the byte that breaks it is often valid text (a quote).
                throw error("invalid UTF-8 byte \(Self.hexByte(lead))", at: index)
            }
        }
        return index + length
    }

    /// "'x'", "'true1'", "U+0001" or "end of file" for the text at `offset`, for messages that say what was found.
    private mutating func describe(at offset: Int) throws(Diagnostic) -> String {
        guard offset < bytes.count else { return "end of file" }
        var end = offset
        while end < bytes.count, end - offset < 20, Self.isWordByte(bytes[end]) { end += 1 }
        if end > offset + 1 {
            return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) + "'"
        }
        return try describeCharacter(at: offset)
    }

    /// "'x'" or "U+0001" for the single character at `offset`.
    private mutating func describeCharacter(at offset: Int) throws(Diagnostic) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte < 0x20 || byte == 0x7F { return Self.codePoint(UInt32(byte)) }
        if byte < 0x80 { return "'\(Character(Unicode.Scalar(byte)))'" }
        let end = try validateUTF8(at: offset)
        return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) + "'"
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    /// `U+000A`.
    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `0xFF`.
    private static func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" : "") + hex
    }
}
