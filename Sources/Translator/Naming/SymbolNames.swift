/// Words for symbols, used to name values that have no letters or digits (`*` → `asterisk`) and for a sign
/// before a leading number (`+1` → `plus1`, `-1` → `minus1`).
enum SymbolNames {
    /// The words spelling out each symbol, by character.
    static let words: [Character: [String]] = [
        "!": ["exclamation"], "\"": ["quote"], "#": ["hash"], "$": ["dollar"], "%": ["percent"], "&": ["ampersand"],
        "'": ["apostrophe"], "(": ["open", "paren"], ")": ["close", "paren"], "*": ["asterisk"], "+": ["plus"],
        ",": ["comma"], "-": ["minus"], ".": ["dot"], "/": ["slash"], ":": ["colon"], ";": ["semicolon"],
        "<": ["less", "than"], "=": ["equals"], ">": ["greater", "than"], "?": ["question"], "@": ["at"],
        "[": ["open", "bracket"], "\\": ["backslash"], "]": ["close", "bracket"], "^": ["caret"],
        "_": ["underscore"], "`": ["backtick"], "{": ["open", "brace"], "|": ["pipe"], "}": ["close", "brace"],
        "~": ["tilde"], " ": ["space"],
    ]

    /// The words spelling out every character of `raw`; characters without a word become `u` and their
    /// Unicode scalars in hex (`😀` → `u1f600`).
    static func spelledOut(_ raw: String) -> [String] {
        raw.flatMap { character in
            words[character]
                ?? character.unicodeScalars.map { "u" + String($0.value, radix: 16) }
        }
    }
}
