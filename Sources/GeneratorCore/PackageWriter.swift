import Foundation
import SpecDiagnostics

extension PackageGenerator {
    /// Trailing spaces removed from every line, no blank lines at the end, and exactly one final newline.
    static func tidy(_ text: String) -> String {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 1)
        // Where the current line's trailing spaces and tabs start, if it ends with any so far.
        var trailingStart: Int?
        for byte in text.utf8 {
            switch byte {
            case space, tab:
                if trailingStart == nil { trailingStart = output.count }
                output.append(byte)
            case newline:
                if let start = trailingStart { output.removeSubrange(start...) }
                trailingStart = nil
                output.append(byte)
            default:
                trailingStart = nil
                output.append(byte)
            }
        }
        if let start = trailingStart { output.removeSubrange(start...) }
        while output.last == newline { output.removeLast() }
        output.append(newline)
        return String(decoding: output, as: UTF8.self)
    }
}
