import Foundation

/// Runs independent jobs on every core, each thread with a large stack, and returns their results in order.
///
/// Rendering one generated file never depends on another, so the files of a package are rendered side by side.
/// The threads are started per call (a few microseconds each, against milliseconds of work) with a stack large
/// enough for the deepest nesting a spec may have, which a dispatch worker thread (512 KiB on Apple platforms)
/// would not guarantee.
enum ParallelWork {
    /// Each worker thread's stack: 64 MiB of address space.
    static let stackSize = 64 << 20

    /// `transform` applied to every element of `elements`, on up to `threads` threads (the number of active cores
    /// by default); the results keep the order of `elements`.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let workers = max(1, min(threads, elements.count))
        guard workers > 1 else { return elements.map(transform) }
        let state = SharedState<Result>(count: elements.count)
        let finished = DispatchGroup()
        for _ in 0..<workers {
            finished.enter()
            let thread = Thread {
                while let index = state.nextIndex() {
                    state.store(transform(elements[index]), at: index)
                }
                finished.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        finished.wait()
        return state.results()
    }
}

/// The next job to take and the results so far, shared by the worker threads under a lock.
private final class SharedState<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The index of the next job, or nil when every job has been taken.
    func nextIndex() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Records the result of job `index`.
    func store(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    /// Every result, in job order (every job must have finished).
    func results() -> [Result] {
        lock.withLock { slots.map { $0! } }
    }
}
