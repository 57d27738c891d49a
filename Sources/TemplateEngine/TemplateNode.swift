/// A tag of a parsed template, with the position of its opening delimiter.
///
/// Text and comments are dropped: the checker only needs the names a template uses.
struct TemplateNode: Sendable {
    /// What the tag does.
    enum Kind: Sendable {
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
        case variable(String)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
        case section(String, inverted: Bool, children: [TemplateNode])
        /// `{{>name}}`.
        case partial(String)
        /// `{{$name}}…{{/name}}`: an overridable block and its default content.
        case block(String, children: [TemplateNode])
        /// `{{<name}}…{{/name}}`: includes `name`, overriding the blocks defined inside.
        case parent(String, children: [TemplateNode])
    }

    /// What the tag does.
    var kind: Kind
    /// The 1-based line of the opening delimiter.
    var line: Int
    /// The 1-based column of the opening delimiter, in Unicode scalars.
    var column: Int
}
