public import TemplateEngine

/// Settings that every template may name, whatever context it renders: the template library's globals (a root
/// context's field of the same name would win).
public struct CodeSettings: TemplateContext, TemplateFieldValues, Hashable {
    /// The access modifier of every generated declaration: `public`, `package` or `internal`.
    public var access: String

    /// Creates settings.
    public init(access: String = "public") {
        self.access = access
    }

    /// The fields templates may name, with their kinds (see Templates/README.md).
    public static let templateFields: [String: TemplateField] = ["access": .text]

    /// The declared fields by name.
    public var templateValues: [String: Any] { ["access": access] }
}
