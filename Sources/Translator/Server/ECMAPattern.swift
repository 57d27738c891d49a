/// Rewrites an ECMA-262 regular expression (what JSON Schema's `pattern` means) as the ICU pattern the generated
/// server compiles with `NSRegularExpression`, where the two engines read the same text differently:
///
/// - `\d`, `\w` (and `\D`, `\W`) are ASCII in ECMA-262 but Unicode in ICU: written as explicit ASCII sets;
/// - `$` outside a class is the end of the text in ECMA-262 (without the `m` flag) but also matches before a final
///   line break in ICU: written `\z`;
/// - `[^]` (any character) is an error in ICU: written `[\s\S]`;
/// - `[` inside a class is a literal in ECMA-262 but opens a nested set in ICU: written `\[`;
/// - `{` and `}` that do not make a quantifier are literals in ECMA-262 (Annex B) but errors in ICU: escaped.
///
/// Everything else is copied as is; one pass over the text.
enum ECMAPattern {
    /// The ICU form of `pattern`.
    static func icu(_ pattern: String) -> String {
        var result = ""
        var inClass = false
        var characters = pattern.makeIterator()
        var atClassStart = false
        while let character = characters.next() {
            let classStart = atClassStart
            atClassStart = false
            switch character {
            case "\\":
                guard let escaped = characters.next() else {
                    result.append(character)
                    continue
                }
                result += escape(escaped, inClass: inClass)
            case "[" where !inClass:
                inClass = true
                atClassStart = true
                result.append(character)
            case "[":
                // A literal in an ECMA-262 class; a nested set in ICU.
                result += "\\["
            case "^" where classStart:
                // `[^]`: any character at all.
                var lookahead = characters
                if lookahead.next() == "]" {
                    characters = lookahead
                    result.removeLast()
                    result += "[\\s\\S]"
                    inClass = false
                } else {
                    result.append(character)
                }
            case "]" where inClass:
                inClass = false
                result.append(character)
            case "$" where !inClass:
                result += "\\z"
            case "{" where !inClass:
                // A quantifier `{n}`, `{n,}`, `{n,m}` is copied whole; any other brace is a literal in ECMA-262
                // (Annex B) and an error in ICU.
                var lookahead = characters
                if let quantifier = quantifier(&lookahead) {
                    characters = lookahead
                    result += "{" + quantifier + "}"
                } else {
                    result += "\\{"
                }
            case "}" where !inClass:
                result += "\\}"
            default:
                result.append(character)
            }
        }
        return result
    }

    /// The inside of a quantifier `{n}`, `{n,}` or `{n,m}` whose `{` was just read, consuming it up to its `}`;
    /// nil when the text is not one.
    private static func quantifier(_ characters: inout String.Iterator) -> String? {
        var inside = ""
        while let character = characters.next() {
            if character == "}" {
                let parts = inside.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
                let isNumber = { (part: Substring) in
                    !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                }
                guard let first = parts.first, isNumber(first),
                    parts.count == 1 || parts[1].isEmpty || isNumber(parts[1])
                else { return nil }
                return inside
            }
            guard inside.count < 20 else { return nil }
            inside.append(character)
        }
        return nil
    }

    /// The ICU text of the escape `\` + `character`.
    private static func escape(_ character: Character, inClass: Bool) -> String {
        let digits = "0-9"
        let word = "A-Za-z0-9_"
        switch character {
        case "d": return inClass ? digits : "[" + digits + "]"
        case "D": return "[^" + digits + "]"
        case "w": return inClass ? word : "[" + word + "]"
        case "W": return "[^" + word + "]"
        default: return "\\" + String(character)
        }
    }
}
