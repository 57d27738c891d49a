internal import CLibYAML
public import SpecDiagnostics

/// Parses one YAML document into a `YAMLNode` tree with libyaml's event parser.
///
/// The tree is built iteratively (no recursion), scalars are resolved with the YAML 1.2 core schema, aliases and
/// merge keys are applied, and every problem is reported as a located `Diagnostic`.
public enum YAMLDocumentParser {
    /// Parses the YAML document in `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents, UTF-8, with or without a byte order mark.
    ///   - file: The file's path, used in every location.
    ///   - limits: Depth, alias expansion and size limits.
    /// - Returns: The document's root node.
    /// - Throws: A located `Diagnostic` for a syntax error, an empty file, a second document, a duplicate key,
    ///   a tag that does not fit its scalar, an unknown alias, or a limit that was exceeded.
    public static func parse(
        bytes: [UInt8],
        file: String,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> YAMLNode {
        try ByteBuffer.withBuffer(bytes) { buffer throws(Diagnostic) in
            try parse(buffer: buffer, file: file, limits: limits).root
        }
    }

    /// Parses YAML from a buffer that stays alive for the whole call.
    static func parse(
        buffer: UnsafeBufferPointer<UInt8>,
        file: String,
        limits: YAMLLimits
    ) throws(Diagnostic) -> ParsedDocument {
        let start = SourceLocation(file: file, line: 1, column: 1)
        try ByteBuffer.checkSize(buffer, file: file, limits: limits)
        let bomLength = TextPosition.byteOrderMarkLength(buffer)
        let text = UnsafeBufferPointer(rebasing: buffer[bomLength...])
        if text.isEmpty { throw .error(TextPosition.emptyFileMessage, at: start) }
        var reader = LibYAMLEventReader(text: text, file: file, limits: limits)
        return try reader.run()
    }
}

/// Drives libyaml's event parser over a buffer and feeds a `TreeBuilder`.
private struct LibYAMLEventReader: ~Copyable {
    private let text: UnsafeBufferPointer<UInt8>
    private let file: String
    private let fileID: SourceFileID
    private var builder: TreeBuilder
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var documents = 0

    init(text: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) {
        self.text = text
        self.file = file
        self.fileID = SourceFileID(file)
        self.builder = TreeBuilder(limits: limits)
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        // `parse(buffer:file:limits:)` never passes an empty text, so the base address exists.
        yaml_parser_set_input_string(parser, text.baseAddress!, text.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The one place where libyaml's 0-based marks become 1-based locations.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(fileID: fileID, line: mark.line + 1, column: mark.column + 1)
    }

    /// Reads every event and returns the document.
    mutating func run() throws(Diagnostic) -> ParsedDocument {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else { throw libyamlError() }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_SCALAR_EVENT:
                try scalar(&event)
            case YAML_SEQUENCE_START_EVENT:
                try builder.begin(
                    mapping: false, at: location(event.start_mark),
                    anchor: Self.string(event.data.sequence_start.anchor))
            case YAML_MAPPING_START_EVENT:
                try builder.begin(
                    mapping: true, at: location(event.start_mark), anchor: Self.string(event.data.mapping_start.anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try builder.end()
            case YAML_ALIAS_EVENT:
                try builder.alias(Self.string(event.data.alias.anchor) ?? "", at: location(event.start_mark))
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .error(
                        "expected a single YAML document, found a second document", at: location(event.start_mark))
                }
            case YAML_STREAM_END_EVENT:
                guard let root = builder.root, !Self.isEmptyDocument(root) else {
                    throw .error(TextPosition.emptyFileMessage, at: SourceLocation(file: file, line: 1, column: 1))
                }
                return ParsedDocument(root: root, references: builder.references)
            default:
                break
            }
        }
    }

    /// Whether the root is the empty plain scalar libyaml reports for a document holding nothing.
    private static func isEmptyDocument(_ root: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = root else { return false }
        return scalar.style == .plain && scalar.kind == .null && scalar.value.isEmpty
    }

