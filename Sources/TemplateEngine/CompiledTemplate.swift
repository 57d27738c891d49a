internal import Mustache
import SpecDiagnostics

/// One template of a library: its text, where it came from, and its parsed tags.
struct CompiledTemplate: Sendable {
    /// The name partials and `render` use: the path under the templates folder without `.mustache`.
    var name: String
    /// The path shown in diagnostics: `Templates/<name>.mustache` for a built-in, the user's file otherwise.
    var path: String
    /// The template's text as written.
    var text: String
    /// The tags, or nil when the template does not parse.
    var nodes: [TemplateNode]?
    /// Why the template does not parse, located in `path`.
    var problem: Diagnostic?
    /// The template as swift-mustache renders it, or nil when it does not parse.
    var mustache: MustacheTemplate?

    /// The line put before every template so that it renders as plain text, partials included
    /// (swift-mustache escapes HTML by default and resets the content type in each partial).
    /// A standalone tag on its own line produces no output, so only the line numbers shift.
    static let plainTextPrefix = "{{%CONTENT_TYPE:TEXT}}\n"

    /// Parses `text` with both the checker's parser and swift-mustache; either's error becomes `problem`.
    init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
        do {
            nodes = try TemplateParser.parse(text)
        } catch {
            problem = .error(
                "\(error.message) in template '\(name)'",
                at: SourceLocation(file: path, line: error.line, column: error.column))
            return
        }
        do {
            mustache = try MustacheTemplate(string: Self.plainTextPrefix + text)
        } catch {
            nodes = nil
            problem = Self.diagnostic(for: error, name: name, path: path, text: text)
        }
    }

    /// Converts a swift-mustache parse error to a diagnostic located in the original (unprefixed) text.
    static func diagnostic(for error: any Error, name: String, path: String, text: String) -> Diagnostic {
        guard let parserError = error as? MustacheTemplate.ParserError else {
            return .error(
                "cannot parse template '\(name)': \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
        let line = max(1, parserError.context.lineNumber - 1)
        let lineText = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(line - 1).first ?? ""
        let characters = max(0, parserError.context.columnNumber - 1)
        let column = lineText.prefix(characters).unicodeScalars.count + 1
        let reason = reason(for: parserError.error)
        return .error(
            "\(reason) in template '\(name)'", at: SourceLocation(file: path, line: line, column: column))
    }

    /// A sentence for each of swift-mustache's parse errors.
    private static func reason(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "cannot parse template: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "closing tag does not match the open section"
        case .unfinishedName: return "tag is not closed or its name is invalid"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "transforms cannot be applied to a block"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside a parent tag"
        case .textInsideInheritSection: return "text may not appear inside a parent tag"
        case .invalidConfigVariableSyntax: return "invalid pragma syntax"
        case .unrecognisedConfigVariable: return "unknown pragma"
        }
    }
}
