/// Splits names found in OpenAPI documents into lowercase words.
///
/// Words are separated by any character that is not a letter or an ASCII digit (spaces, `-`, `_`, `.`, `$`, `@`,
/// emoji…) and by case changes: `userId` → `user id`, `HTTPRequest` → `http request`, `ISO8601Date` → `iso8601 date`.
/// Digits stay in the word they follow or start (`base64`, `v2`, `1st`). An uppercase run followed by a lone `s`
/// is a plural acronym and stays whole: `URLs` → `urls`, `IDsAndNames` → `ids and names`.
enum NameWords {
    /// The lowercase words of `raw`, in order; empty when `raw` has no letters or digits.
    static func split(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(raw)
        func flush() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = []
        }
        for (index, character) in characters.enumerated() {
            guard isWordCharacter(character) else {
                flush()
                continue
            }
            if let previous = current.last, character.isUppercase {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let afterNext = index + 2 < characters.count ? characters[index + 2] : nil
                let startsLowercaseWord = next.map { $0.isLowercase } ?? false
                let isPluralEnding = next == "s" && !(afterNext.map { $0.isLowercase } ?? false)
                if !previous.isUppercase || (startsLowercaseWord && !isPluralEnding) {
                    flush()
                }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// Letters of any script and ASCII digits; everything else separates words.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || (character.isASCII && character.isNumber)
    }
}
