import Foundation
public import SpecDiagnostics
import YAMLParser

/// Reads `openapi-swift.yml` with the project's YAML parser, so that every mistake is located: unknown keys (with a
/// suggestion), values of the wrong type, unknown modes and access levels, and paths that do not exist.
///
/// Paths in the file are relative to the file's folder; the config holds them resolved (relative to the current
/// folder when the config's path is relative).
public enum ConfigReader {
    /// What reading a config file produced.
    public struct Result: Sendable {
        /// The settings; nil when the file could not be read or parsed at all.
        public var config: GeneratorConfig?
        /// Every mistake found, located in the file.
        public var diagnostics: [Diagnostic]
        /// Renders diagnostics with the config file's lines.
        public var renderer: DiagnosticRenderer

        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The keys a config file may hold at the top level.
    public static let topLevelKeys = [
        "spec", "output", "package-name", "module-name", "modes", "access-level", "templates", "loader", "filters",
        "naming", "type-overrides",
    ]

    /// Reads and checks the config file at `path`.
    /// - Parameter checkPaths: Whether `spec`, `templates` and `loader.root` must exist.
    public static func read(path: String, checkPaths: Bool = true) -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            let message =
                FileManager.default.fileExists(atPath: path)
                ? "cannot read the config file '\(path)'"
                : "no config file at '\(path)'; create one with `openapi-swift config init SPEC`"
            return Result(config: nil, diagnostics: [.error(message, at: nil)], renderer: renderer(path, ""))
        }
        let text = String(decoding: data, as: UTF8.self)
        return read(text: text, path: path, checkPaths: checkPaths)
    }

    /// Reads a config file's `text`, located as `path` (the folder of `path` resolves relative paths).
    public static func read(text: String, path: String, checkPaths: Bool = true) -> Result {
        let root: YAMLNode
        do throws(Diagnostic) {
            root = try DocumentParser.parse(bytes: Array(text.utf8), file: path)
        } catch {
            return Result(config: nil, diagnostics: [error], renderer: renderer(path, text))
        }
        var parser = ConfigParser(
            directory: (path as NSString).deletingLastPathComponent, checkPaths: checkPaths)
        let config = parser.config(root, path: path)
        return Result(config: config, diagnostics: parser.diagnostics, renderer: renderer(path, text))
    }

    private static func renderer(_ path: String, _ text: String) -> DiagnosticRenderer {
        DiagnosticRenderer { $0 == path ? text : nil }
    }
}

/// The walk over a config file's tree: typed readers that report a located error, prefixed with the key path,
/// for anything unexpected.
struct ConfigParser {
    /// The config file's folder, as given ("" for the current folder).
    let directory: String
    let checkPaths: Bool
    var diagnostics: [Diagnostic] = []

    init(directory: String, checkPaths: Bool) {
        self.directory = directory
        self.checkPaths = checkPaths
    }

    mutating func config(_ root: YAMLNode, path: String) -> GeneratorConfig {
        var config = GeneratorConfig(path: path)
        for entry in entries(root, path: "", known: ConfigReader.topLevelKeys) {
            let key = entry.key.value
            let value = entry.value
            switch key {
            case "spec": config.spec = file(value, path: key, kind: .file)
            case "output": config.output = file(value, path: key, kind: nil)
            case "package-name": config.packageName = packageName(value, path: key)
            case "module-name": config.moduleName = identifier(value, path: key)
            case "modes": config.modes = modes(value, path: key)
            case "access-level": config.accessLevel = choice(value, path: key, what: "access level")
            case "templates": config.templates = file(value, path: key, kind: .folder)
            case "loader": config.loader = loader(value, path: key)
            case "filters": config.filters = filters(value, path: key)
            case "naming": config.naming = naming(value, path: key)
            default: config.typeOverrides = typeOverrides(value, path: key)
            }
        }
        return config
    }

    // MARK: - Sections

    mutating func loader(_ node: YAMLNode, path: String) -> GeneratorConfig.LoaderSettings {
        var settings = GeneratorConfig.LoaderSettings()
        for entry in entries(node, path: path, known: ["root", "allow-outside-root", "unknown-key-warnings"]) {
            let key = child(path, entry.key.value)
            switch entry.key.value {
            case "root": settings.root = file(entry.value, path: key, kind: .folder)
            case "allow-outside-root": settings.allowOutsideRoot = bool(entry.value, path: key)
            default: settings.unknownKeyWarnings = bool(entry.value, path: key)
            }
        }
        return settings
    }

