/// Collects diagnostics in the order they are emitted.
///
/// The loader and translator take one collector per run; it is not shared between threads.
public final class DiagnosticCollector {
    /// Everything emitted so far, in order.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector.
    public init() {}

    /// Records a diagnostic.
    public func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records an error.
    public func error(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        emit(.error(message, at: location, pointer: pointer))
    }

    /// Records a warning.
    public func warning(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        emit(.warning(message, at: location, pointer: pointer))
    }

    /// Whether any error was recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The number of diagnostics of a severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
