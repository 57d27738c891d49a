import Foundation

/// Runs work that recurses once per level of a spec's nesting on a thread with a large stack.
///
/// The parsers bound nesting (512 levels), but reading a schema that deep recurses through several frames per
/// level; a debug build or a secondary thread (512 KiB on Apple platforms) would run out of stack. The stack is
/// reserved address space, not memory in use.
public enum LargeStack {
    /// The stack size used by `run`: 512 MiB of address space.
    public static let size = 512 << 20

    /// Runs `body` on a new thread with a `size`-byte stack and returns its result.
    public static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        guard let value = box.value else { preconditionFailure("the large-stack thread returned no result") }
        return value
    }
}

/// Carries a result from the worker thread; the semaphore orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
