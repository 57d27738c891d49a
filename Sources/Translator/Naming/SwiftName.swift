/// Swift identifiers for names found in OpenAPI documents: schema names, property names, enum values, operation IDs.
///
/// The rules, applied in order:
/// 1. Split the name into words (``NameWords``): non-alphanumerics and case changes separate words.
///    A name with no letters or digits is spelled out (`*` → `asterisk`, `>=` → `greaterThanEquals`), and a sign
///    before a leading number is spelled out (`+1` → `plus1`, `-1` → `minus1`). A name with no characters at all
///    becomes `_empty` (`_Empty` for a type).
/// 2. Join the words in UpperCamelCase (types) or lowerCamelCase (members and enum cases). Acronyms keep their
///    capitals (``Acronyms``: `userID`, `HTTPRequest`), except at the start of a lowerCamelCase name (`urlString`).
///    Two numbers in a row are joined with `_` so that `1.5` and `15` stay distinct (`_1_5`, `_15`).
/// 3. A name that starts with a digit gets a leading `_` (`1st` → `_1st`), the shortest prefix that keeps it
///    readable and marks it as made up.
/// 4. A member or enum case that is a Swift keyword is escaped with backticks (`` `default` ``, `` `self` ``).
///    A type name that cannot be declared or nested (``reservedTypeNames``: `Type`, `Self`, `Protocol`, `Any`, and
///    `CodingKeys` and `JSONValue`, which generated code declares itself) gets a `_` suffix (`Type_`).
///
/// Types that share a name with a standard library or Foundation type (`Error`, `Data`, `String`…) keep their
/// name: generated code refers to those types by qualified names (`Swift.String`, `Foundation.Data`), so a schema
/// called `Data` does not hide them. ``shadowsStandardType(_:)`` lists them for templates that must qualify.
public enum SwiftName {
    /// An UpperCamelCase type name for `raw`: `pet_store` → `PetStore`, `user-id` → `UserID`, `type` → `Type_`.
    public static func typeName(_ raw: String) -> String {
        let words = words(of: raw)
        guard !words.isEmpty else { return "_Empty" }
        let name = prefixedIfNeeded(join(words, lowercaseFirst: false))
        return reservedTypeNames.contains(name) ? name + "_" : name
    }

    /// A lowerCamelCase property, parameter or function name for `raw`: `Round robin` → `roundRobin`,
    /// `URL_string` → `urlString`, `default` → `` `default` ``.
    public static func memberName(_ raw: String) -> String {
        let words = words(of: raw)
        guard !words.isEmpty else { return "_empty" }
        return escapedIfKeyword(prefixedIfNeeded(join(words, lowercaseFirst: true)))
    }

    /// A lowerCamelCase enum case name for `raw`, by the member rules: `available` → `available`, `+1` → `plus1`,
    /// `""` → `_empty`, `*` → `asterisk`, `1.0` → `_1_0`.
    ///
    /// A case called `none` is allowed but makes `value == .none` ambiguous when the enum is optional; Swift warns.
    public static func enumCaseName(_ raw: String) -> String {
        memberName(raw)
    }

    /// `name` in backticks when it is a keyword that needs them (``SwiftKeywords``); `name` otherwise.
    public static func escapedIfKeyword(_ name: String) -> String {
        isKeyword(name) ? "`\(name)`" : name
    }

    /// `name` (perhaps in backticks) as an argument label at a call site: keywords need no backticks there, except
    /// `inout`, `var` and `let`.
    public static func argumentLabel(_ name: String) -> String {
        let bare = unescaped(name)
        return ["inout", "var", "let"].contains(bare) ? "`\(bare)`" : bare
    }

    /// `name` without the backticks that escape it (`` `default` `` → `default`); `name` otherwise.
    public static func unescaped(_ name: String) -> String {
        name.count >= 2 && name.hasPrefix("`") && name.hasSuffix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// Whether `name` is a Swift keyword that needs backticks to be used as an identifier.
    public static func isKeyword(_ name: String) -> Bool {
        SwiftKeywords.reserved.contains(name)
    }

    /// Type names that generated code cannot declare as they are: `Type`, `Self`, `Protocol` and `Any` are
    /// keywords or clash with `.Type`/`.Protocol`, and `CodingKeys` and `JSONValue` are declared by generated code.
    public static let reservedTypeNames: Set<String> = ["Any", "CodingKeys", "JSONValue", "Protocol", "Self", "Type"]

    /// Whether ``typeName(_:)`` adds a suffix to `name` because it is in ``reservedTypeNames``.
    public static func isReservedTypeName(_ name: String) -> Bool {
        reservedTypeNames.contains(name)
    }

    /// Standard library and Foundation types that generated code uses; a generated type may have one of these
    /// names, so generated code always refers to them qualified (`Swift.String`, `Foundation.Date`).
    public static let standardTypeNames: Set<String> = [
        "Array", "Bool", "Codable", "Data", "Date", "Decimal", "Decodable", "Decoder", "Dictionary", "Double",
        "Encodable", "Encoder", "Equatable", "Error", "Float", "Hashable", "Int", "Int32", "Int64", "Never",
        "Optional", "Result", "Sendable", "Set", "String", "URL", "UUID", "Void",
    ]

    /// Whether a generated type called `name` hides a type that generated code uses (see ``standardTypeNames``).
    public static func shadowsStandardType(_ name: String) -> Bool {
        standardTypeNames.contains(name)
    }

    /// The lowercase words of `raw` after spelling out symbol-only names and leading signs.
    static func words(of raw: String) -> [String] {
        var words = NameWords.split(raw)
        if words.isEmpty {
            return raw.isEmpty ? [] : SymbolNames.spelledOut(raw)
        }
        let trimmed = raw.drop(while: { $0 == " " })
        if let sign = trimmed.first, sign == "+" || sign == "-",
            let next = trimmed.dropFirst().first, next.isASCII, next.isNumber
        {
            words.insert(sign == "+" ? "plus" : "minus", at: 0)
        }
        return words
    }

    /// Joins lowercase words in camel case, capitalizing acronyms (``Acronyms``).
    static func join(_ words: [String], lowercaseFirst: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            if let last = result.last, last.isASCII, last.isNumber, let first = word.first, first.isASCII,
                first.isNumber
            {
                result += "_"
            }
            if index == 0, lowercaseFirst {
                result += word
            } else if let acronym = Acronyms.capitalized(word) {
                result += acronym
            } else {
                result += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        return result
    }

    /// `name` with a leading `_` when it starts with a digit.
    static func prefixedIfNeeded(_ name: String) -> String {
        guard let first = name.first, first.isNumber else { return name }
        return "_" + name
    }
}
