import SpecDiagnostics

/// The checks and plumbing every parser entry point shares.
enum ByteBuffer {
    /// Runs `body` over the bytes of `bytes`, keeping them alive for the call, and rethrows its diagnostic.
    static func withBuffer<Result>(
        _ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> Result
    ) throws(Diagnostic) -> Result {
        let outcome: Swift.Result<Result, Diagnostic> = bytes.withUnsafeBufferPointer { buffer in
            do throws(Diagnostic) {
                return .success(try body(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Throws when a file is larger than the limit allows.
    static func checkSize(_ buffer: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) throws(Diagnostic) {
        if buffer.count > limits.maxFileBytes {
            throw .error(
                TextPosition.fileTooLargeMessage(size: buffer.count, limit: limits.maxFileBytes),
                at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
