import ArgumentParser
import OpenAPILoader

/// Options shared by every command that reads a spec.
struct SpecOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON; OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0).")
    var spec: String

    @Option(help: "The folder external references must stay inside (default: the spec's folder).")
    var root: String?

    @Flag(help: "Allow references to files outside the root folder.")
    var allowOutsideRoot = false

    @Flag(help: "Do not warn about keys the OpenAPI model does not know.")
    var noUnknownKeyWarnings = false

    /// The loader options these flags stand for.
    var loaderOptions: LoaderOptions {
        LoaderOptions(
            rootDirectory: root, allowReferencesOutsideRoot: allowOutsideRoot,
            warnAboutUnknownKeys: !noUnknownKeyWarnings)
    }
}
