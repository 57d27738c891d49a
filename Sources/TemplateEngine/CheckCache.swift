import Foundation
import SpecDiagnostics

/// Remembers check results per template and context type, and which context types were validated.
///
/// A library is immutable after it is built, so every copy of it shares one cache.
final class CheckCache: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [String: [Diagnostic]] = [:]
    private var validated: Set<ObjectIdentifier> = []

    /// The cached diagnostics for `key`, computing and storing them on first use.
    func diagnostics(for key: String, compute: () -> [Diagnostic]) -> [Diagnostic] {
        if let cached = lock.withLock({ results[key] }) { return cached }
        let computed = compute()
        lock.withLock { results[key] = computed }
        return computed
    }

    /// Validates `value` against its declared fields unless its type was already validated.
    func validate(_ value: any TemplateContext) throws(Diagnostic) {
        var known = lock.withLock { validated }
        guard !known.contains(ObjectIdentifier(type(of: value))) else { return }
        try ContextValidator.validate(value, validated: &known)
        lock.withLock { validated.formUnion(known) }
    }
}
