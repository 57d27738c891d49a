import Foundation
import Testing

@testable import GeneratorCore

@Suite("Parallel work")
struct ParallelWorkTests {
    @Test("results keep the order of the inputs, whatever the number of threads")
    func order() {
        let inputs = Array(0..<2_000)
        for threads in [1, 2, 7, 64] {
            let results = ParallelWork.map(inputs, threads: threads) { value in
                // Uneven work, so that threads finish out of order.
                (0..<(value % 13) * 50).reduce(value) { sum, _ in sum &+ 1 } - (value % 13) * 50
            }
            #expect(results == inputs, "threads: \(threads)")
        }
        #expect(ParallelWork.map([Int](), threads: 4) { $0 }.isEmpty)
    }

    /// Recurses `level` times with a few hundred bytes of stack per frame.
    @Sendable static func depth(_ level: Int) -> Int {
        var padding = (level, level, level, level, level, level, level, level)
        withUnsafeMutableBytes(of: &padding) { _ in }
        return level == 0 ? 0 : 1 + depth(level - 1)
    }

    @Test("workers have a stack deep enough for deeply nested specs")
    func deepStack() {
        let depths = ParallelWork.map([20_000, 20_000], threads: 2) { Self.depth($0) }
        #expect(depths == [20_000, 20_000])
    }
}
