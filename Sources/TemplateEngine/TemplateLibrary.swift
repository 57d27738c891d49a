internal import Mustache
public import SpecDiagnostics

/// The templates the generator renders: the built-ins, overlaid by an optional user folder.
///
/// A file `DIR/<name>.mustache` in the user folder replaces the built-in template `<name>`; other files add
/// templates (usually partials). Every built-in also stays reachable as `builtin/<name>`, so an override can include
/// the original.
///
/// swift-mustache cannot close a parent tag whose name has a slash, so every template is also registered with dots
/// for slashes (`models.struct`, `builtin.models.struct`) for use in parent tags: an override can extend a built-in
/// with `{{<builtin.models.struct}}{{$members}}…{{/members}}{{/builtin.models.struct}}`.
///
/// Output is plain text: nothing is HTML-escaped. A template that names a variable, section or partial that the
/// context does not have is an error, located at the tag (see ``TemplateContext``).
public struct TemplateLibrary: Sendable {
    /// Where the template used under a name comes from.
    public enum Origin: String, Sendable, Hashable {
        /// A template compiled into the binary.
        case builtin = "built-in"
        /// A user file replacing a built-in template of the same name.
        case override
        /// A user file with a name no built-in has.
        case added
    }

    /// A template name with its origin and the path diagnostics use for it.
    public struct Entry: Sendable, Hashable {
        /// The template's name.
        public var name: String
        /// Where the template comes from.
        public var origin: Origin
        /// `Templates/<name>.mustache` for a built-in, the user's file otherwise.
        public var path: String
    }

    /// The folder prefix under which built-ins stay reachable when overridden.
    public static let builtinPrefix = "builtin/"

    let templates: [String: CompiledTemplate]
    let builtins: [String: String]
    let origins: [String: Origin]
    let mustache: MustacheLibrary
    let cache = CheckCache()
    /// Values every template may name, whatever context it renders (such as the access level of declarations).
    let globals: (any TemplateContext)?

    /// Creates a library of the built-in templates, overlaid by the `.mustache` files of `overrideDirectory`.
    ///
    /// Templates that do not parse are kept and reported by ``check(_:contextType:)``, ``checkAll(entryPoints:)``
    /// and ``render(_:context:)``.
    /// - Parameters:
    ///   - builtins: The built-in templates by name; the generator's own are the default.
    ///   - overrideDirectory: A folder of user templates, or nil.
    ///   - globals: A context whose fields every template may name, below its root context (a root field of the
    ///     same name wins); checks and renders use it.
    /// - Throws: A diagnostic when the folder cannot be read or a file is not UTF-8 text.
    public init(
        builtins: [String: String] = BuiltinTemplates.sources, overrideDirectory: String? = nil,
        globals: (any TemplateContext)? = nil
    ) throws(Diagnostic) {
        var compiled: [String: CompiledTemplate] = [:]
        var origins: [String: Origin] = [:]
        for (name, text) in builtins {
            let path = "Templates/\(name).mustache"
            compiled[name] = CompiledTemplate(name: name, path: path, text: text)
            let original = CompiledTemplate(name: Self.builtinPrefix + name, path: path, text: text)
            compiled[Self.builtinPrefix + name] = original
            compiled[Self.dotted(Self.builtinPrefix + name)] = original
            origins[name] = .builtin
        }
        if let overrideDirectory {
            for file in try TemplateFolder.read(overrideDirectory) {
                compiled[file.name] = CompiledTemplate(name: file.name, path: file.path, text: file.text)
                origins[file.name] = builtins[file.name] == nil ? .added : .override
            }
        }
        for name in origins.keys where Self.dotted(name) != name {
            compiled[Self.dotted(name)] = compiled[name]
        }
        var library = MustacheLibrary()
        for (name, template) in compiled {
            if let parsed = template.mustache { library.register(parsed, named: name) }
        }
        self.templates = compiled
        self.builtins = builtins
        self.origins = origins
        self.mustache = library
        self.globals = globals
    }

    /// `name` with dots for slashes: the alias parent tags use.
    static func dotted(_ name: String) -> String { String(name.map { $0 == "/" ? "." : $0 }) }

    /// The names of all templates, sorted (the `builtin/` and dotted aliases are not listed).
    public var names: [String] { origins.keys.sorted() }

    /// The text of the template used under `name`, or nil when there is none.
    public func source(of name: String) -> String? { templates[name]?.text }

    /// Whether `name` is a built-in template that no user file overrides.
    public func isBuiltin(_ name: String) -> Bool { origins[name] == .builtin }

    /// Every template with its origin, sorted by name.
    public func list() -> [Entry] {
        names.compactMap { name in
            guard let origin = origins[name], let path = templates[name]?.path else { return nil }
            return Entry(name: name, origin: origin, path: path)
        }
    }

    /// Checks that every name template `name` uses, through its partials, exists in `contextType`.
    ///
    /// Results are cached per template and context type.
    /// - Returns: The problems found, in the order found; empty when the template is sound.
    public func check(_ name: String, contextType: any TemplateContext.Type) -> [Diagnostic] {
        cache.diagnostics(for: name + "|" + String(reflecting: contextType)) {
            var checker = TemplateChecker(templates: templates, globalsType: globals.map { type(of: $0) })
            checker.check(name, contextType: contextType)
            return checker.diagnostics
        }
    }

    /// Renders template `name` with `context`, as plain text.
    /// - Parameters:
    ///   - name: The template's name, such as `models/struct`.
    ///   - context: A ``TemplateContext`` value.
    /// - Throws: The first problem of ``check(_:contextType:)``, or a diagnostic when the template does not exist
    ///   or the context does not match its declared fields.
    public func render(_ name: String, context: Any) throws(Diagnostic) -> String {
        guard templates[name] != nil else {
            throw .error("unknown template '\(name)' (templates: \(names.joined(separator: ", ")))", at: nil)
        }
        guard let context = context as? any TemplateContext else {
            throw .error(
                "cannot render template '\(name)' with \(type(of: context)), which does not conform to TemplateContext",
                at: nil)
        }
        if let problem = check(name, contextType: type(of: context)).first { throw problem }
        try cache.validate(context)
        if let globals { try cache.validate(globals) }
        let root = RenderBox(value: context, fallback: globals.map { RenderBox(value: $0) })
        guard let text = mustache.render(root, withTemplate: name) else {
            throw .error("template '\(name)' is not registered", at: nil)
        }
        return text
    }
}
