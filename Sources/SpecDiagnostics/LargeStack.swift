import Foundation

/// Runs work that recurses once per level of a spec's nesting on a thread with a large stack.
///
/// The parsers bound nesting (512 levels), but reading a schema that deep recurses through several frames per
/// level; a debug build or a secondary thread (512 KiB on Apple platforms) would run out of stack. One worker
/// thread, started on first use and kept for the life of the process, runs the work: its stack is reserved
/// address space, not memory in use, and its warm heap keeps repeated loads fast. Calls from several threads
/// take turns; a call made from the worker itself runs inline.
public enum LargeStack {
    /// The worker's stack size: 512 MiB of address space.
    public static let size = 512 << 20

    /// Runs `body` on the large-stack worker and returns its result.
    public static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        if Thread.current.threadDictionary[LargeStackWorker.marker] != nil { return body() }
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        LargeStackWorker.shared.submit {
            box.value = body()
            done.signal()
        }
        done.wait()
        guard let value = box.value else { preconditionFailure("the large-stack worker returned no result") }
        return value
    }
}

/// The thread behind `LargeStack`: it waits for jobs and runs them in order.
private final class LargeStackWorker: @unchecked Sendable {
    static let shared = LargeStackWorker()
    static let marker = "openapi-swift.large-stack-worker"

    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []

    private init() {
        let thread = Thread { [unowned self] in
            Thread.current.threadDictionary[Self.marker] = true
            self.loop()
        }
        thread.name = "openapi-swift large stack"
        thread.stackSize = LargeStack.size
        thread.start()
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func loop() -> Never {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}

/// Carries a result from the worker thread; the semaphore orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
