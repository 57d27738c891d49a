import ArgumentParser
import GeneratorCore

/// `generate`'s filter options: each list given replaces the config file's list of the same side.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("include-tag"), help: "Keep the operations with this tag (repeat for more).")
    var includeTags: [String] = []

    @Option(name: .customLong("include-operation-id"), help: "Keep the operation with this operationId.")
    var includeOperationIDs: [String] = []

    @Option(
        name: .customLong("include-path"),
        help: "Keep the operations at this path; a trailing /* also keeps the paths below it.")
    var includePaths: [String] = []

    @Option(name: .customLong("exclude-tag"), help: "Leave out the operations with this tag.")
    var excludeTags: [String] = []

    @Option(name: .customLong("exclude-operation-id"), help: "Leave out the operation with this operationId.")
    var excludeOperationIDs: [String] = []

    @Option(name: .customLong("exclude-path"), help: "Leave out the operations at this path (or below it, with /*).")
    var excludePaths: [String] = []

    func validate() throws {
        for path in includePaths + excludePaths where !path.hasPrefix("/") {
            throw ValidationError("A path filter starts with '/': '\(path)'.")
        }
    }

    /// The filter: these options' lists where given, the config file's otherwise.
    func filter(over config: OperationFilter) -> OperationFilter {
        func entries(_ values: [String], _ flag: String) -> [OperationFilter.Entry] {
            values.map { OperationFilter.Entry(value: $0, label: "--" + flag, location: nil) }
        }
        let include = OperationFilter.Selection(
            tags: entries(includeTags, "include-tag"),
            operationIDs: entries(includeOperationIDs, "include-operation-id"),
            paths: entries(includePaths, "include-path"))
        let exclude = OperationFilter.Selection(
            tags: entries(excludeTags, "exclude-tag"),
            operationIDs: entries(excludeOperationIDs, "exclude-operation-id"),
            paths: entries(excludePaths, "exclude-path"))
        return OperationFilter(
            include: include.isEmpty ? config.include : include, exclude: exclude.isEmpty ? config.exclude : exclude)
    }
}
