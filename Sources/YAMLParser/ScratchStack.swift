/// A stack of elements shared by every open collection of the tree builder: a collection's children are
/// appended at the top while it is open and moved, in one piece, into an array of exactly their count when it
/// closes. Each collection so costs one allocation, instead of one for every time its array would grow.
final class ScratchStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements on the stack.
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Pushes an element.
    func append(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The element at `index` (below `count`).
    subscript(index: Int) -> Element {
        storage[index]
    }

    /// Moves the elements from `start` to the top into a new array, leaving `start` elements on the stack.
    func moveToArray(from start: Int) -> [Element] {
        let moved = count - start
        let result = [Element](unsafeUninitializedCapacity: moved) { buffer, initialized in
            if moved > 0 { buffer.baseAddress!.moveInitialize(from: storage + start, count: moved) }
            initialized = moved
        }
        count = start
        return result
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newStorage = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newStorage.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
