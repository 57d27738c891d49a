import Testing
import YAMLParser

/// The YAML 1.2 core schema for plain scalars, and explicit tags and quoting.
struct CoreSchemaTests {
    @Test(arguments: [
        ("null", YAMLScalar.Kind.null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null),
        ("nULL", .string), ("~~", .string),
        ("true", .boolean), ("True", .boolean), ("TRUE", .boolean), ("false", .boolean), ("False", .boolean),
        ("FALSE", .boolean), ("tRUE", .string),
        ("yes", .string), ("no", .string), ("on", .string), ("off", .string), ("y", .string), ("n", .string),
        ("Yes", .string), ("NO", .string),
        ("0", .integer), ("12", .integer), ("-3", .integer), ("+4", .integer), ("007", .integer),
        ("0o17", .integer), ("0x1F", .integer), ("0xff", .integer), ("0o", .string), ("0x", .string),
        ("0o8", .string), ("0xg", .string), ("-0x1", .string), ("1_000", .string), ("0b1", .string),
        ("1.5", .float), ("-1.5", .float), ("1.", .float), (".5", .float), ("1e3", .float), ("1E-3", .float),
        ("+1.5e+10", .float), (".inf", .float), ("-.Inf", .float), ("+.INF", .float), (".nan", .float),
        (".NaN", .float), (".NAN", .float), ("-.nan", .string), (".", .string), ("1e", .string), ("e3", .string),
        ("1.2.3", .string), ("2024-01-01", .string), ("12:30", .string), ("-", .string), ("+", .string),
        ("v1", .string), ("1 2", .string),
    ])
    func resolvesPlainScalars(text: String, kind: YAMLScalar.Kind) {
        #expect(YAMLCoreSchema.resolve(plain: text) == kind)
    }

    @Test func parsesIntegers() {
        #expect(YAMLCoreSchema.parseInteger("42") == 42)
        #expect(YAMLCoreSchema.parseInteger("-42") == -42)
        #expect(YAMLCoreSchema.parseInteger("+7") == 7)
        #expect(YAMLCoreSchema.parseInteger("0x1F") == 31)
        #expect(YAMLCoreSchema.parseInteger("0o17") == 15)
        #expect(YAMLCoreSchema.parseInteger("9223372036854775807") == Int.max)
        #expect(YAMLCoreSchema.parseInteger("-9223372036854775808") == Int.min)
        #expect(YAMLCoreSchema.parseInteger("9223372036854775808") == nil)
        #expect(YAMLCoreSchema.parseInteger("1.5") == nil)
        #expect(YAMLCoreSchema.parseInteger("") == nil)
    }

    @Test func parsesFloats() {
        #expect(YAMLCoreSchema.parseFloat("1.5") == 1.5)
        #expect(YAMLCoreSchema.parseFloat("1e3") == 1000)
        #expect(YAMLCoreSchema.parseFloat("12") == 12)
        #expect(YAMLCoreSchema.parseFloat(".inf") == .infinity)
        #expect(YAMLCoreSchema.parseFloat("-.Inf") == -.infinity)
        #expect(YAMLCoreSchema.parseFloat(".NaN")?.isNaN == true)
        #expect(YAMLCoreSchema.parseFloat("abc") == nil)
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        let root = try parse("a: \"123\"\nb: 'true'\nc: |\n  null\nd: >\n  12\ne: 123\n")
        #expect(scalar(root, "a")?.kind == .string)
        #expect(scalar(root, "a")?.style == .doubleQuoted)
        #expect(scalar(root, "b")?.kind == .string)
        #expect(scalar(root, "b")?.style == .singleQuoted)
        #expect(scalar(root, "c")?.kind == .string)
        #expect(scalar(root, "c")?.style == .literal)
        #expect(scalar(root, "c")?.value == "null\n")
        #expect(scalar(root, "d")?.style == .folded)
        #expect(scalar(root, "e")?.kind == .integer)
        #expect(scalar(root, "e")?.intValue == 123)
    }

    @Test func explicitTagsAreHonoured() throws {
        let root = try parse(
            "a: !!str 123\nb: !!int \"12\"\nc: !!float 1\nd: !!bool 'true'\ne: !!null ''\nf: ! 12\ng: !foo 12\n"
                + "h: !<tag:yaml.org,2002:str> true\n")
        #expect(scalar(root, "a")?.kind == .string)
        #expect(scalar(root, "b")?.kind == .integer)
        #expect(scalar(root, "c")?.kind == .float)
        #expect(scalar(root, "c")?.doubleValue == 1)
        #expect(scalar(root, "d")?.kind == .boolean)
        #expect(scalar(root, "d")?.boolValue == true)
        #expect(scalar(root, "e")?.kind == .null)
        #expect(scalar(root, "f")?.kind == .string)
        #expect(scalar(root, "g")?.kind == .integer)
        #expect(scalar(root, "h")?.kind == .string)
    }

    @Test func tagThatDoesNotFitIsAnError() {
        #expect(
            errorText("a: 1\nb: !!int abc\n") == "t.yaml:2:4: error: expected an integer for tag !!int, found 'abc'")
        #expect(errorText("b: !!bool yes\n") == "t.yaml:1:4: error: expected a boolean for tag !!bool, found 'yes'")
        #expect(errorText("b: !!float x\n") == "t.yaml:1:4: error: expected a number for tag !!float, found 'x'")
    }
}
