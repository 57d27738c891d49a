/// Text made safe for generated Swift source: literals and comment lines.
enum SwiftText {
    /// `value` as a Swift string literal, quotes included, with every character that could end the literal, break
    /// the line or hide in the source escaped.
    static func stringLiteral(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if needsEscape(scalar) {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// Documentation lines for `text`: split on every kind of line break (CR, LF, CRLF, NEL, U+2028, U+2029,
    /// vertical tab, form feed) so that none reaches the source, other control characters replaced by spaces,
    /// trailing spaces and leading and trailing blank lines removed.
    static func documentationLines(_ text: String?) -> [String] {
        guard let text else { return [] }
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let isBreak = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}"].contains(scalar)
            if isBreak {
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue
                }
                lines.append(current)
                current = ""
                previousWasCR = scalar == "\r"
                continue
            }
            previousWasCR = false
            if needsEscape(scalar) && scalar != "\t" {
                current += " "
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        lines = lines.map { line in
            var line = line
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            return line
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// One line of text with every line break and control character replaced by a space (for the header).
    static func singleLine(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) || ["\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                output += " "
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Control characters, line and paragraph separators, and the byte order mark.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }
}
