/// A value that templates can be rendered with.
///
/// Every context type declares the names a template may use, so that a template naming a field that does not
/// exist is reported as an error instead of rendering as an empty string (which is what Mustache does).
/// The declaration must list exactly the type's stored properties; ``TemplateLibrary/render(_:context:)`` verifies
/// this the first time it meets a type.
///
/// ```swift
/// struct PropertyContext: TemplateContext {
///     var name: String
///     var isOptional: Bool
///     var documentation: [String]
///     static let templateFields: [String: TemplateField] = [
///         "name": .text, "isOptional": .flag, "documentation": .list(.text),
///     ]
/// }
/// ```
public protocol TemplateContext: Sendable {
    /// The fields templates may name, by stored property name, with the kind of value each holds.
    static var templateFields: [String: TemplateField] { get }
}

extension TemplateContext {
    /// The name used for this context type in diagnostics.
    static var contextName: String { String(describing: Self.self) }
}

/// The kind of value a context field holds, which decides how a template may use it.
public indirect enum TemplateField: Sendable {
    /// A value rendered as text with `{{name}}`: a `String`, `Substring` or number.
    case text
    /// A `Bool`, used only as a section: `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    case flag
    /// An `Optional` of the wrapped kind: a section renders when the value is present, with the value in scope;
    /// an inverted section renders when it is absent. An optional text may also be rendered as `{{name}}`.
    case optional(TemplateField)
    /// A nested context: `{{#name}}…{{/name}}` brings its fields into scope, and `{{name.field}}` reads one.
    case context(any TemplateContext.Type)
    /// An array: a section renders once per element with the element in scope (`{{.}}` for text elements);
    /// an inverted section renders when the array is empty.
    case list(TemplateField)
}

extension TemplateField {
    /// The fields a value of this kind brings into scope when a section pushes it.
    var fields: [String: TemplateField] {
        switch self {
        case .context(let type): type.templateFields
        case .optional(let wrapped): wrapped.fields
        default: [:]
        }
    }

    /// A short description of the kind for messages: `text`, `flag`, `StructContext`, `list of text`.
    var summary: String {
        switch self {
        case .text: "text"
        case .flag: "flag"
        case .optional(let wrapped): "optional \(wrapped.summary)"
        case .context(let type): type.contextName
        case .list(let element): "list of \(element.summary)"
        }
    }

    /// A stable identity used to key caches: context types are named by their fully qualified name.
    var identity: String {
        switch self {
        case .text: "text"
        case .flag: "flag"
        case .optional(let wrapped): "optional(\(wrapped.identity))"
        case .context(let type): String(reflecting: type)
        case .list(let element): "list(\(element.identity))"
        }
    }
}

/// A context that hands its field values over itself, which renders several times faster than reading them by
/// reflection (the default for any other ``TemplateContext``).
///
/// `templateValues` must hold every declared field under its name: text and flags as they are, lists as arrays,
/// nested contexts as they are, and an optional only when it has a value (leave a nil one out). The first render
/// of a type checks that its names match ``TemplateContext/templateFields``.
public protocol TemplateFieldValues: TemplateContext {
    /// The value of every declared field, by name.
    var templateValues: [String: Any] { get }
}
