/// Lexical path arithmetic for spec files: joining relative references and removing `.` and `..`.
enum FilePath {
    /// The folder part of a path (`a/b/c.yaml` → `a/b`, `c.yaml` → `.`).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `relative` joined to `base` (a folder) and normalised; absolute `relative` paths are normalised only.
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        if base == "." { return normalize(relative) }
        return normalize(base + "/" + relative)
    }

    /// Removes `.` segments, empty segments and `..` segments that follow a named one.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Whether `path` is `folder` itself or lies inside it (both absolute and normalised).
    static func isInside(_ path: String, folder: String) -> Bool {
        if folder == "/" { return true }
        return path == folder || path.hasPrefix(folder + "/")
    }
}
