import ArgumentParser
import Foundation
import GeneratorCore
import OpenAPILoader
import SpecDiagnostics

extension GenerateCommand {
    /// The generator's options: the config file's settings (when one is read), overridden by every option given.
    /// - Throws: `ExitCode(1)` after printing the config file's errors; a `ValidationError` (exit 64) when no spec or
    ///   output is given anywhere.
    /// - Returns: The options, and the config file's path when one was read.
    func resolvedOptions() throws -> (PackageGenerator.Options, String?) {
        var settings: GeneratorConfig?
        var configPath: String?
        if config != nil || spec == nil {
            let path = config ?? GeneratorConfig.defaultFileName
            if config == nil, !FileManager.default.fileExists(atPath: path) {
                throw ValidationError(
                    "Missing SPEC: give one, or create \(path) with `openapi-swift config init SPEC`.")
            }
            settings = try readConfig(at: path)
            configPath = path
        }
        guard let specPath = spec ?? settings?.spec?.value else {
            throw ValidationError(
                "Missing SPEC: give one, or set 'spec' in \(config ?? GeneratorConfig.defaultFileName).")
        }
        guard let outputPath = output ?? settings?.output?.value else {
            throw ValidationError("Missing --output DIR (or 'output' in the config file).")
        }
        let level = accessLevel ?? settings?.accessLevel?.value ?? .public
        let modes = mode.isEmpty ? settings?.modes?.value ?? [.models] : mode
        if accessLevel != nil, let conflict = level.conflict(with: modes) {
            throw ValidationError("--access-level \(level.rawValue): \(conflict).")
        }
        let loader = LoaderOptions(
            rootDirectory: root ?? settings?.loader.root?.value,
            allowReferencesOutsideRoot: allowOutsideRoot ?? settings?.loader.allowOutsideRoot?.value ?? false,
            warnAboutUnknownKeys: unknownKeyWarnings ?? settings?.loader.unknownKeyWarnings?.value ?? true)
        // With a config file, headers quote the spec relative to the file's folder, wherever generate runs.
        let headerBase = settings.map {
            URL(fileURLWithPath: ($0.path as NSString).deletingLastPathComponent).standardizedFileURL.path
        }
        var options = PackageGenerator.Options(
            specPath: specPath, outputDirectory: outputPath, moduleName: moduleName ?? settings?.moduleName?.value,
            templatesDirectory: templates ?? settings?.templates?.value, loaderOptions: loader, modes: Set(modes),
            packageName: packageName ?? settings?.packageName?.value, headerBase: headerBase, force: force)
        options.filter = filters.filter(over: settings?.filters.operationFilter ?? OperationFilter())
        options.schemaTypeOverrides =
            typeOverrides.isEmpty
            ? settings?.typeOverrides.schemaOverrides ?? [] : try typeOverrides.map(Self.typeOverride)
        options.formatTypeOverrides =
            formatOverrides.isEmpty
            ? settings?.typeOverrides.formatOverrides ?? [] : try formatOverrides.map(Self.formatOverride)
        options.accessLevel = level
        let naming = settings?.naming.renames ?? PackageGenerator.Naming()
        options.naming = PackageGenerator.Naming(
            schemas: renameSchemas.isEmpty
                ? naming.schemas : try renameSchemas.map { try Self.rename($0, option: "--rename-schema") },
            properties: renameProperties.isEmpty
                ? naming.properties : try renameProperties.map { try Self.rename($0, option: "--rename-property") },
            operations: renameOperations.isEmpty
                ? naming.operations : try renameOperations.map { try Self.rename($0, option: "--rename-operation") })
        options.regeneration = regeneration(configPath: settings?.path, options: options)
        return (options, configPath)
    }

