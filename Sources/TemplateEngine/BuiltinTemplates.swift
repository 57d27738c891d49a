/// The templates of the repository's `Templates/` folder, compiled into the binary.
///
/// `BuiltinTemplates+Generated.swift` holds their text; regenerate it with `Scripts/embed-templates.sh` after
/// editing a template (a test fails while it is out of date).
public enum BuiltinTemplates {}
