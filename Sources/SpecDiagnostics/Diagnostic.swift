/// A problem found in user input, located in its source file.
///
/// Recoverable problems are collected as diagnostics; unrecoverable ones are thrown as one, since
/// `Diagnostic` conforms to `Error`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Extra information attached to another diagnostic.
        case note
        /// Something questionable or unsupported that does not stop the tool.
        case warning
        /// Something that makes the input unusable; the tool exits with status 1.
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Orders severities from note to error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What was expected and what was found, in one sentence without a final period.
    public var message: String
    /// Where the problem is, when it is known.
    public var location: SourceLocation?
    /// The JSON pointer of the offending node within its document (`#/paths/~1pets/get`), when known.
    public var pointer: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, pointer: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    /// Creates an error diagnostic.
    public static func error(_ message: String, at location: SourceLocation?, pointer: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, pointer: pointer)
    }

    /// Creates a warning diagnostic.
    public static func warning(_ message: String, at location: SourceLocation?, pointer: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, pointer: pointer)
    }

    /// Creates a note diagnostic.
    public static func note(_ message: String, at location: SourceLocation?, pointer: String? = nil) -> Diagnostic {
        Diagnostic(.note, message, at: location, pointer: pointer)
    }

    /// The one-line form: `file:line:column: error: message [#/pointer]`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let pointer { text += " [\(pointer)]" }
        return text
    }
}
