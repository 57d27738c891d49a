internal import Mustache

/// Wraps a context for swift-mustache so that lookups follow the declared fields only.
///
/// Mustache climbs to enclosing contexts when a name resolves to nil, so a nil optional in an inner context could
/// silently render an outer context's field of the same name. The box answers every declared field, with
/// ``NullValue`` for a nil optional, which stops the climb; undeclared names answer nil.
///
/// A box reflects its context once, on the first lookup, and keeps every wrapped field: a template looks the same
/// names up many times, and reflection is the slow part of rendering.
final class RenderBox: MustacheParent {
    /// The wrapped context value.
    let value: any TemplateContext
    /// The box that answers names `value` does not declare (the library's globals, under the root context).
    let fallback: RenderBox?
    private var fields: [String: Any]?

    /// Wraps a context; names it does not declare are looked up in `fallback`.
    init(value: any TemplateContext, fallback: RenderBox? = nil) {
        self.value = value
        self.fallback = fallback
    }

    /// The field `name` of the context, wrapped for rendering, or nil when it is not declared (by the context nor
    /// its fallback).
    func child(named name: String) -> Any? {
        if fields == nil { fields = Self.reflectFields(of: value) }
        return fields?[name] ?? fallback?.child(named: name)
    }

    /// Every declared field of `value`, wrapped by its declared kind (`NullValue` for a missing one).
    private static func reflectFields(of value: any TemplateContext) -> [String: Any] {
        let declared = type(of: value).templateFields
        var result = [String: Any](minimumCapacity: declared.count)
        if let fast = value as? any TemplateFieldValues {
            for (name, raw) in fast.templateValues {
                guard let kind = declared[name] else { continue }
                result[name] = wrapHandedOver(raw, as: kind)
            }
            for name in declared.keys where result[name] == nil { result[name] = NullValue() }
            return result
        }
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let kind = declared[label] else { continue }
            result[label] = wrap(child.value, as: kind)
        }
        for name in declared.keys where result[name] == nil { result[name] = NullValue() }
        return result
    }

    /// Wraps a field value by its declared kind: nested contexts in boxes, lists element by element.
    static func wrap(_ raw: Any, as kind: TemplateField) -> Any {
        switch kind {
        case .text, .flag:
            return raw
        case .optional(let wrapped):
            let mirror = Mirror(reflecting: raw)
            guard mirror.displayStyle == .optional else { return wrap(raw, as: wrapped) }
            guard let some = mirror.children.first?.value else { return NullValue() }
            return wrap(some, as: wrapped)
        case .context:
            guard let context = raw as? any TemplateContext else { return NullValue() }
            return RenderBox(value: context)
        case .list(let element):
            return Mirror(reflecting: raw).children.map { wrap($0.value, as: element) }
        }
    }
}

extension RenderBox {
    /// Wraps a value handed over by ``TemplateFieldValues``: optionals come unwrapped, lists as arrays.
    static func wrapHandedOver(_ raw: Any, as kind: TemplateField) -> Any {
        switch kind {
        case .text, .flag:
            return raw
        case .optional(let wrapped):
            // Tolerate an optional handed over as it is.
            if let optional = raw as? any OptionalValue {
                guard let value = optional.wrappedValue else { return NullValue() }
                return wrapHandedOver(value, as: wrapped)
            }
            return wrapHandedOver(raw, as: wrapped)
        case .context:
            guard let context = raw as? any TemplateContext else { return NullValue() }
            return RenderBox(value: context)
        case .list(let element):
            if let texts = raw as? [String] { return texts }
            if let contexts = raw as? [any TemplateContext] {
                return contexts.map { wrapHandedOver($0, as: element) }
            }
            return Mirror(reflecting: raw).children.map { wrapHandedOver($0.value, as: element) }
        }
    }
}

/// An `Optional` of any type, to unwrap one held in an `Any`.
private protocol OptionalValue {
    /// The wrapped value, or nil.
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}

/// A declared field without a value: renders as nothing and counts as false in sections.
struct NullValue: MustacheCustomRenderable {
    /// Renders as nothing.
    var renderText: String { "" }
    /// Always null.
    var isNull: Bool { true }
}
