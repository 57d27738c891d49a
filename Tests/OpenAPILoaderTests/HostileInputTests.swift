import Foundation
import OpenAPILoader
import OpenAPIModel
import SpecDiagnostics
import Testing

/// One malformed or hostile input: the files to write (byte-exact), the file to load, and the first error's full
/// one-line text with the temporary folder's prefix removed.
struct HostileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var main: String
    var files: [(path: String, bytes: [UInt8])]
    var firstError: String

    init(_ name: String, main: String = "api.yaml", _ text: String, _ firstError: String) {
        self.init(name, main: main, files: [(main, Array(text.utf8))], firstError)
    }

    init(_ name: String, main: String = "api.yaml", bytes: [UInt8], _ firstError: String) {
        self.init(name, main: main, files: [(main, bytes)], firstError)
    }

    init(_ name: String, main: String = "api.yaml", files: [(path: String, bytes: [UInt8])], _ firstError: String) {
        self.name = name
        self.main = main
        self.files = files
        self.firstError = firstError
    }

    init(_ name: String, main: String = "api.yaml", texts: [(path: String, text: String)], _ firstError: String) {
        self.init(name, main: main, files: texts.map { ($0.path, Array($0.text.utf8)) }, firstError)
    }

    var testDescription: String { name }
}

/// Malformed and hostile specs: every one must be rejected with a precise, located first error, quickly, and
/// without crashing.
struct HostileInputTests {
    static let depth = 100_000

    /// A schema component `A` whose only key is `$ref: '<ref>'`, after a valid header; the `$ref` value is at 9:13.
    static func schemaRef(_ ref: String) -> String {
        header30 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '\(ref)'\n"
    }

    /// An operation `GET /a` whose body is `operation` (indented by 6 spaces).
    static func operation(_ operation: String) -> String {
        header30 + "paths:\n  /a:\n    get:\n" + operation
    }

