import Foundation
public import SpecDiagnostics

extension TemplateLibrary {
    /// Checks every template: parse errors everywhere, unknown names from each entry point through its partials,
    /// and a warning for each template that no entry point reaches (it was only parsed).
    /// - Parameter entryPoints: The templates the generator renders directly, with their root context types.
    /// - Returns: The problems found, entry points in name order first, then unreached templates.
    public func checkAll(entryPoints: [String: any TemplateContext.Type]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var checker = TemplateChecker(templates: templates, globalsType: globals.map { type(of: $0) })
        for name in entryPoints.keys.sorted() {
            guard let contextType = entryPoints[name] else { continue }
            guard templates[name] != nil else {
                diagnostics.append(.error("the generator renders template '\(name)', which does not exist", at: nil))
                continue
            }
            for problem in check(name, contextType: contextType) where !diagnostics.contains(problem) {
                diagnostics.append(problem)
            }
            checker.check(name, contextType: contextType)
        }
        for name in names where !checker.reached.contains(name) {
            guard let template = templates[name] else { continue }
            if let problem = template.problem, !diagnostics.contains(problem) {
                diagnostics.append(problem)
            } else {
                diagnostics.append(
                    .warning(
                        "template '\(name)' is not rendered by the generator nor included by a template that is",
                        at: SourceLocation(file: template.path, line: 1, column: 1)))
            }
        }
        return diagnostics
    }

    /// Checks the built-in templates overlaid by the user folder `directory`, for `templates check DIR`.
    /// - Returns: The problems of ``checkAll(entryPoints:)``, or the one that stopped the folder from loading.
    public static func check(
        directory: String, entryPoints: [String: any TemplateContext.Type],
        builtins: [String: String] = BuiltinTemplates.sources, globals: (any TemplateContext)? = nil
    ) -> [Diagnostic] {
        do {
            return try TemplateLibrary(builtins: builtins, overrideDirectory: directory, globals: globals).checkAll(
                entryPoints: entryPoints)
        } catch {
            return [error]
        }
    }

    /// Copies the built-in template `name` to `directory/<name>.mustache`, creating folders as needed, so the user
    /// can edit it as an override.
    /// - Parameters:
    ///   - name: A built-in template name, such as `models/struct`.
    ///   - directory: The user's templates folder.
    ///   - force: Whether to replace an existing file.
    /// - Returns: The path of the written file.
    /// - Throws: A diagnostic when the name is not a built-in or is not a plain relative name, when the file
    ///   exists and `force` is false, or when writing fails.
    @discardableResult
    public func eject(name: String, to directory: String, force: Bool = false) throws(Diagnostic) -> String {
        guard TemplateFolder.isValidName(name), !name.hasPrefix("/") else {
            throw .error("'\(name)' is not a template name; names are relative, like 'models/struct'", at: nil)
        }
        guard let text = builtins[name] else {
            throw .error(
                "there is no built-in template '\(name)' (built-ins: \(builtins.keys.sorted().joined(separator: ", ")))",
                at: nil)
        }
        let file = URL(fileURLWithPath: directory).appendingPathComponent(name + ".mustache")
        let shownPath = (directory.hasSuffix("/") ? directory : directory + "/") + name + ".mustache"
        if FileManager.default.fileExists(atPath: file.path), !force {
            throw .error("'\(shownPath)' already exists; pass --force to replace it", at: nil)
        }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            throw .error("cannot write '\(shownPath)': \(error.localizedDescription)", at: nil)
        }
        return shownPath
    }
}
