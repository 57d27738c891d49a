import Mustache
import SpecDiagnostics
import Testing

@testable import TemplateEngine

@Suite("Checking names")
struct CheckingTests {
    /// The first diagnostic of rendering `text` as template `t` with the sample context, as text.
    private func error(in text: String, extra: [String: String] = [:]) throws -> String {
        let library = try TestTemplates.library(adding: extra.merging(["t": text]) { $1 })
        do {
            _ = try library.render("t", context: TestTemplates.sample)
            return "no error"
        } catch {
            return error.description
        }
    }

    private let structFields = "context StructContext has: documentation, name, owner, parent, properties"

    @Test("an unknown variable is located and lists the context's fields")
    func unknownVariable() throws {
        #expect(
            try error(in: "struct {{name}} {\n    {{nmae}}\n}")
                == "Templates/t.mustache:2:5: error: unknown variable 'nmae' in template 't' (\(structFields))")
    }

    @Test(
        "unknown names in each kind of tag",
        arguments: [
            ("{{{nmae}}}", "unknown variable 'nmae'"),
            ("{{&nmae}}", "unknown variable 'nmae'"),
            ("{{#nmae}}{{/nmae}}", "unknown section 'nmae'"),
            ("{{^nmae}}{{/nmae}}", "unknown section 'nmae'"),
            ("{{>partials/nope}}", "unknown partial 'partials/nope'"),
            ("{{owner.nmae}}", "unknown variable 'owner.nmae' in template 't': OwnerContext has no field 'nmae'"),
            ("{{name.first}}", "unknown variable 'name.first' in template 't': text has no field 'first'"),
        ])
    func unknownNames(template: String, message: String) throws {
        let text = try error(in: template)
        #expect(text.hasPrefix("Templates/t.mustache:1:1: error: \(message)"), "\(text)")
    }

    @Test("inside a section, the element's fields are listed first")
    func sectionScope() throws {
        #expect(
            try error(in: "{{#properties}}\n  {{tpye}}\n{{/properties}}")
                == "Templates/t.mustache:2:3: error: unknown variable 'tpye' in template 't' (context PropertyContext "
                + "has: documentation, isLast, name, parent, type; enclosing \(structFields.dropFirst(8)))")
    }

    @Test(
        "names misused for their kind are errors",
        arguments: [
            ("{{#properties}}{{isLast}}{{/properties}}", "variable 'isLast' is a flag; use it as a section"),
            ("{{properties}}", "variable 'properties' is list of PropertyContext, which cannot be rendered as text"),
            ("{{owner}}", "variable 'owner' is OwnerContext, which cannot be rendered as text"),
            ("{{#name}}{{/name}}", "section 'name' is text, which is always present"),
            ("{{^owner}}{{/owner}}", "inverted section 'owner' is OwnerContext, which is always present"),
            ("{{.}}", "variable '.' is StructContext, which cannot be rendered as text"),
        ])
    func misusedKinds(template: String, message: String) throws {
        let text = try error(in: template)
        #expect(text.contains("error: \(message)"), "\(text)")
    }

    @Test("an unknown name in a partial is located in the partial and says where it was included")
    func errorInPartial() throws {
        let text = try error(in: "{{#properties}}\n{{>bad}}\n{{/properties}}", extra: ["bad": "x\n {{nope}}"])
        #expect(
            text.hasPrefix(
                "Templates/bad.mustache:2:2: error: unknown variable 'nope' in template 'bad' (context PropertyContext")
        )
        #expect(text.hasSuffix(", included from Templates/t.mustache:2:1"))
    }

    @Test(
        "syntax errors are located",
        arguments: [
            ("a\n{{#x}}\nb", "Templates/t.mustache:2:1: error: section 'x' is never closed; expected '{{/x}}'"),
            ("{{#x}}{{/y}}", "Templates/t.mustache:1:7: error: closing tag '{{/y}}' does not match an open section"),
            ("ab {{name", "Templates/t.mustache:1:4: error: tag is never closed; expected '}}'"),
            (
                "{{lowercased(name)}}",
                "Templates/t.mustache:1:1: error: transforms ('lowercased(name)') are not supported"
            ),
            ("{{>*name}}", "Templates/t.mustache:1:1: error: dynamic partials ('*name') are not supported"),
            ("\n {{%CONTENT_TYPE:HTML}}", "Templates/t.mustache:2:2: error: pragmas are not supported"),
            ("{{=<% %>=}}\n  <% nmae %>", "Templates/t.mustache:2:3: error: unknown variable 'nmae'"),
            (
                "{{<partials/x}}{{/partials/x}}",
                "Templates/t.mustache:1:1: error: a parent tag names its template with dots"
            ),
        ])
    func syntaxErrors(template: String, prefix: String) throws {
        let text = try error(in: template)
        #expect(text.hasPrefix(prefix), "\(text)")
    }

    @Test("swift-mustache parse errors become located diagnostics without the plain-text line")
    func mustacheParseErrors() throws {
        let text = "line one\n  e\u{301}{{#a}}{{/b}}"
        var caught: (any Error)?
        do { _ = try MustacheTemplate(string: CompiledTemplate.plainTextPrefix + text) } catch { caught = error }
        let error = try #require(caught)
        let diagnostic = CompiledTemplate.diagnostic(for: error, name: "t", path: "t.mustache", text: text)
        #expect(diagnostic.location == SourceLocation(file: "t.mustache", line: 2, column: 14))
        #expect(diagnostic.message == "closing tag does not match the open section in template 't'")
    }

    @Test("checkAll reports entry point errors and warns about unreached templates")
    func checkAll() throws {
        let library = try TestTemplates.library(adding: ["broken": "{{#a}}", "unused": "x"])
        let diagnostics = library.checkAll(entryPoints: [
            "models/struct": StructContext.self, "tree/node": NodeContext.self, "missing": StructContext.self,
        ])
        #expect(
            diagnostics.map(\.description) == [
                "error: the generator renders template 'missing', which does not exist",
                "Templates/broken.mustache:1:1: error: section 'a' is never closed; expected '{{/a}}' in template 'broken'",
                "Templates/unused.mustache:1:1: warning: template 'unused' is not rendered by the generator nor included "
                    + "by a template that is",
            ])
    }
}
