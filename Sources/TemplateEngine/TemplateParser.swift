/// Reads the tags of a Mustache template and nests sections, recording where each tag starts.
///
/// Supports `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`, `{{>partial}}`,
/// `{{! comment}}`, `{{.}}`, dotted names, `{{=<% %>=}}` set-delimiter tags, and the inheritance tags
/// `{{$block}}` and `{{<parent}}`. It rejects what cannot be checked or would undo plain-text output:
/// transforms (`{{lowercased(name)}}`), dynamic partials (`{{>*name}}`) and pragmas (`{{%CONTENT_TYPE:HTML}}`).
struct TemplateParser {
    /// A syntax problem at a 1-based line and column.
    struct Failure: Error, Sendable {
        /// What is wrong.
        var message: String
        /// The 1-based line.
        var line: Int
        /// The 1-based column, in Unicode scalars.
        var column: Int
    }

    private let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]
    private var index = 0
    private var open = "{{".unicodeScalars.map { $0 }
    private var close = "}}".unicodeScalars.map { $0 }

    /// Parses `text` into its tags.
    static func parse(_ text: String) throws(Failure) -> [TemplateNode] {
        var parser = TemplateParser(text)
        return try parser.parseAll()
    }

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if scalar == "\r", position < scalars.count, scalars[position] == "\n" { position += 1 }
            if scalar == "\n" || scalar == "\r" { starts.append(position) }
        }
        lineStarts = starts
    }

    /// The 1-based line and column of a scalar offset.
    private func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    private func failure(_ message: String, at offset: Int) -> Failure {
        let (line, column) = position(of: offset)
        return Failure(message: message, line: line, column: column)
    }

    /// The offset of the next occurrence of `needle` at or after `start`, or nil.
    private func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var offset = start
        while offset + needle.count <= scalars.count {
            if scalars[offset] == needle[0], Array(scalars[offset..<offset + needle.count]) == needle { return offset }
            offset += 1
        }
        return nil
    }

    /// An open section waiting for its closing tag.
    private struct OpenSection {
        var sigil: Unicode.Scalar
        var name: String
        var offset: Int
        var children: [TemplateNode] = []
    }

    private mutating func parseAll() throws(Failure) -> [TemplateNode] {
        var stack = [OpenSection(sigil: " ", name: "", offset: 0)]
        while let tagStart = find(open, from: index) {
            let tag = try readTag(at: tagStart)
            let (line, column) = position(of: tagStart)
            func append(_ kind: TemplateNode.Kind) {
                stack[stack.count - 1].children.append(TemplateNode(kind: kind, line: line, column: column))
            }
            switch tag.sigil {
            case "!", "=":
                continue
            case "%":
                throw failure("pragmas are not supported; templates always render as plain text", at: tagStart)
            case "#", "^", "$", "<":
                try validate(tag, at: tagStart)
                stack.append(OpenSection(sigil: tag.sigil, name: tag.name, offset: tagStart))
            case "/":
                guard stack.count > 1, let section = stack.last, section.name == tag.name else {
                    let expected = stack.count > 1 ? "'{{/\(stack[stack.count - 1].name)}}'" : "no closing tag"
                    throw failure(
                        "closing tag '{{/\(tag.name)}}' does not match an open section; expected \(expected)",
                        at: tagStart)
                }
                stack.removeLast()
                let (openLine, openColumn) = position(of: section.offset)
                let kind: TemplateNode.Kind =
                    switch section.sigil {
                    case "#": .section(section.name, inverted: false, children: section.children)
                    case "^": .section(section.name, inverted: true, children: section.children)
                    case "$": .block(section.name, children: section.children)
                    default: .parent(section.name, children: section.children)
                    }
                stack[stack.count - 1].children.append(TemplateNode(kind: kind, line: openLine, column: openColumn))
            case ">":
                try validate(tag, at: tagStart)
                append(.partial(tag.name))
            default:
                try validate(tag, at: tagStart)
                append(.variable(tag.name))
            }
        }
        if stack.count > 1, let section = stack.last {
            throw failure(
                "section '\(section.name)' is never closed; expected '{{/\(section.name)}}'", at: section.offset)
        }
        return stack[0].children
    }

    /// A tag's sigil (a space for a plain variable) and trimmed name.
    private struct Tag {
        var sigil: Unicode.Scalar
        var name: String
    }

    /// Reads the tag starting at `start` and moves past it, applying set-delimiter tags.
    private mutating func readTag(at start: Int) throws(Failure) -> Tag {
        let contentStart = start + open.count
        let first: Unicode.Scalar? = contentStart < scalars.count ? scalars[contentStart] : nil
        let unclosed = "tag is never closed; expected '\(String(String.UnicodeScalarView(close)))'"
        if first == "{", open == Array("{{".unicodeScalars) {
            let triple = [Unicode.Scalar("}")] + close
            guard let end = find(triple, from: contentStart + 1) else { throw failure(unclosed, at: start) }
            index = end + triple.count
            return Tag(sigil: "&", name: trimmed(contentStart + 1, end))
        }
        if first == "=" {
            guard let end = find(Array("=".unicodeScalars) + close, from: contentStart + 1) else {
                throw failure("set-delimiter tag is never closed", at: start)
            }
            let parts = trimmed(contentStart + 1, end).split(whereSeparator: \.isWhitespace)
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw failure("set-delimiter tag must hold two delimiters, like '{{=<% %>=}}'", at: start)
            }
            index = end + 1 + close.count
            open = Array(parts[0].unicodeScalars)
            close = Array(parts[1].unicodeScalars)
            return Tag(sigil: "=", name: "")
        }
        guard let end = find(close, from: contentStart) else { throw failure(unclosed, at: start) }
        index = end + close.count
        if let first, "#^/>!&$<%".unicodeScalars.contains(first) {
            return Tag(sigil: first, name: first == "!" ? "" : trimmed(contentStart + 1, end))
        }
        return Tag(sigil: " ", name: trimmed(contentStart, end))
    }

    private func trimmed(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.?")

    /// Rejects empty names, transforms, dynamic partials and characters Mustache does not accept.
    private func validate(_ tag: Tag, at offset: Int) throws(Failure) {
        let isPartial = tag.sigil == ">" || tag.sigil == "<"
        if tag.name.isEmpty { throw failure("tag has no name", at: offset) }
        if isPartial, tag.name.hasPrefix("*") {
            throw failure("dynamic partials ('\(tag.name)') are not supported; name the partial", at: offset)
        }
        if tag.name.contains("(") {
            throw failure(
                "transforms ('\(tag.name)') are not supported; compute the value in the context instead", at: offset)
        }
        if tag.sigil == "<", tag.name.contains("/") {
            let dotted = String(tag.name.map { $0 == "/" ? "." : $0 })
            throw failure(
                "a parent tag names its template with dots instead of slashes: '{{<\(dotted)}}…{{/\(dotted)}}'",
                at: offset)
        }
        let allowed = isPartial ? Self.nameCharacters.union(["/"]) : Self.nameCharacters
        if let bad = tag.name.first(where: { !allowed.contains($0) }) {
            throw failure("invalid character '\(bad)' in name '\(tag.name)'", at: offset)
        }
    }
}
