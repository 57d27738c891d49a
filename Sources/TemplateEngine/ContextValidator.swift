import SpecDiagnostics

/// Verifies that a context value matches its type's declared ``TemplateContext/templateFields``: every declared
/// field is a stored property holding the declared kind, and every stored property is declared.
///
/// A mismatch is a bug in the generator, not in a template; it is reported once per type.
enum ContextValidator {
    /// Validates `value` and the nested contexts it holds, skipping types in `validated` and adding the ones it
    /// checks.
    static func validate(_ value: any TemplateContext, validated: inout Set<ObjectIdentifier>) throws(Diagnostic) {
        let type = type(of: value)
        guard validated.insert(ObjectIdentifier(type)).inserted else { return }
        let fields = type.templateFields
        let mirror = Mirror(reflecting: value)
        var stored: [String: Any] = [:]
        for child in mirror.children {
            guard let label = child.label else { continue }
            stored[label] = child.value
        }
        for name in stored.keys.sorted() where fields[name] == nil {
            throw .error(
                "context type \(type.contextName) has stored property '\(name)' that its templateFields do not declare",
                at: nil)
        }
        for name in fields.keys.sorted() {
            guard let kind = fields[name], let raw = stored[name] else {
                throw .error(
                    "context type \(type.contextName) declares field '\(name)' but has no stored property of that name",
                    at: nil)
            }
            try check(raw, as: kind, field: name, of: type.contextName, validated: &validated)
        }
        if let fast = value as? any TemplateFieldValues {
            let handed = fast.templateValues
            for name in handed.keys.sorted() where fields[name] == nil {
                throw .error(
                    "context type \(type.contextName) hands over a value for '\(name)', which its templateFields do not declare",
                    at: nil)
            }
            for name in fields.keys.sorted() where handed[name] == nil {
                guard case .optional = fields[name] else {
                    throw .error(
                        "context type \(type.contextName) declares field '\(name)' but hands over no value for it",
                        at: nil)
                }
            }
        }
    }

    private static func check(
        _ raw: Any, as kind: TemplateField, field: String, of owner: String, validated: inout Set<ObjectIdentifier>
    ) throws(Diagnostic) {
        let mirror = Mirror(reflecting: raw)
        let matches: Bool
        switch kind {
        case .text:
            matches =
                !(raw is Bool) && !(raw is any TemplateContext)
                && ![.optional, .collection, .dictionary, .set].contains(mirror.displayStyle)
        case .flag:
            matches = raw is Bool
        case .optional(let wrapped):
            matches = mirror.displayStyle == .optional
            if matches, let some = mirror.children.first?.value {
                try check(some, as: wrapped, field: field, of: owner, validated: &validated)
            }
        case .context(let type):
            matches = Swift.type(of: raw) == type
            if matches, let context = raw as? any TemplateContext { try validate(context, validated: &validated) }
        case .list(let element):
            matches = mirror.displayStyle == .collection
            if matches, let first = mirror.children.first?.value {
                try check(first, as: element, field: field, of: owner, validated: &validated)
            }
        }
        guard matches else {
            throw .error(
                "context type \(owner) declares field '\(field)' as \(kind.summary) but it holds \(Swift.type(of: raw))",
                at: nil)
        }
    }
}
