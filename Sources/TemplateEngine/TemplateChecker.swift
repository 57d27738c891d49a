import SpecDiagnostics

/// Checks that every name a template uses exists in the context it is rendered with.
///
/// The checker walks the parsed tags with a stack of the kinds in scope, as Mustache does at render time:
/// a section on a context or list pushes the element kind, a flag or inverted section pushes nothing, and a name
/// resolves when any enclosing kind declares its first segment (the innermost wins; the rest of a dotted name
/// must then be fields of that value). Partials are checked with the stack at the include site, once per distinct
/// stack, so recursive partials terminate.
struct TemplateChecker {
    /// The templates partials are looked up in, by name.
    let templates: [String: CompiledTemplate]
    /// The context type of the library's globals, at the bottom of every stack.
    let globalsType: (any TemplateContext.Type)?
    /// Problems found so far, in the order found, without duplicates.
    private(set) var diagnostics: [Diagnostic] = []
    /// The names of every template reached from the checked entry points.
    private(set) var reached: Set<String> = []
    private var visited: Set<String> = []

    /// Creates a checker over a set of templates.
    init(templates: [String: CompiledTemplate], globalsType: (any TemplateContext.Type)? = nil) {
        self.templates = templates
        self.globalsType = globalsType
    }

    /// Checks template `name` rendered with a root context of `contextType`.
    mutating func check(_ name: String, contextType: any TemplateContext.Type) {
        guard let template = templates[name] else {
            report(.error("unknown template '\(name)'", at: nil))
            return
        }
        let globals = globalsType.map { [TemplateField.context($0)] } ?? []
        check(template, stack: globals + [.context(contextType)], includedFrom: [])
    }

    private mutating func check(_ template: CompiledTemplate, stack: [TemplateField], includedFrom: [String]) {
        reached.insert(template.name)
        let key = template.name + "|" + Self.resolutionIdentity(of: stack)
        guard visited.insert(key).inserted else { return }
        if let problem = template.problem {
            report(problem, includedFrom: includedFrom)
            return
        }
        walk(template.nodes ?? [], in: template, stack: stack, includedFrom: includedFrom)
    }

    private mutating func walk(
        _ nodes: [TemplateNode], in template: CompiledTemplate, stack: [TemplateField], includedFrom: [String]
    ) {
        for node in nodes {
            let location = SourceLocation(file: template.path, line: node.line, column: node.column)
            func fail(_ message: String, _ detail: String = "") {
                report(
                    .error("\(message) in template '\(template.name)'\(detail)", at: location),
                    includedFrom: includedFrom)
            }
            switch node.kind {
            case .variable(let name):
                switch resolve(name, in: stack) {
                case .failure(let missing): fail("unknown variable '\(name)'", missing.text)
                case .success(.text), .success(.optional(.text)): break
                case .success(.flag):
                    fail("variable '\(name)' is a flag; use it as a section ('{{#\(name)}}' or '{{^\(name)}}')")
                case .success(let kind): fail("variable '\(name)' is \(kind.summary), which cannot be rendered as text")
                }
            case .section(let name, let inverted, let children):
                switch resolve(name, in: stack) {
                case .failure(let missing): fail("unknown section '\(name)'", missing.text)
                case .success(let kind):
                    guard let pushed = Self.pushedKind(for: kind, inverted: inverted) else {
                        let use = inverted ? "inverted section" : "section"
                        fail("\(use) '\(name)' is \(kind.summary), which is always present; use a flag or an optional")
                        continue
                    }
                    let inner = pushed.map { stack + [$0] } ?? stack
                    walk(children, in: template, stack: inner, includedFrom: includedFrom)
                }
            case .block(_, let children):
                walk(children, in: template, stack: stack, includedFrom: includedFrom)
            case .partial(let name), .parent(let name, _):
                guard let partial = templates[name] else {
                    fail("unknown partial '\(name)'")
                    continue
                }
                if case .parent(_, let children) = node.kind {
                    walk(children, in: template, stack: stack, includedFrom: includedFrom)
                }
                check(partial, stack: stack, includedFrom: includedFrom + ["\(location)"])
            }
        }
    }

    /// What a section pushes: `.some(nil)` for nothing, nil when the section makes no sense for the kind.
    private static func pushedKind(for kind: TemplateField, inverted: Bool) -> TemplateField?? {
        switch kind {
        case .flag: .some(nil)
        case .optional(let wrapped): inverted ? .some(nil) : .some(wrapped)
        case .list(let element): inverted ? .some(nil) : .some(element)
        case .context: inverted ? nil : .some(kind)
        case .text: nil
        }
    }

    /// Finds the kind a (possibly dotted) name refers to, or explains why it does not exist.
    private func resolve(_ name: String, in stack: [TemplateField]) -> Result<TemplateField, Missing> {
        guard let top = stack.last else { return .failure(Missing(text: "")) }
        if name == "." { return .success(top) }
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var current: TemplateField
        var rest = segments.dropFirst()
        if segments[0].isEmpty {
            // A leading dot reads from the innermost value only.
            current = top
        } else if let found = stack.reversed().lazy.compactMap({ $0.fields[segments[0]] }).first {
            current = found
        } else {
            return .failure(Missing(text: " (\(Self.describe(stack)))"))
        }
        while let segment = rest.first {
            rest = rest.dropFirst()
            guard let next = current.fields[segment] else {
                return .failure(
                    Missing(text: ": \(current.summary) has no field '\(segment)' (\(Self.describe([current])))"))
            }
            current = next
        }
        return .success(current)
    }

    /// The explanation appended to an unknown-name message.
    private struct Missing: Error {
        var text: String
    }

    /// Lists what is in scope: `context StructContext has: name, properties; enclosing FileContext has: …`.
    static func describe(_ stack: [TemplateField]) -> String {
        var parts: [String] = []
        for (depth, kind) in stack.reversed().enumerated() {
            let fields = kind.fields.keys.sorted()
            let label = depth == 0 ? "context" : "enclosing"
            if case .context = kind {
                parts.append(
                    "\(label) \(kind.summary) has: \(fields.isEmpty ? "no fields" : fields.joined(separator: ", "))")
            } else if case .optional(.context) = kind {
                parts.append("\(label) \(kind.summary) has: \(fields.joined(separator: ", "))")
            } else if depth == 0 {
                parts.append("context is \(kind.summary), read it with '{{.}}'")
            }
        }
        return parts.joined(separator: "; ")
    }

    /// The stack with shadowed duplicates removed (innermost occurrence kept), which resolves every name the
    /// same way as the full stack and keeps the number of distinct stacks finite under recursion.
    private static func resolutionIdentity(of stack: [TemplateField]) -> String {
        var seen: Set<String> = []
        var kept: [String] = []
        for kind in stack.reversed() where seen.insert(kind.identity).inserted {
            kept.append(kind.identity)
        }
        // `{{.}}` reads the innermost value, so it is part of the identity even when shadowed elsewhere.
        return (stack.last?.identity ?? "") + "/" + kept.joined(separator: ",")
    }

    private mutating func report(_ diagnostic: Diagnostic, includedFrom: [String] = []) {
        var diagnostic = diagnostic
        for site in includedFrom.reversed() {
            diagnostic.message += ", included from \(site)"
        }
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }
}