    /// A "billion laughs" document: ten levels of ten aliases each.
    static var billionLaughs: String {
        var text = "openapi: 3.0.3\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<10 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(aliases)]\n"
        }
        return text
    }

    static let cases: [HostileCase] = [
        // MARK: YAML syntax
        HostileCase(
            "YAML syntax error", header30 + "paths: {}\nx-a: b: c\n",
            "api.yaml:6:7: error: mapping values are not allowed in this context"),
        HostileCase(
            "tabs used for indentation", "openapi: 3.0.3\ninfo:\n\ttitle: T\n\tversion: '1'\npaths: {}\n",
            "api.yaml:3:1: error: while scanning for the next token: found character that cannot start any token "
                + "(a tab; YAML allows only spaces for indentation)"),
        HostileCase(
            "unclosed single quote", header30 + "paths: {}\nx-a: 'never closed\n",
            "api.yaml:7:1: error: while scanning a quoted scalar: found unexpected end of stream (it starts at 6:6)"),
        HostileCase(
            "unclosed double quote", header30 + "paths: {}\nx-a: \"never closed\n",
            "api.yaml:7:1: error: while scanning a quoted scalar: found unexpected end of stream (it starts at 6:6)"),
        HostileCase(
            "unclosed flow mapping", "openapi: 3.0.3\ninfo: {title: T, version: '1'\npaths: {}\n",
            "api.yaml:3:1: error: while parsing a flow mapping: did not find expected ',' or '}' (it starts at 2:7)"),
        HostileCase(
            "unclosed flow sequence", header30 + "paths: {}\ntags: [a, b\n",
            "api.yaml:7:1: error: while parsing a flow sequence: did not find expected ',' or ']' (it starts at 6:7)"),
        HostileCase(
            "bad indentation", "openapi: 3.0.3\ninfo:\n    title: T\n  version: '1'\npaths: {}\n",
            "api.yaml:4:3: error: while parsing a block mapping: did not find expected key"),
        HostileCase(
            "duplicate key (YAML)", header30 + "paths: {}\ninfo: {}\n",
            "api.yaml:6:1: error: duplicate key 'info' in mapping (first at 2:1)"),
        HostileCase(
            "duplicate key (JSON)", main: "api.json",
            #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1", "title": "U"}, "paths": {}}"# + "\n",
            "api.json:1:61: error: duplicate key 'title' in mapping (first at 1:31)"),
        HostileCase(
            "unknown alias", header30 + "paths: {}\nx-a: *nope\n", "api.yaml:6:6: error: unknown alias '*nope'"),
        HostileCase(
            "multi-document YAML", header30 + "paths: {}\n---\nopenapi: 3.0.3\n",
            "api.yaml:6:1: error: expected a single YAML document, found a second document"),

        // MARK: References
        HostileCase(
            "dangling internal ref", schemaRef("#/components/schemas/Missing"),
            "api.yaml:9:13: error: '$ref' target 'api.yaml#/components/schemas/Missing' does not exist: "
                + "no key 'Missing' in '/components/schemas'"),
        HostileCase(
            "dangling external file ref", schemaRef("missing.yaml#/A"),
            "api.yaml:9:13: error: no such file 'missing.yaml'"),
        HostileCase(
            "ref to a missing key in an existing external file",
            texts: [("api.yaml", schemaRef("models.yaml#/B")), ("models.yaml", "A:\n  type: string\n")],
            "api.yaml:9:13: error: '$ref' target 'models.yaml#/B' does not exist: no key 'B' in '/'"),
        HostileCase(
            "ref to a folder", files: [("api.yaml", Array(schemaRef("models").utf8)), ("models/.keep", [])],
            "api.yaml:9:13: error: expected a file, found the folder 'models'"),
        HostileCase(
            "cyclic refs A → B → A",
            header30 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n"
                + "    B:\n      $ref: '#/components/schemas/A'\n",
            "api.yaml:9:13: error: expected a reference that leads to a definition, found a reference cycle: "
                + "#/components/schemas/B → #/components/schemas/A → #/components/schemas/B"),
        HostileCase(
            "self ref A → A", schemaRef("#/components/schemas/A"),
            "api.yaml:9:13: error: expected a reference that leads to a definition, found a reference cycle: "
                + "#/components/schemas/A → #/components/schemas/A"),
        HostileCase(
            "ref outside the spec folder",
            main: "spec/api.yaml",
            texts: [("spec/api.yaml", schemaRef("../outside.yaml")), ("outside.yaml", "type: string\n")],
            "spec/api.yaml:9:13: error: reference to 'outside.yaml' leaves the spec's folder 'spec'; "
                + "pass --allow-outside-root or --root to allow it"),
        HostileCase(
            "remote ref (https)", schemaRef("https://example.com/schemas.yaml#/A"),
            "api.yaml:9:13: error: expected a local reference, found the remote reference "
                + "'https://example.com/schemas.yaml#/A' (nothing is fetched over the network)"),
        HostileCase(
            "remote ref (scheme-relative)", schemaRef("//example.com/schemas.yaml"),
            "api.yaml:9:13: error: expected a local reference, found the remote reference "
                + "'//example.com/schemas.yaml' (nothing is fetched over the network)"),
        HostileCase(
            "bad JSON pointer escape", schemaRef("#/a~2b"),
            "api.yaml:9:13: error: expected '~0' or '~1' in the JSON pointer of '$ref', found '~2' in '#/a~2b'"),
        HostileCase(
            "JSON pointer without a leading slash", schemaRef("#components"),
            "api.yaml:9:13: error: expected a JSON pointer starting with '/' after '#' in '$ref', found '#components'"),
        HostileCase(
            "bad percent escape in a ref", schemaRef("a%zz.yaml"),
            "api.yaml:9:13: error: expected a valid percent-encoded path in '$ref', found 'a%zz.yaml'"),
        HostileCase(
            "$ref that is not a string",
            header30 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 3\n",
            "api.yaml:9:13: error: expected a string for '$ref', found an integer '3' [#/components/schemas/A/$ref]"),

        // MARK: Wrong types and values
        HostileCase(
            "paths: 3", header30 + "paths: 3\n",
            "api.yaml:5:8: error: expected a mapping for 'paths', found an integer '3' [#/paths]"),
        HostileCase(
            "info: []", "openapi: 3.0.3\ninfo: []\npaths: {}\n",
            "api.yaml:2:7: error: expected a mapping for 'info', found a sequence [#/info]"),
        HostileCase(
            "responses: \"x\"", operation("      responses: \"x\"\n"),
            "api.yaml:8:18: error: expected a mapping for 'responses', found a string 'x' [#/paths/~1a/get/responses]"),
        HostileCase(
            "required: yes on a parameter",
            operation(
                "      parameters:\n        - name: q\n          in: query\n          required: yes\n"
                    + "          schema: {type: string}\n      responses:\n        '200': {description: ok}\n"),
            "api.yaml:11:21: error: expected a boolean for 'required', found a string 'yes' "
                + "[#/paths/~1a/get/parameters/0/required]"),
        HostileCase(
            "invalid parameter in",
            operation(
                "      parameters:\n        - name: q\n          in: body\n          schema: {type: string}\n"
                    + "      responses:\n        '200': {description: ok}\n"),
            "api.yaml:10:15: error: expected one of 'query', 'header', 'path', 'cookie' for 'in', found 'body' "
                + "[#/paths/~1a/get/parameters/0/in]"),
        HostileCase(
            "invalid response key abc", operation("      responses:\n        abc: {description: ok}\n"),
            "api.yaml:9:9: error: expected a status code (100–599), a range such as '2XX' or 'default' as a response "
                + "key, found 'abc' [#/paths/~1a/get/responses/abc]"),
        HostileCase(
            "unknown schema type strng",
            header30 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: strng\n",
            "api.yaml:9:13: error: expected one of 'string', 'number', 'integer', 'boolean', 'array', 'object', "
                + "'null' for 'type', found 'strng' [#/components/schemas/A/type]"),
        HostileCase(
            "path not starting with /", header30 + "paths:\n  pets:\n    get:\n      responses: {}\n",
            "api.yaml:6:3: error: expected a path starting with '/', found 'pets' [#/paths/pets]"),

        // MARK: Versions
        HostileCase(
            "missing openapi", "info:\n  title: T\n  version: '1'\npaths: {}\n",
            "api.yaml:1:1: error: missing required key 'openapi' in the OpenAPI document (expected 'openapi: 3.0.3' "
                + "or 'openapi: 3.1.0'; Swagger 2.0 documents have 'swagger: \"2.0\"') [#]"),
        HostileCase(
            "openapi: 4.0.0", "openapi: 4.0.0\ninfo:\n  title: T\n  version: '1'\npaths: {}\n",
            "api.yaml:1:10: error: expected an OpenAPI version 3.0.x, 3.1.x or 3.2.x (or Swagger 2.0), found '4.0.0' "
                + "[#/openapi]"),
        HostileCase(
            "swagger: \"1.2\"", "swagger: \"1.2\"\ninfo:\n  title: T\n  version: '1'\npaths: {}\n",
            "api.yaml:1:10: error: expected '2.0' for 'swagger', found a string '1.2' [#/swagger]"),

        // MARK: Resource exhaustion
        HostileCase(
            "alias bomb (billion laughs)", billionLaughs,
            "api.yaml:6:45: error: alias expansion exceeds the limit of 100000 nodes (a 'billion laughs' document?)"),
        HostileCase(
            "100,000-deep flow sequences (YAML)",
            "openapi: 3.0.3\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n",
            "api.yaml:2:515: error: nesting deeper than 512 levels"),
        HostileCase(
            "100,000-deep flow mappings (YAML)",
            "openapi: 3.0.3\nx: " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
                + "\n",
            "api.yaml:2:2048: error: nesting deeper than 512 levels"),
        HostileCase(
            "100,000-deep block sequences (YAML)",
            "openapi: 3.0.3\nx:\n" + String(repeating: "- ", count: depth) + "x\n",
            "api.yaml:3:1023: error: nesting deeper than 512 levels"),
        HostileCase(
            "100,000-deep arrays (JSON)", main: "api.json",
            #"{"openapi": "3.0.3", "x": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                + "}\n",
            "api.json:1:538: error: nesting deeper than 512 levels"),
        HostileCase(
            "100,000-deep objects (JSON)", main: "api.json",
            #"{"openapi": "3.0.3", "x": "# + String(repeating: #"{"a": "#, count: depth) + "1"
                + String(repeating: "}", count: depth) + "}\n",
            "api.json:1:3093: error: nesting deeper than 512 levels"),
        HostileCase(
            "100,000-deep JSON arrays in a .yaml file",
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n",
            "api.yaml:1:513: error: nesting deeper than 512 levels"),

        // MARK: Encodings and non-text
        HostileCase(
            "invalid UTF-8 (YAML, lone 0xFF)",
            bytes: Array((header30 + "paths: {}\nx-a: a").utf8) + [0xFF] + Array("b\n".utf8),
            "api.yaml:6:7: error: invalid leading UTF-8 octet (0xFF)"),
        HostileCase(
            "invalid UTF-8 (YAML, truncated sequence)",
            bytes: Array((header30 + "paths: {}\nx-a: caf").utf8) + [0xE9] + Array("\n".utf8),
            "api.yaml:6:9: error: incomplete UTF-8 octet sequence"),
        HostileCase(
            "invalid UTF-8 (JSON, lone 0xFF)", main: "api.json",
            bytes: Array(#"{"openapi": "3.0.3", "x": "a"#.utf8) + [0xFF] + Array("b\"}\n".utf8),
            "api.json:1:29: error: invalid UTF-8 byte 0xFF"),
        HostileCase("empty file", "", "api.yaml:1:1: error: the file is empty; expected a YAML or JSON document"),
        HostileCase(
            "empty JSON file", main: "api.json", "",
            "api.json:1:1: error: the file is empty; expected a YAML or JSON document"),
        HostileCase(
            "whitespace-only file", "  \n\n   \r\n\n",
            "api.yaml:1:1: error: the file is empty; expected a YAML or JSON document"),
        // libyaml (like PyYAML) rejects a tab at the start of a blank line, although YAML 1.2 reads it as separation.
        HostileCase(
            "whitespace-only file with a tab", "  \n\n \t \n",
            "api.yaml:3:2: error: while scanning for the next token: found character that cannot start any token "
                + "(a tab; YAML allows only spaces for indentation)"),
        HostileCase(
            "binary file (random bytes with NUL)",
            bytes: [
                0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF,
            ],
            "api.yaml:3:1: error: expected a text file, found binary data (a NUL byte)"),
        HostileCase(
            "JSON lone surrogate", main: "api.json",
            #"{"openapi": "3.0.3", "info": {"title": "\ud83d", "version": "1"}, "paths": {}}"# + "\n",
            "api.json:1:41: error: invalid \\u escape: unpaired surrogate"),
        HostileCase(
            "JSON lone low surrogate", main: "api.json",
            #"{"openapi": "3.0.3", "info": {"title": "x\udc00", "version": "1"}, "paths": {}}"# + "\n",
            "api.json:1:42: error: invalid \\u escape: unpaired surrogate"),
        HostileCase(
            "JSON trailing garbage", main: "api.json",
            #"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}} xyz"# + "\n",
            "api.json:1:75: error: trailing content after the JSON document"),
        HostileCase(
            "top-level scalar", "just a string\n",
            "api.yaml:1:1: error: expected a mapping at the top of the OpenAPI document, found a string 'just a string'"
        ),
        HostileCase(
            "top-level sequence", "- openapi: 3.0.3\n",
            "api.yaml:1:1: error: expected a mapping at the top of the OpenAPI document, found a sequence"),
        HostileCase(
            "top-level JSON array", main: "api.json", "[1, 2]\n",
            "api.json:1:1: error: expected a mapping at the top of the OpenAPI document, found a sequence"),
    ]

    @Test(arguments: cases)
    func rejected(_ input: HostileCase) throws {
        let folder = try TemporarySpecFolder(input.files)
        defer { folder.remove() }
        let start = ContinuousClock.now
        let result = folder.load(input.main)
        let elapsed = ContinuousClock.now - start
        #expect(result.hasErrors)
        let first = try #require(result.firstError, "no error for \(input.name)")
        #expect(folder.relative(first) == input.firstError)
        // Nothing may take long: every case is rejected early, even the 100,000-deep and exponential ones.
        #expect(elapsed < .seconds(5), "\(input.name) took \(elapsed)")
        // Rendering the diagnostic (with its source line) must not trap either, even for binary or huge lines.
        let rendered = result.renderer.rendered(first)
        #expect(rendered.hasPrefix(first.description))
    }

    /// A truncated UTF-8 sequence in a JSON string is reported at the byte that starts it, naming that byte (the
    /// YAML parser does point at the start of the sequence).
    @Test func truncatedUTF8SequenceInJSONNamesItsLeadByte() throws {
        let folder = try TemporarySpecFolder([
            ("api.json", Array(#"{"openapi": "3.0.3", "x": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8))
        ])
        defer { folder.remove() }
        let result = folder.load("api.json")
        #expect(result.hasErrors)
        // Byte 31 is 0xE9, the lead byte of a 3-byte sequence cut short by the closing quote (0x22, valid ASCII).
        #expect(result.firstError.map(folder.relative) == "api.json:1:31: error: invalid UTF-8 byte 0xE9")
    }

    /// A broken external file is reported once, in its own file; a second reference to it says where to look.
    @Test func brokenExternalFileIsReportedOnce() throws {
        let folder = try TemporarySpecFolder(texts: [
            (
                "api.yaml",
                header30 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'bad.yaml#/A'\n"
                    + "    B:\n      $ref: 'bad.yaml#/B'\n"
            ),
            ("bad.yaml", "A: {type: string\n"),
        ])
        defer { folder.remove() }
        let result = folder.load("api.yaml")
        #expect(
            result.errors.map(folder.relative) == [
                "bad.yaml:2:1: error: while parsing a flow mapping: did not find expected ',' or '}' (it starts at 1:4)",
                "api.yaml:11:13: error: 'bad.yaml' could not be loaded (see the error above)",
            ])
    }

    /// A missing root file is an error without a location.
    @Test func missingRootFile() throws {
        let folder = try TemporarySpecFolder(texts: [])
        defer { folder.remove() }
        let result = folder.load("nope.yaml")
        #expect(result.spec == nil)
        #expect(result.errors.map(folder.relative) == ["error: no such file 'nope.yaml'"])
    }
}

/// Inputs that look suspicious but are valid, and must load without errors and with the right meaning.
struct AcceptedInputTests {
    /// Loads `files`' `main` and requires that it has no errors; returns the spec and the warnings.
    private func load(
        _ texts: [(path: String, text: String)], main: String = "api.yaml", options: LoaderOptions = LoaderOptions()
    ) throws -> (spec: OpenAPI.ResolvedSpec, warnings: [String], folder: TemporarySpecFolder) {
        let folder = try TemporarySpecFolder(texts: texts)
        let result = folder.load(main, options: options)
        #expect(result.errors.map(folder.relative) == [])
        let spec = try #require(result.spec)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(folder.relative)
        return (spec, warnings, folder)
    }

    @Test func recursiveSchemaIsAllowed() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                header30 + "paths: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n"
                    + "        children:\n          type: array\n          items:\n"
                    + "            $ref: '#/components/schemas/Node'\n"
            )
        ])
        defer { folder.remove() }
        let node = try #require(spec.document.components.schemas["Node"])
        let items = try #require(node.properties["children"]?.items)
        #expect(
            items.ref?.target == ReferenceTarget(file: folder.file("api.yaml"), pointer: "/components/schemas/Node"))
        #expect(spec.schema(for: try #require(items.ref))?.types == [.object])
    }

    @Test func yesNoOnOffRemainStrings() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                header30 + "paths: {}\nx-flag: on\ncomponents:\n  schemas:\n    Answer:\n      type: string\n"
                    + "      enum: [yes, no, on, off, y, n]\n      default: off\n"
            )
        ])
        defer { folder.remove() }
        let answer = try #require(spec.document.components.schemas["Answer"])
        #expect(answer.enumValues == ["yes", "no", "on", "off", "y", "n"].map(JSONValue.string))
        #expect(answer.defaultValue == .string("off"))
        #expect(spec.document.extensions["x-flag"] == .string("on"))
    }

    @Test func surrogatePairInJSONLoads() throws {
        let (spec, _, folder) = try load(
            [
                (
                    "api.json",
                    #"{"openapi": "3.0.3", "info": {"title": "\ud83d\udee0 tools", "version": "1"}, "paths": {}}"#
                )
            ],
            main: "api.json")
        defer { folder.remove() }
        #expect(spec.document.info.title == "🛠 tools")
    }

    /// Three files in nested folders; each reference is relative to the file it is written in, and the middle one
    /// names a whole file (no fragment).
    @Test func externalReferencesAreRelativeToTheReferencingFile() throws {
        let (spec, _, folder) = try load(
            [
                (
                    "api/openapi.yaml",
                    header30
                        + "paths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n"
                        + "          content:\n            application/json:\n              schema:\n"
                        + "                $ref: 'components/schemas/pet.yaml'\n"
                ),
                (
                    "api/components/schemas/pet.yaml",
                    "type: object\nproperties:\n  tag:\n    $ref: '../common/tag.yaml#/Tag'\n"
                ),
                ("api/components/common/tag.yaml", "Tag:\n  type: string\n  maxLength: 20\n"),
            ], main: "api/openapi.yaml")
        defer { folder.remove() }
        let pet = ReferenceTarget(file: folder.file("api/components/schemas/pet.yaml"), pointer: "")
        let tag = ReferenceTarget(file: folder.file("api/components/common/tag.yaml"), pointer: "/Tag")
        #expect(
            spec.files
                == ["api/openapi.yaml", "api/components/schemas/pet.yaml", "api/components/common/tag.yaml"].map(
                    folder.file))
        let response = try #require(
            spec.document.paths["/pets"]?.value?.operations[.get]?.responses[.status(200)]?.value)
        let schema = try #require(response.content["application/json"]?.schema)
        #expect(schema.ref?.target == pet)
        #expect(schema.ref?.target.lastComponent == "pet")
        let petSchema = try #require(spec.references.schemas[pet])
        #expect(petSchema.types == [.object])
        #expect(petSchema.properties["tag"]?.ref?.target == tag)
        #expect(spec.references.schemas[tag]?.maxLength == 20)
        let summary = LintSummary(spec)
        #expect(summary.externalFiles == 2)
        #expect(summary.references == 2)
        #expect(summary.externalReferences == 2)
    }

    @Test func tildeOneEscapesInPointers() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                header30 + "paths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: pets\n"
                    + "  /pets/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, "
                    + "schema: {type: string}}\n      responses:\n        '200':\n"
                    + "          $ref: '#/paths/~1pets/get/responses/200'\n"
            )
        ])
        defer { folder.remove() }
        let operation = try #require(spec.document.paths["/pets/{id}"]?.value?.operations[.get])
        let reference = try #require(operation.responses[.status(200)]?.reference)
        #expect(reference.target.pointer == "/paths/~1pets/get/responses/200")
        #expect(reference.target.tokens == ["paths", "/pets", "get", "responses", "200"])
        #expect(spec.references.responses[reference.target]?.description == "pets")
    }

    @Test func tildeZeroAndPercentEscapesInPointers() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                header30 + "paths: {}\ncomponents:\n  schemas:\n    a~b c:\n      type: integer\n    B:\n"
                    + "      $ref: '#/components/schemas/a~0b%20c'\n"
            )
        ])
        defer { folder.remove() }
        let b = try #require(spec.document.components.schemas["B"]?.ref)
        #expect(b.target.tokens.last == "a~b c")
        #expect(spec.schema(for: b)?.types == [.integer])
    }

    @Test func referenceSiblingDescriptionIsKeptIn31() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                header31 + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n"
                    + "          $ref: '#/components/responses/Ok'\n          description: Overridden\n"
                    + "components:\n  responses:\n    Ok:\n      description: ok\n  schemas:\n    Pet:\n"
                    + "      type: object\n    Owner:\n      properties:\n        pet:\n"
                    + "          $ref: '#/components/schemas/Pet'\n          description: The owner's pet\n"
            )
        ])
        defer { folder.remove() }
        let response = try #require(spec.document.paths["/a"]?.value?.operations[.get]?.responses[.status(200)])
        #expect(response.reference?.description == "Overridden")
        #expect(spec.resolve(response)?.description == "ok")
        let pet = try #require(spec.document.components.schemas["Owner"]?.properties["pet"])
        #expect(pet.ref?.raw == "#/components/schemas/Pet")
        #expect(pet.ref?.description == "The owner's pet")
    }

    @Test func nullableIn30AndTypeArrayIn31MeanTheSame() throws {
        let (spec30, _, folder30) = try load([
            (
                "api.yaml",
                header30 + "paths: {}\ncomponents:\n  schemas:\n    Name:\n      type: string\n      nullable: true\n"
            )
        ])
        defer { folder30.remove() }
        let (spec31, _, folder31) = try load([
            (
                "api.yaml",
                header31 + "paths: {}\ncomponents:\n  schemas:\n    Name:\n      type: [string, \"null\"]\n"
            )
        ])
        defer { folder31.remove() }
        for spec in [spec30, spec31] {
            let name = try #require(spec.document.components.schemas["Name"])
            #expect(name.nullable == true)
            #expect(name.types == [.string])
        }
    }

    @Test func swagger2BodyFormDataAndFileAreConverted() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                """
                swagger: "2.0"
                info:
                  title: T
                  version: '1'
                consumes: [application/json, application/xml]
                paths:
                  /pets:
                    post:
                      parameters:
                        - name: body
                          in: body
                          required: true
                          schema:
                            $ref: '#/definitions/Pet'
                      responses:
                        '201':
                          description: created
                  /pets/{id}/photo:
                    post:
                      consumes: [multipart/form-data]
                      parameters:
                        - {name: id, in: path, required: true, type: string}
                        - {name: file, in: formData, required: true, type: file, description: The photo}
                        - {name: caption, in: formData, type: string}
                      responses:
                        '200':
                          description: ok
                definitions:
                  Pet:
                    type: object

                """
            )
        ])
        defer { folder.remove() }
        #expect(spec.document.specVersion == .swagger2)
        let create = try #require(spec.document.paths["/pets"]?.value?.operations[.post])
        let body = try #require(create.requestBody?.value)
        #expect(body.required)
        #expect(Array(body.content.keys) == ["application/json", "application/xml"])
        #expect(body.content["application/xml"]?.schema?.ref?.raw == "#/definitions/Pet")
        #expect(create.parameters.isEmpty)

        let upload = try #require(spec.document.paths["/pets/{id}/photo"]?.value?.operations[.post])
        #expect(upload.parameters.compactMap(\.value?.name) == ["id"])
        let form = try #require(upload.requestBody?.value)
        #expect(form.required)
        #expect(Array(form.content.keys) == ["multipart/form-data"])
        let schema = try #require(form.content["multipart/form-data"]?.schema)
        #expect(schema.types == [.object])
        #expect(Array(schema.properties.keys) == ["file", "caption"])
        #expect(schema.required == ["file"])
        #expect(schema.properties["file"]?.types == [.string])
        #expect(schema.properties["file"]?.format == "binary")
        #expect(schema.properties["file"]?.description == "The photo")
        #expect(schema.properties["caption"]?.types == [.string])
        #expect(spec.document.components.schemas["Pet"]?.types == [.object])
    }

    @Test func swagger2FormDataWithoutConsumesIsURLEncoded() throws {
        let (spec, _, folder) = try load([
            (
                "api.yaml",
                "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths:\n  /login:\n    post:\n      parameters:\n"
                    + "        - {name: user, in: formData, type: string, required: true}\n"
                    + "      responses:\n        '204': {description: done}\n"
            )
        ])
        defer { folder.remove() }
        let body = try #require(spec.document.paths["/login"]?.value?.operations[.post]?.requestBody?.value)
        #expect(Array(body.content.keys) == ["application/x-www-form-urlencoded"])
    }

    @Test func openAPI32IsAcceptedWithAWarning() throws {
        let (spec, warnings, folder) = try load([
            ("api.yaml", "openapi: 3.2.0\ninfo:\n  title: T\n  version: '1'\npaths: {}\n")
        ])
        defer { folder.remove() }
        #expect(spec.document.specVersion == .v3_1)
        #expect(spec.document.openapi == "3.2.0")
        #expect(
            warnings == [
                "api.yaml:1:10: warning: OpenAPI 3.2.0 is read as 3.1; features new in 3.2 are ignored [#/openapi]"
            ])
    }

    /// `--root` (the loader's `rootDirectory`) lets references leave the spec's own folder.
    @Test func rootDirectoryAllowsReferencesOutsideTheSpecFolder() throws {
        let texts: [(path: String, text: String)] = [
            ("spec/api.yaml", HostileInputTests.schemaRef("../shared/models.yaml#/A")),
            ("shared/models.yaml", "A:\n  type: string\n"),
        ]
        let folder = try TemporarySpecFolder(texts: texts)
        defer { folder.remove() }
        let confined = folder.load("spec/api.yaml")
        #expect(confined.hasErrors)
        let rooted = folder.load("spec/api.yaml", options: LoaderOptions(rootDirectory: folder.path))
        #expect(rooted.errors.map(folder.relative) == [])
        #expect(rooted.spec?.files.count == 2)
        let allowed = folder.load("spec/api.yaml", options: LoaderOptions(allowReferencesOutsideRoot: true))
        #expect(!allowed.hasErrors)
    }
}