    /// The command the package's README names: `generate` beside the config file, or the spec and options that
    /// change the output (the output folder left as a placeholder, so that the README does not depend on it).
    private func regeneration(configPath: String?, options: PackageGenerator.Options) -> PackageGenerator.Regeneration {
        if let configPath {
            let name = (configPath as NSString).lastPathComponent
            let command = name == GeneratorConfig.defaultFileName ? "" : " --config " + name
            return .init(command: "openapi-swift generate" + command, folder: "the folder that holds `\(name)`")
        }
        var arguments = ["openapi-swift", "generate", PackageGenerator.headerPath(for: options.specPath)]
        arguments += GenerationMode.allCases.filter(options.modes.contains).flatMap { ["--mode", $0.rawValue] }
        if let moduleName { arguments += ["--module-name", moduleName] }
        if let packageName { arguments += ["--package-name", packageName] }
        if options.accessLevel != .public { arguments += ["--access-level", options.accessLevel.rawValue] }
        if let templates { arguments += ["--templates", templates] }
        for selection in [options.filter.include, options.filter.exclude] {
            for entry in selection.tags + selection.operationIDs + selection.paths {
                arguments += [entry.label, entry.value]
            }
        }
        let renames = [
            ("--rename-schema", options.naming.schemas), ("--rename-property", options.naming.properties),
            ("--rename-operation", options.naming.operations),
        ]
        for (option, list) in renames {
            for rename in list { arguments += [option, rename.original + "=" + rename.swiftName] }
        }
        arguments += ["--output", "<this folder>"]
        return .init(command: arguments.joined(separator: " "), folder: nil)
    }

    /// A `--type-override NAME=TYPE[:MODULE]` value.
    static func typeOverride(_ text: String) throws -> PackageGenerator.SchemaTypeOverride {
        let (name, type, module) = try overrideParts(text, option: "--type-override", key: "NAME")
        return .init(schema: name, type: type, module: module, label: "--type-override \(name)", location: nil)
    }

    /// A `--format-override FORMAT=TYPE[:MODULE]` value.
    static func formatOverride(_ text: String) throws -> PackageGenerator.FormatTypeOverride {
        let (format, type, module) = try overrideParts(text, option: "--format-override", key: "FORMAT")
        return .init(format: format, type: type, module: module, label: "--format-override \(format)", location: nil)
    }

    /// The parts of a `KEY=TYPE[:MODULE]` value.
    private static func overrideParts(
        _ text: String, option: String, key: String
    ) throws -> (String, String, String?) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let typeParts = parts.count == 2 ? parts[1].split(separator: ":").map(String.init) : []
        guard parts.count == 2, !parts[0].isEmpty, (1...2).contains(typeParts.count),
            typeParts.allSatisfy({ !$0.isEmpty })
        else {
            throw ValidationError("\(option) takes \(key)=TYPE or \(key)=TYPE:MODULE, not '\(text)'.")
        }
        return (parts[0], typeParts[0], typeParts.count == 2 ? typeParts[1] : nil)
    }

    /// A `--rename-* ORIGINAL=NAME` value (split at the last `=`).
    static func rename(_ text: String, option: String) throws -> PackageGenerator.Rename {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex,
            text.index(after: equals) != text.endIndex
        else {
            let original = option == "--rename-property" ? "Schema.property" : "ORIGINAL"
            throw ValidationError("\(option) takes \(original)=NAME, not '\(text)'.")
        }
        let original = String(text[..<equals])
        if option == "--rename-property", !original.contains(".") {
            throw ValidationError("--rename-property takes Schema.property=NAME, not '\(text)'.")
        }
        return .init(
            original: original, swiftName: String(text[text.index(after: equals)...]),
            label: "\(option) \(original)", location: nil)
    }

    /// Reads the config file, printing its diagnostics.
    private func readConfig(at path: String) throws -> GeneratorConfig {
        let result = ConfigReader.read(path: path)
        var diagnostics = result.diagnostics
        if let settings = result.config {
            let modes = mode.isEmpty ? settings.modes?.value ?? [.models] : mode
            if accessLevel == nil, let level = settings.accessLevel, let conflict = level.value.conflict(with: modes) {
                diagnostics.append(.error("access-level: \(conflict)", at: level.location))
            }
        }
        let failed = diagnostics.contains { $0.severity == .error }
        if !diagnostics.isEmpty {
            DiagnosticPrinter(renderer: result.renderer, showWarnings: !quiet).print(diagnostics)
        }
        guard let settings = result.config, !failed else { throw ExitCode(1) }
        return settings
    }
}
