/// The YAML 1.2 core schema: how a plain (unquoted, untagged) scalar is resolved to a kind.
///
/// - null: `null`, `Null`, `NULL`, `~` and the empty scalar.
/// - boolean: `true`, `True`, `TRUE`, `false`, `False`, `FALSE`.
/// - integer: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
/// - float: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.nan|\.NaN|\.NAN`.
///
/// Everything else is a string, including YAML 1.1 forms such as `yes`, `no`, `on`, `off`, `1_000`, `0b1` and
/// dates. Resolution looks at the UTF-8 bytes only: no regular expressions and no Foundation.
public enum YAMLCoreSchema {
    /// The kind of a plain scalar with the text `plain`.
    public static func resolve(plain: String) -> YAMLScalar.Kind {
        var text = plain
        return text.withUTF8 { resolve(utf8: $0) }
    }

    /// The kind of a plain scalar given as UTF-8 bytes.
    static func resolve(utf8 bytes: UnsafeBufferPointer<UInt8>) -> YAMLScalar.Kind {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if bytes.count > 2, first == UInt8(ascii: "0") {
                let second = bytes[1]
                if second == UInt8(ascii: "x") {
                    return allBytes(bytes, from: 2, satisfy: isHexDigit) ? .integer : .string
                }
                if second == UInt8(ascii: "o") {
                    return allBytes(bytes, from: 2, satisfy: isOctalDigit) ? .integer : .string
                }
            }
            return resolveNumber(bytes, from: 0)
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            guard bytes.count > 1 else { return .string }
            if bytes[1] == UInt8(ascii: "."), isInfinity(bytes, from: 2) { return .float }
            return resolveNumber(bytes, from: 1)
        case UInt8(ascii: "."):
            if isInfinity(bytes, from: 1) || isNaN(bytes) { return .float }
            return resolveNumber(bytes, from: 0)
        case UInt8(ascii: "~"):
            return bytes.count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return matches(bytes, "null", "Null", "NULL") ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return matches(bytes, "true", "True", "TRUE") ? .boolean : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return matches(bytes, "false", "False", "FALSE") ? .boolean : .string
        default:
            return .string
        }
    }

    /// The value of an integer in the core schema's forms (`12`, `-3`, `+4`, `0x1F`, `0o17`); nil when the text
    /// is not one or does not fit in `Int`.
    public static func parseInteger(_ text: String) -> Int? {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if let sign = utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        var radix = 10
        if utf8.count > 2, utf8.first == UInt8(ascii: "0") {
            let marker = utf8[utf8.index(after: utf8.startIndex)]
            if marker == UInt8(ascii: "x") || marker == UInt8(ascii: "X") {
                radix = 16
            } else if marker == UInt8(ascii: "o") || marker == UInt8(ascii: "O") {
                radix = 8
            }
            if radix != 10 { utf8 = utf8.dropFirst(2) }
        }
        guard !utf8.isEmpty else { return nil }
        var value = 0
        for byte in utf8 {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (added, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = added
        }
        return value
    }

    /// The value of a float in the core schema's forms, including `.inf`, `-.Inf`, `.nan`; integers are accepted
    /// too. Nil when the text is not a number.
    public static func parseFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let kind = resolve(plain: text)
        guard kind == .float || kind == .integer else { return nil }
        if kind == .integer, let integer = parseInteger(text) { return Double(integer) }
        // `Double(_:)` accepts `1.`, `.5`, `+1e3`, which is everything the core schema allows.
        return Double(text)
    }

    // MARK: - Byte helpers

    /// Resolves `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` starting after the optional sign.
    private static func resolveNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> YAMLScalar.Kind {
        var index = start
        let count = bytes.count
        var integerDigits = 0
        while index < count, isDigit(bytes[index]) {
            index += 1
            integerDigits += 1
        }
        if index == count { return integerDigits > 0 ? .integer : .string }
        var fractionDigits = 0
        var isFloat = false
        if bytes[index] == UInt8(ascii: ".") {
            isFloat = true
            index += 1
            while index < count, isDigit(bytes[index]) {
                index += 1
                fractionDigits += 1
            }
            // `.` alone needs digits after it; `1.` is a float.
            if integerDigits == 0 && fractionDigits == 0 { return .string }
        } else if integerDigits == 0 {
            return .string
        }
        if index == count { return isFloat ? .float : .integer }
        guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else { return .string }
        index += 1
        if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var exponentDigits = 0
        while index < count, isDigit(bytes[index]) {
            index += 1
            exponentDigits += 1
        }
        return index == count && exponentDigits > 0 ? .float : .string
    }

    /// Whether the bytes from `start` are exactly `inf`, `Inf` or `INF`.
    private static func isInfinity(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard bytes.count - start == 3 else { return false }
        let (a, b, c) = (bytes[start], bytes[start + 1], bytes[start + 2])
        return (a == UInt8(ascii: "i") && b == UInt8(ascii: "n") && c == UInt8(ascii: "f"))
            || (a == UInt8(ascii: "I") && b == UInt8(ascii: "n") && c == UInt8(ascii: "f"))
            || (a == UInt8(ascii: "I") && b == UInt8(ascii: "N") && c == UInt8(ascii: "F"))
    }

    /// Whether the bytes are exactly `.nan`, `.NaN` or `.NAN`.
    private static func isNaN(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        matches(bytes, ".nan", ".NaN", ".NAN")
    }

    /// Whether the bytes equal one of three ASCII spellings.
    private static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ first: StaticString,
        _ second: StaticString,
        _ third: StaticString
    ) -> Bool {
        equal(bytes, first) || equal(bytes, second) || equal(bytes, third)
    }

    /// Whether the bytes equal an ASCII static string.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let other = literal.utf8Start
        for offset in 0..<bytes.count where bytes[offset] != other[offset] { return false }
        return true
    }

    /// Whether every byte from `start` on satisfies `predicate` (and there is at least one).
    private static func allBytes(
        _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        satisfy predicate: (UInt8) -> Bool
    ) -> Bool {
        guard start < bytes.count else { return false }
        for offset in start..<bytes.count where !predicate(bytes[offset]) { return false }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private static func isOctalDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 8
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        digitValue(byte).map { $0 < 16 } ?? false
    }

    /// The value of a decimal or hexadecimal digit.
    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte &- UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte &- UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
