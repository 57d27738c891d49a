/// Renders diagnostics the way compilers do: the one-line header, then the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    /// Returns the text of a file by its path, or nil when it is unknown (no snippet is printed then).
    public var sourceText: @Sendable (String) -> String?

    /// Creates a renderer that looks source text up with `sourceText`.
    public init(sourceText: @escaping @Sendable (String) -> String?) {
        self.sourceText = sourceText
    }

    /// The header line, plus the source line and a caret under the column when the source is known.
    public func rendered(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description
        guard let location = diagnostic.location, let source = sourceText(location.file),
            let line = Self.line(location.line, of: source)
        else { return text }
        let printable = Self.printable(line)
        let caretOffset = max(0, min(location.column - 1, printable.unicodeScalars.count))
        let padding = printable.unicodeScalars.prefix(caretOffset).map { $0 == "\t" ? "\t" : " " }.joined()
        text += "\n" + printable + "\n" + padding + "^"
        return text
    }

    /// The 1-based line `number` of `source`, without its line break; nil when out of range.
    static func line(_ number: Int, of source: String) -> Substring? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = source.unicodeScalars.startIndex
        let scalars = source.unicodeScalars
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                if current == number { return Substring(scalars[start..<index]) }
                current += 1
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
                continue
            }
            index = scalars.index(after: index)
        }
        return current == number ? Substring(scalars[start..<scalars.endIndex]) : nil
    }

    /// Replaces control characters (other than tab) so that a snippet never moves the terminal's cursor,
    /// and shortens very long lines.
    static func printable(_ line: Substring) -> String {
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars.prefix(400) {
            if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029
            {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
