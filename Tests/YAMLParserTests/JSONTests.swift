import Testing
import YAMLParser

/// The hand-written JSON parser: escapes, surrogates and located syntax errors.
struct JSONTests {
    private func json(_ text: String) -> String? { errorText(text, file: "t.json") }

    @Test func escapes() throws {
        let root = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4E2D", "\ud83d\udee0", "é🛠"]"#, file: "t.json")
        #expect(scalar(root, 0)?.value == "a\"b\\c/d\u{8}\u{C}\n\r\t")
        #expect(scalar(root, 1)?.value == "é中")
        #expect(scalar(root, 2)?.value == "🛠")
        #expect(scalar(root, 2)?.value.unicodeScalars.count == 1)
        #expect(scalar(root, 3)?.value == "é🛠")
    }

    @Test func loneSurrogates() {
        #expect(json(#"{"a": "x\ud83d"}"#) == "t.json:1:9: error: invalid \\u escape: unpaired surrogate")
        #expect(json(#"{"a": "\udee0"}"#) == "t.json:1:8: error: invalid \\u escape: unpaired surrogate")
        #expect(json(#"{"a": "\ud83d\u0041"}"#) == "t.json:1:8: error: invalid \\u escape: unpaired surrogate")
    }

    @Test func badEscapes() {
        #expect(json(#"["\x"]"#) == "t.json:1:3: error: invalid escape '\\x' in a string")
        #expect(json("[\"\\\u{1}\"]") == "t.json:1:3: error: invalid escape: a backslash followed by U+0001")
        #expect(json(#"["\u12"]"#) == "t.json:1:3: error: invalid \\u escape: expected 4 hexadecimal digits")
    }

    @Test func structuralErrors() {
        #expect(json("{\"a\": 1 x}") == "t.json:1:9: error: expected ',' or '}' after an object member, found 'x'")
        #expect(json("[1 2]") == "t.json:1:4: error: expected ',' or ']' after an array element, found '2'")
        #expect(json("{\"a\" 1}") == "t.json:1:6: error: expected ':' after an object key, found '1'")
        #expect(json("{a: 1}") == "t.json:1:2: error: expected a string key or '}', found 'a'")
        #expect(json("{\"a\": 1,}") == "t.json:1:9: error: expected a string key, found '}'")
        #expect(json("[1,]") == "t.json:1:4: error: expected a value, found ']'")
        #expect(json("[True]") == "t.json:1:2: error: expected a value, found 'True'")
        #expect(json("[NaN]") == "t.json:1:2: error: expected a value, found 'NaN'")
        #expect(json("{\"a\":") == "t.json:1:6: error: unexpected end of file; expected a value")
        #expect(json("[1") == "t.json:1:3: error: expected ',' or ']' after an array element, found end of file")
        #expect(json("{} {}") == "t.json:1:4: error: trailing content after the JSON document")
    }

    @Test func strings() {
        #expect(json("{\"a\": \"abc") == "t.json:1:7: error: unterminated string")
        #expect(json("{\"a\": \"abc\n\"}") == "t.json:1:7: error: unterminated string")
        #expect(json("[\"a\u{1}\"]") == "t.json:1:4: error: invalid control character U+0001 in a string")
    }

    @Test func numbers() {
        #expect(json("[01]") == "t.json:1:2: error: invalid number: leading zeros are not allowed")
        #expect(json("[-]") == "t.json:1:3: error: invalid number: expected a digit after '-'")
        #expect(json("[1.]") == "t.json:1:4: error: invalid number: expected a digit after the decimal point")
        #expect(json("[1e+]") == "t.json:1:5: error: invalid number: expected a digit in the exponent")
    }

    @Test func invalidUTF8() {
        #expect(
            errorText(bytes: Array("[\"a".utf8) + [0xFF, 0x22, 0x5D], file: "t.json")
                == "t.json:1:4: error: invalid UTF-8 byte 0xFF")
        #expect(
            errorText(bytes: Array("[\"".utf8) + [0xC3, 0x28, 0x22, 0x5D], file: "t.json")
                == "t.json:1:3: error: invalid UTF-8 byte 0xC3")
        #expect(
            errorText(bytes: Array("[\"".utf8) + [0xED, 0xA0, 0x80, 0x22, 0x5D], file: "t.json")
                == "t.json:1:3: error: invalid UTF-8 byte 0xED")
        #expect(errorText(bytes: [0x5B, 0xFF, 0x5D], file: "t.json") == "t.json:1:2: error: invalid UTF-8 byte 0xFF")
    }

    @Test func scalarRoot() throws {
        #expect(try parse("  42 ", file: "t.json").scalar?.intValue == 42)
        #expect(try parse("\"x\"", file: "t.json").scalar?.value == "x")
    }
}
