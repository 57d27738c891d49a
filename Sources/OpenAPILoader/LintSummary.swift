public import OpenAPIModel

/// The counts `openapi-swift lint` prints for a spec.
public struct LintSummary: Hashable, Sendable, CustomStringConvertible {
    /// `openapi` or `swagger` as written.
    public var version: String
    /// Entries in `paths`.
    public var paths: Int
    /// Operations in `paths` (following path item references).
    public var operations: Int
    /// Component schemas (`definitions` for Swagger 2.0).
    public var componentSchemas: Int
    /// Files read besides the root.
    public var externalFiles: Int
    /// `$ref`s resolved.
    public var references: Int
    /// `$ref`s into other files.
    public var externalReferences: Int

    /// Counts a resolved spec.
    public init(_ spec: OpenAPI.ResolvedSpec) {
        version = spec.document.openapi
        paths = spec.document.paths.count
        operations = spec.operationCount
        componentSchemas = spec.document.components.schemas.count
        externalFiles = spec.files.count - 1
        references = spec.referenceCount
        externalReferences = spec.externalReferenceCount
    }

    /// `openapi 3.0.0: 43 paths, 54 operations, 65 component schemas, 0 external files, 95 references (0 external)`.
    public var description: String {
        let label = version.hasPrefix("2") ? "swagger" : "openapi"
        return "\(label) \(version): \(paths) paths, \(operations) operations, \(componentSchemas) component schemas, "
            + "\(externalFiles) external files, \(references) references (\(externalReferences) external)"
    }
}