    mutating func filters(_ node: YAMLNode, path: String) -> GeneratorConfig.OperationFilters {
        var filters = GeneratorConfig.OperationFilters()
        for entry in entries(node, path: path, known: ["include", "exclude"]) {
            let key = child(path, entry.key.value)
            var set = GeneratorConfig.FilterSet()
            for item in entries(entry.value, path: key, known: ["tags", "operation-ids", "paths"]) {
                let itemKey = child(key, item.key.value)
                let values = strings(item.value, path: itemKey)
                switch item.key.value {
                case "tags": set.tags = values
                case "operation-ids": set.operationIDs = values
                default:
                    set.paths = values
                    for value in values where !value.value.hasPrefix("/") {
                        error(itemKey, "expected a path starting with '/', found '\(value.value)'", at: value.location)
                    }
                }
            }
            if entry.key.value == "include" { filters.include = set } else { filters.exclude = set }
        }
        return filters
    }

    mutating func naming(_ node: YAMLNode, path: String) -> GeneratorConfig.NamingOverrides {
        var naming = GeneratorConfig.NamingOverrides()
        for entry in entries(node, path: path, known: ["schemas", "properties", "operations"]) {
            let key = child(path, entry.key.value)
            var renames: [Located<GeneratorConfig.Rename>] = []
            for item in entries(entry.value, path: key, known: nil) {
                let itemKey = child(key, item.key.value)
                if entry.key.value == "properties", !item.key.value.contains(".") {
                    error(
                        itemKey, "expected 'Schema.property', found '\(item.key.value)'", at: item.key.location)
                    continue
                }
                guard let name = identifier(item.value, path: itemKey) else { continue }
                renames.append(
                    Located(.init(original: item.key.value, swiftName: name.value), at: item.key.location))
            }
            switch entry.key.value {
            case "schemas": naming.schemas = renames
            case "properties": naming.properties = renames
            default: naming.operations = renames
            }
        }
        return naming
    }

    mutating func typeOverrides(_ node: YAMLNode, path: String) -> GeneratorConfig.TypeOverrides {
        var overrides = GeneratorConfig.TypeOverrides()
        for entry in entries(node, path: path, known: ["formats", "schemas"]) {
            let key = child(path, entry.key.value)
            var list: [Located<GeneratorConfig.TypeOverride>] = []
            for item in entries(entry.value, path: key, known: nil) {
                if let override = typeOverride(item, path: child(key, item.key.value)) { list.append(override) }
            }
            if entry.key.value == "formats" { overrides.formats = list } else { overrides.schemas = list }
        }
        return overrides
    }

    /// `Name: Type` or `Name: {type: Type, import: Module}`.
    mutating func typeOverride(
        _ entry: YAMLMapping.Entry, path: String
    ) -> Located<GeneratorConfig.TypeOverride>? {
        var typeNode: YAMLNode?
        var module: String?
        var typePath = path
        if case .mapping = entry.value {
            for item in entries(entry.value, path: path, known: ["type", "import"]) {
                if item.key.value == "type" {
                    typeNode = item.value
                    typePath = child(path, "type")
                } else {
                    module = identifier(item.value, path: child(path, "import"))?.value
                }
            }
            guard typeNode != nil else {
                error(path, "missing key 'type'", at: entry.value.location)
                return nil
            }
        } else {
            typeNode = entry.value
        }
        guard let typeNode, let type = string(typeNode, path: typePath) else { return nil }
        guard PackageGenerator.isTypeExpression(type.value) else {
            error(typePath, "expected a Swift type name such as 'Decimal', found '\(type.value)'", at: type.location)
            return nil
        }
        return Located(.init(name: entry.key.value, type: type.value, module: module), at: entry.key.location)
    }

    // MARK: - Values

