/// The words Swift does not accept as plain identifiers in the places generated code uses names
/// (declarations, `Type.member`, `value.member` and plain references), checked with the Swift 6.3 compiler.
///
/// All of them work when escaped with backticks, except `_`, which the naming functions never produce.
/// Contextual keywords such as `get`, `set`, `some`, `open` or `async` are accepted as they are.
enum SwiftKeywords {
    /// The keywords that need backticks.
    static let reserved: Set<String> = [
        "Any", "Protocol", "Self", "Type", "as", "associatedtype", "await", "break", "case", "catch", "class",
        "continue", "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "false",
        "fileprivate", "for", "func", "guard", "if", "import", "in", "init", "inout", "internal", "is", "let", "nil",
        "operator", "precedencegroup", "private", "protocol", "public", "repeat", "rethrows", "return", "self",
        "static", "struct", "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias", "var",
        "where", "while",
    ]
}
