import SpecDiagnostics
import Testing

@testable import TemplateEngine

@Suite("Rendering")
struct RenderingTests {
    @Test("renders a template with partials, sections and lists")
    func rendersStruct() throws {
        let output = try TestTemplates.library().render("models/struct", context: TestTemplates.sample)
        #expect(
            output == """
                /// A pet <T> & "friends" 'n' more.
                public struct Pet: Animal {
                    /// The id.
                    public var id: Int
                    public var tags: [String] // Tagged
                }

                """)
    }

    @Test("never escapes HTML characters, in templates or partials")
    func plainText() throws {
        let library = try TestTemplates.library(adding: [
            "escape/main": "{{name}}|{{{name}}}|{{&name}}|{{>escape/partial}}|<>&\"'",
            "escape/partial": "{{name}}{{#properties}}{{type}}{{/properties}}",
        ])
        var context = TestTemplates.sample
        context.name = "<>&\"'"
        context.properties = [
            PropertyContext(name: "x", type: "A<B>&'\"", documentation: [], parent: nil, isLast: true)
        ]
        let output = try library.render("escape/main", context: context)
        #expect(output == "<>&\"'|<>&\"'|<>&\"'|<>&\"'A<B>&'\"|<>&\"'")
    }

    @Test("a nil optional does not fall through to an enclosing field of the same name")
    func nilStopsStackClimbing() throws {
        let library = try TestTemplates.library(adding: [
            "climb": "{{#properties}}[{{#parent}}{{.}}{{/parent}}{{^parent}}none{{/parent}}]{{/properties}}"
        ])
        #expect(try library.render("climb", context: TestTemplates.sample) == "[none][Tagged]")
    }

    @Test("names resolve through enclosing contexts, dotted names and the current value")
    func contextStack() throws {
        let library = try TestTemplates.library(adding: [
            "stack": "{{#properties}}{{name}} in {{owner.module}}{{#isLast}}.{{/isLast}}{{^isLast}}, {{/isLast}}"
                + "{{/properties}}{{#documentation}}{{.}}{{/documentation}}{{#owner}}{{module}}{{/owner}}"
        ])
        let output = try library.render("stack", context: TestTemplates.sample)
        #expect(output == "id in Zoo, tags in Zoo.A pet <T> & \"friends\" 'n' more.Zoo")
    }

    @Test("set-delimiter tags are understood")
    func setDelimiters() throws {
        let library = try TestTemplates.library(adding: ["delims": "{{=<% %>=}}<% name %>{{name}}<%={{ }}=%>{{name}}"])
        #expect(try library.render("delims", context: TestTemplates.sample) == "Pet{{name}}Pet")
    }

    @Test("recursive partials are checked and rendered")
    func recursivePartials() throws {
        let tree = NodeContext(
            label: "root", children: [NodeContext(label: "a", children: [NodeContext(label: "b", children: [])])])
        let output = try TestTemplates.library().render("tree/node", context: tree)
        #expect(output == "root\n  a\n    b\n")
    }

    @Test("rendering is repeatable")
    func deterministic() throws {
        let library = try TestTemplates.library()
        let first = try library.render("models/struct", context: TestTemplates.sample)
        for _ in 0..<5 { #expect(try library.render("models/struct", context: TestTemplates.sample) == first) }
    }

    @Test("a context whose stored properties differ from its declaration is refused")
    func contextDrift() throws {
        let library = try TestTemplates.library(adding: ["drift": "{{name}}"])
        #expect(
            throws: Diagnostic.error(
                "context type DriftingContext has stored property 'extra' that its templateFields do not declare",
                at: nil)
        ) {
            try library.render("drift", context: DriftingContext(name: "x", extra: 1))
        }
        #expect(
            throws: Diagnostic.error(
                "context type MiskindedContext declares field 'name' as text but it holds Bool", at: nil)
        ) {
            try library.render("drift", context: MiskindedContext(name: true))
        }
    }

    @Test("unknown templates and contexts that are not TemplateContext are errors")
    func badArguments() throws {
        let library = try TestTemplates.library()
        #expect(throws: Diagnostic.self) { try library.render("nope", context: TestTemplates.sample) }
        #expect(throws: Diagnostic.self) { try library.render("models/struct", context: ["name": "x"]) }
    }
}