    mutating func modes(_ node: YAMLNode, path: String) -> Located<[GenerationMode]>? {
        guard case .sequence(let sequence) = node else {
            wrongType(node, expected: "a sequence of modes", path: path)
            return nil
        }
        var modes: [GenerationMode] = []
        for (index, item) in sequence.items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard let mode: Located<GenerationMode> = choice(item, path: itemPath, what: "mode") else { continue }
            if modes.contains(mode.value) {
                error(itemPath, "the mode '\(mode.value.rawValue)' is listed twice", at: mode.location)
            } else {
                modes.append(mode.value)
            }
        }
        if sequence.items.isEmpty { error(path, "expected at least one mode", at: node.location) }
        return Located(modes, at: node.location)
    }

    /// A string that must be one of `Choice`'s raw values.
    mutating func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
        _ node: YAMLNode, path: String, what: String
    ) -> Located<Choice>? where Choice.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        if let value = Choice(rawValue: text.value) { return Located(value, at: text.location) }
        let names = Choice.allCases.map(\.rawValue)
        var message = "unknown \(what) '\(text.value)'"
        if let suggestion = Suggestion.closest(to: text.value, in: names) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += "; expected one of: \(names.joined(separator: ", "))"
        }
        error(path, message, at: text.location)
        return nil
    }

    mutating func identifier(_ node: YAMLNode, path: String) -> Located<String>? {
        guard let text = string(node, path: path) else { return nil }
        guard PackageGenerator.isIdentifier(text.value) else {
            error(
                path, "'\(text.value)' is not a Swift identifier (letters, digits and '_', not starting with a digit)",
                at: text.location)
            return nil
        }
        return text
    }

    mutating func packageName(_ node: YAMLNode, path: String) -> Located<String>? {
        guard let text = string(node, path: path) else { return nil }
        guard !text.value.contains(where: { $0 == "\"" || $0 == "\\" || $0.isNewline }) else {
            error(path, "a package name cannot hold quotes, backslashes or line breaks", at: text.location)
            return nil
        }
        return text
    }

    enum PathKind {
        case file, folder
    }

    /// A path, resolved against the config file's folder; when `kind` is set and paths are checked, it must exist
    /// and be a file or a folder.
    mutating func file(_ node: YAMLNode, path: String, kind: PathKind?) -> Located<String>? {
        guard let text = string(node, path: path) else { return nil }
        let resolved = resolve(text.value)
        if checkPaths, let kind {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder)
            let noun = kind == .file ? "file" : "folder"
            if !exists {
                error(path, "no \(noun) at '\(text.value)' (relative to the config file's folder)", at: text.location)
            } else if isFolder.boolValue != (kind == .folder) {
                error(path, "'\(text.value)' is not a \(noun)", at: text.location)
            }
        }
        return Located(resolved, at: text.location)
    }

    /// `path` relative to the config file's folder (`.` is the folder itself).
    func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/"), !directory.isEmpty, directory != "." else { return path }
        return path == "." ? directory : directory + "/" + path
    }

    mutating func strings(_ node: YAMLNode, path: String) -> [Located<String>] {
        guard case .sequence(let sequence) = node else {
            wrongType(node, expected: "a sequence of strings", path: path)
            return []
        }
        return sequence.items.enumerated().compactMap { string($1, path: "\(path)[\($0)]") }
    }

    mutating func string(_ node: YAMLNode, path: String) -> Located<String>? {
        guard case .scalar(let scalar) = node, scalar.kind == .string else {
            wrongType(node, expected: "a string", path: path)
            return nil
        }
        guard !scalar.value.isEmpty else {
            error(path, "expected a non-empty string", at: scalar.location)
            return nil
        }
        return Located(scalar.value, at: scalar.location)
    }

    mutating func bool(_ node: YAMLNode, path: String) -> Located<Bool>? {
        guard case .scalar(let scalar) = node, let value = scalar.boolValue else {
            wrongType(node, expected: "true or false", path: path)
            return nil
        }
        return Located(value, at: scalar.location)
    }

    /// The entries of a mapping; keys outside `known` (when given) are reported with a suggestion.
    mutating func entries(_ node: YAMLNode, path: String, known: [String]?) -> [YAMLMapping.Entry] {
        guard case .mapping(let mapping) = node else {
            wrongType(node, expected: "a mapping", path: path)
            return []
        }
        guard let known else { return mapping.entries }
        var result: [YAMLMapping.Entry] = []
        for entry in mapping.entries {
            if known.contains(entry.key.value) {
                result.append(entry)
                continue
            }
            var message = "unknown key '\(entry.key.value)'"
            if let suggestion = Suggestion.closest(to: entry.key.value, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; expected one of: \(known.joined(separator: ", "))"
            }
            error(path, message, at: entry.key.location)
        }
        return result
    }

    // MARK: - Reporting

    func child(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    mutating func wrongType(_ node: YAMLNode, expected: String, path: String) {
        var found = node.kindDescription
        if case .scalar(let scalar) = node, scalar.kind != .null { found += " '\(scalar.value)'" }
        error(path, "expected \(expected), found \(found)", at: node.location)
    }

    mutating func error(_ path: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(.error(path.isEmpty ? message : "\(path): \(message)", at: location))
    }
}
