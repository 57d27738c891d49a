import Testing
import YAMLParser

/// Whole-document problems: several documents, nothing at all, and libyaml's syntax errors.
struct DocumentErrorTests {
    @Test func secondDocument() {
        #expect(
            errorText("a: 1\n---\nb: 2\n")
                == "t.yaml:2:1: error: expected a single YAML document, found a second document")
    }

    @Test func explicitSingleDocumentParses() throws {
        let root = try parse("---\na: 1\n...\n")
        #expect(scalar(root, "a")?.value == "1")
    }

    @Test(arguments: ["", "   \n\n  ", "# only a comment\n# another\n", "---\n", "---\n...\n", "\u{FEFF}"])
    func emptyFile(text: String) {
        #expect(errorText(text) == "t.yaml:1:1: error: the file is empty; expected a YAML or JSON document")
    }

    @Test func emptyJSONFile() {
        #expect(
            errorText(" \n", file: "t.json") == "t.json:1:1: error: the file is empty; expected a YAML or JSON document"
        )
    }

    @Test func nullDocumentIsNotEmpty() throws {
        #expect(try parse("null\n").scalar?.kind == .null)
        #expect(try parse("~").scalar?.kind == .null)
    }

    @Test func tabIndentation() {
        #expect(
            errorText("a:\n\tb: 1\n")
                == "t.yaml:2:1: error: while scanning for the next token: found character that cannot start any token"
                + " (a tab; YAML allows only spaces for indentation)")
    }

    @Test func unclosedQuote() {
        #expect(
            errorText("a: \"abc\n")
                == "t.yaml:2:1: error: while scanning a quoted scalar: found unexpected end of stream (it starts at 1:4)"
        )
    }

    @Test func unclosedFlow() {
        #expect(
            errorText("a: [1, 2\nb: 3\n")
                == "t.yaml:2:2: error: while parsing a flow sequence: did not find expected ',' or ']' (it starts at 1:4)"
        )
    }

    @Test func badIndentation() {
        #expect(
            errorText("a:\n    b: 1\n  c: 2\n")
                == "t.yaml:3:3: error: while parsing a block mapping: did not find expected key")
    }

    @Test func invalidUTF8() {
        #expect(
            errorText(bytes: Array("a: b\nc: ".utf8) + [0xFF, 0x0A])
                == "t.yaml:2:4: error: invalid leading UTF-8 octet (0xFF)")
    }

    @Test func controlCharacter() {
        #expect(
            errorText(bytes: Array("a: b\u{7}\n".utf8)) == "t.yaml:1:5: error: control characters are not allowed (0x7)"
        )
    }

    @Test func binaryData() {
        #expect(
            errorText(bytes: Array("a: 1\nbé".utf8) + [0, 1, 2])
                == "t.yaml:2:3: error: expected a text file, found binary data (a NUL byte)")
        #expect(
            errorText(bytes: [0x7B, 0x00], file: "t.json")
                == "t.json:1:2: error: expected a text file, found binary data (a NUL byte)")
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let yaml = try DocumentParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "t.yaml")
        #expect(yaml.mapping?.entries.first?.key.value == "a")
        #expect(yaml.location.column == 1)
        let json = try DocumentParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8), file: "t.txt")
        #expect(json.mapping?.entries.first?.key.location.column == 2)
        #expect(json.mapping?.entries.first?.key.style == .doubleQuoted)
    }

    @Test func yamlFlowStyleInAYAMLFileFallsBackToYAML() throws {
        let root = try parse("{a: 1, b: [x, y]}\n", file: "spec.yaml")
        #expect(scalar(root, "b", 1)?.value == "y")
        #expect(root.mapping?.entries.first?.key.style == .plain)
        #expect(
            errorText("{\"a\": 1 \"b\": 2}", file: "spec.yaml")
                == "spec.yaml:1:12: error: while parsing a flow mapping: did not find expected ',' or '}' (it starts at 1:1)"
        )
    }

    @Test func jsonContentInAYAMLFileIsRecognised() throws {
        let root = try parse("  {\"a\": [1, 2]}\n", file: "spec.yaml")
        #expect(scalar(root, "a", 1)?.value == "2")
        #expect(root.mapping?.entries.first?.key.style == .doubleQuoted)
    }

    @Test func yamlParserRejectsSecondDocumentEvenIfEmpty() {
        #expect(
            errorText("a: 1\n--- \n")
                == "t.yaml:2:1: error: expected a single YAML document, found a second document")
    }
}