    /// Handles a scalar event: style, tag and kind.
    private mutating func scalar(_ event: inout yaml_event_t) throws(Diagnostic) {
        let data = event.data.scalar
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let value = String(decoding: bytes, as: UTF8.self)
        let style: YAMLScalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let at = location(event.start_mark)
        var isMergeKey = false
        let kind: YAMLScalar.Kind
        if let tag = data.tag {
            kind = try Self.kind(tag: String(cString: tag), bytes: bytes, value: value, style: style, at: at)
            isMergeKey = style == .plain && value == "<<" && String(cString: tag) == "tag:yaml.org,2002:merge"
        } else if style == .plain {
            kind = YAMLCoreSchema.resolve(utf8: bytes)
            isMergeKey = data.length == 2 && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "<")
        } else {
            kind = .string
        }
        let scalar = YAMLScalar(value: value, kind: kind, style: style, location: at)
        try builder.scalar(scalar, anchor: Self.string(data.anchor), isMergeKey: isMergeKey)
    }

    /// The kind of a tagged scalar; throws when the text does not fit a core schema tag.
    private static func kind(
        tag: String,
        bytes: UnsafeBufferPointer<UInt8>,
        value: String,
        style: YAMLScalar.Style,
        at location: SourceLocation
    ) throws(Diagnostic) -> YAMLScalar.Kind {
        let expected: YAMLScalar.Kind
        switch tag {
        case "tag:yaml.org,2002:str", "!": return .string
        case "tag:yaml.org,2002:int": expected = .integer
        case "tag:yaml.org,2002:float": expected = .float
        case "tag:yaml.org,2002:bool": expected = .boolean
        case "tag:yaml.org,2002:null": expected = .null
        default: return style == .plain ? YAMLCoreSchema.resolve(utf8: bytes) : .string
        }
        let resolved = YAMLCoreSchema.resolve(utf8: bytes)
        if resolved == expected || (expected == .float && resolved == .integer) { return expected }
        let shortTag = "!!" + tag.dropFirst("tag:yaml.org,2002:".count)
        throw .error("expected \(expected.description) for tag \(shortTag), found '\(value)'", at: location)
    }

    /// A libyaml C string (anchor names), or nil.
    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The diagnostic for the error libyaml reported.
    private func libyamlError() -> Diagnostic {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown error"
        var message = parser.pointee.context.map { String(cString: $0) + ": " } ?? ""
        message += problem
        var mark = parser.pointee.problem_mark
        switch parser.pointee.error {
        case YAML_READER_ERROR:
            let position = TextPosition.zeroBasedLineAndColumn(ofOffset: parser.pointee.problem_offset, in: text)
            mark.line = position.line
            mark.column = position.column
            let value = parser.pointee.problem_value
            if value >= 0 { message += " (0x" + String(UInt32(value), radix: 16, uppercase: true) + ")" }
        case YAML_MEMORY_ERROR:
            message = "out of memory while parsing YAML"
        default:
            if character(atLine: mark.line, column: mark.column) == UInt8(ascii: "\t") {
                message += " (a tab; YAML allows only spaces for indentation)"
            }
            // For an unclosed quote or flow, say where it opened: libyaml reports where it gave up.
            let start = parser.pointee.context_mark
            let context = parser.pointee.context.map { String(cString: $0) } ?? ""
            if context.hasSuffix("quoted scalar") || context.contains("flow"),
                start.line != mark.line || start.column != mark.column
            {
                let begin = location(start)
                message += " (it starts at \(begin.line):\(begin.column))"
            }
        }
        return .error(message, at: location(mark))
    }

    /// The first byte of the character at a 0-based line and column, when it is within the text.
    private func character(atLine line: Int, column: Int) -> UInt8? {
        var currentLine = 0
        var currentColumn = 0
        for byte in text where byte & 0xC0 != 0x80 {
            if currentLine == line && currentColumn == column { return byte }
            if byte == UInt8(ascii: "\n") {
                currentLine += 1
                currentColumn = 0
            } else {
                currentColumn += 1
            }
        }
        return nil
    }
}
