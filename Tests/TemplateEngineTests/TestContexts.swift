import TemplateEngine

/// A property of a test struct.
struct PropertyContext: TemplateContext {
    var name: String
    var type: String
    var documentation: [String]
    var parent: String?
    var isLast: Bool
    static let templateFields: [String: TemplateField] = [
        "name": .text, "type": .text, "documentation": .list(.text), "parent": .optional(.text), "isLast": .flag,
    ]
}

/// A test struct declaration.
struct StructContext: TemplateContext {
    var name: String
    var documentation: [String]
    var parent: String?
    var properties: [PropertyContext]
    var owner: OwnerContext
    static let templateFields: [String: TemplateField] = [
        "name": .text, "documentation": .list(.text), "parent": .optional(.text),
        "properties": .list(.context(PropertyContext.self)), "owner": .context(OwnerContext.self),
    ]
}

/// A nested context read with dotted names.
struct OwnerContext: TemplateContext {
    var module: String
    static let templateFields: [String: TemplateField] = ["module": .text]
}

/// A recursive context for recursive partials.
struct NodeContext: TemplateContext {
    var label: String
    var children: [NodeContext]
    static let templateFields: [String: TemplateField] = [
        "label": .text, "children": .list(.context(NodeContext.self)),
    ]
}

/// A context whose declaration does not match its stored properties.
struct DriftingContext: TemplateContext {
    var name: String
    var extra: Int
    static let templateFields: [String: TemplateField] = ["name": .text]
}

/// A context that declares a field with the wrong kind.
struct MiskindedContext: TemplateContext {
    var name: Bool
    static let templateFields: [String: TemplateField] = ["name": .text]
}

/// Test-only templates standing in for the built-ins.
enum TestTemplates {
    static let builtins: [String: String] = [
        "models/struct": """
        {{>partials/docComment}}
        public struct {{name}}{{#parent}}: {{.}}{{/parent}} {
        {{#properties}}
            {{>partials/property}}
        {{/properties}}
        }

        """,
        "partials/property": """
        {{>partials/docComment}}
        public var {{name}}: {{type}}{{#parent}} // {{.}}{{/parent}}

        """,
        "partials/docComment": """
        {{#documentation}}
        /// {{.}}
        {{/documentation}}

        """,
        "tree/node": """
        {{label}}
        {{#children}}
          {{>tree/node}}
        {{/children}}

        """,
    ]

    static let sample = StructContext(
        name: "Pet",
        documentation: ["A pet <T> & \"friends\" 'n' more."],
        parent: "Animal",
        properties: [
            PropertyContext(name: "id", type: "Int", documentation: ["The id."], parent: nil, isLast: false),
            PropertyContext(name: "tags", type: "[String]", documentation: [], parent: "Tagged", isLast: true),
        ],
        owner: OwnerContext(module: "Zoo"))

    static func library(adding extra: [String: String] = [:]) throws -> TemplateLibrary {
        try TemplateLibrary(builtins: builtins.merging(extra) { $1 })
    }
}
