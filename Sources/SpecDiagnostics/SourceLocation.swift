import Foundation

/// A position in a source file: the file's path as the user named it (or as resolved relative to the
/// root spec), and a 1-based line and column. Columns count Unicode scalars, as libyaml does.
///
/// Every node of a parsed spec carries one, so it is kept small and free of reference counting: the path is
/// interned once per file as a `SourceFileID`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The interned file path.
    public var fileID: SourceFileID
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// Creates a location from a file path and 1-based line and column numbers.
    public init(file: String, line: Int, column: Int) {
        self.init(fileID: SourceFileID(file), line: line, column: column)
    }

    /// Creates a location in an already interned file (the parsers' fast path).
    public init(fileID: SourceFileID, line: Int, column: Int) {
        self.fileID = fileID
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The file's path, relative to the working directory when the user gave a relative path.
    public var file: String { fileID.path }

    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The 1-based column number, counted in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders locations by file path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileID != rhs.fileID { return lhs.file < rhs.file }
        return (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}

/// A file path interned for the life of the process: equal paths get equal IDs, and copying one costs nothing.
public struct SourceFileID: Hashable, Sendable {
    private let index: UInt32

    /// Interns `path`.
    public init(_ path: String) {
        index = SourceFileTable.shared.intern(path)
    }

    /// The path this ID stands for.
    public var path: String { SourceFileTable.shared.path(at: index) }
}

/// The process-wide table behind `SourceFileID`.
private final class SourceFileTable: @unchecked Sendable {
    static let shared = SourceFileTable()

    private let lock = NSLock()
    private var paths: [String] = []
    private var indices: [String: UInt32] = [:]

    func intern(_ path: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let index = indices[path] { return index }
        let index = UInt32(paths.count)
        paths.append(path)
        indices[path] = index
        return index
    }

    func path(at index: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return paths[Int(index)]
    }
}
