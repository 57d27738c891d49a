/// Remembers the Swift names made from spec names during one translation.
///
/// The translator asks for the same names many times (each property key in both passes, each type name every time
/// a type is used), and splitting a name into words is the costly part of naming.
final class NameCache {
    private var typeNames: [String: String] = [:]
    private var memberNames: [String: String] = [:]
    private var enumCaseNames: [String: String] = [:]

    /// ``SwiftName/typeName(_:)``, remembered.
    func typeName(_ raw: String) -> String {
        if let name = typeNames[raw] { return name }
        let name = SwiftName.typeName(raw)
        typeNames[raw] = name
        return name
    }

    /// ``SwiftName/memberName(_:)``, remembered.
    func memberName(_ raw: String) -> String {
        if let name = memberNames[raw] { return name }
        let name = SwiftName.memberName(raw)
        memberNames[raw] = name
        return name
    }

    /// ``SwiftName/enumCaseName(_:)``, remembered.
    func enumCaseName(_ raw: String) -> String {
        if let name = enumCaseNames[raw] { return name }
        let name = SwiftName.enumCaseName(raw)
        enumCaseNames[raw] = name
        return name
    }
}
