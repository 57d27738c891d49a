/// The acronyms that keep their capitals in generated names, following the Swift API Design Guidelines
/// ("acronyms and initialisms that commonly appear as all upper case … should be uniformly up- or down-cased").
///
/// A word that is one of these (or one of these followed by `s`, for plurals) is written in capitals
/// (`userID`, `HTTPRequest`, `imageURLs`) unless it starts a lowerCamelCase name, where it is all lowercase
/// (`urlString`, `idToken`). Other all-caps words are treated as ordinary words (`PET_NAME` → `PetName`).
///
/// The list: API, ASCII, CPU, CSS, CSV, DNS, FTP, GUID, HTML, HTTP, HTTPS, ID, IP, IPv4, IPv6, JSON, JWT, OS, PDF,
/// SDK, SQL, SSH, SSL, TCP, TLS, TTL, UDP, UI, URI, URL, UTC, UTF8, UTF16, UUID, XML, YAML.
enum Acronyms {
    /// How each acronym is written in capitals, by its lowercase form.
    static let spellings: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "API", "ASCII", "CPU", "CSS", "CSV", "DNS", "FTP", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "IPv4",
            "IPv6", "JSON", "JWT", "OS", "PDF", "SDK", "SQL", "SSH", "SSL", "TCP", "TLS", "TTL", "UDP", "UI", "URI",
            "URL", "UTC", "UTF8", "UTF16", "UUID", "XML", "YAML",
        ].map { ($0.lowercased(), $0) })

    /// `word` (lowercase) in capitals when it is an acronym or an acronym's plural (`ids` → `IDs`), else nil.
    static func capitalized(_ word: String) -> String? {
        if let spelling = spellings[word] { return spelling }
        if word.hasSuffix("s"), let spelling = spellings[String(word.dropLast())] { return spelling + "s" }
        return nil
    }
}
