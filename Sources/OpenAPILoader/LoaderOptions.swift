/// Settings for loading a spec.
public struct LoaderOptions: Sendable {
    /// The folder external references must stay inside; nil means the root spec's own folder.
    public var rootDirectory: String?
    /// Whether references may leave `rootDirectory` at all.
    public var allowReferencesOutsideRoot: Bool
    /// Whether keys the model does not know (outside `x-` extensions) are reported as warnings.
    public var warnAboutUnknownKeys: Bool

    /// Creates options.
    public init(
        rootDirectory: String? = nil, allowReferencesOutsideRoot: Bool = false, warnAboutUnknownKeys: Bool = true
    ) {
        self.rootDirectory = rootDirectory
        self.allowReferencesOutsideRoot = allowReferencesOutsideRoot
        self.warnAboutUnknownKeys = warnAboutUnknownKeys
    }
}
