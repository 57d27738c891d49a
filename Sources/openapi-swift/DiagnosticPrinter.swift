import Foundation
import SpecDiagnostics

/// Writes diagnostics to standard error, with source snippets, and a count line when there are any.
struct DiagnosticPrinter {
    var renderer: DiagnosticRenderer
    var showWarnings: Bool

    func print(_ diagnostics: [Diagnostic]) {
        var errors = 0
        var warnings = 0
        var text = ""
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: break
            }
            if diagnostic.severity == .error || showWarnings {
                text += renderer.rendered(diagnostic) + "\n"
            }
        }
        if errors + warnings > 0 {
            text += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
