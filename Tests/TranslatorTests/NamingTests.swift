import Testing

@testable import Translator

@Suite("Swift names")
struct NamingTests {
    @Test(
        "type names",
        arguments: [
            ("pet", "Pet"), ("pet_store", "PetStore"), ("PetStore", "PetStore"), ("petStore", "PetStore"),
            ("user-id", "UserID"), ("userId", "UserID"), ("HTTPRequest", "HTTPRequest"),
            ("http_request", "HTTPRequest"),
            ("url_value", "URLValue"), ("XMLHttpRequest", "XMLHTTPRequest"), ("ISO8601Date", "Iso8601Date"),
            ("PET_NAME", "PetName"), ("Round robin", "RoundRobin"), ("away-and-reassigning", "AwayAndReassigning"),
            ("1st place", "_1stPlace"), ("2fa", "_2fa"), ("v2", "V2"), ("base64Encoded", "Base64Encoded"),
            ("type", "Type_"), ("Type", "Type_"), ("self", "Self_"), ("Self", "Self_"), ("protocol", "Protocol_"),
            ("any", "Any_"), ("CodingKeys", "CodingKeys_"), ("JSONValue", "JSONValue_"), ("json_value", "JSONValue_"),
            ("Error", "Error"), ("Data", "Data"), ("URL", "URL"), ("UUID", "UUID"), ("String", "String"),
            ("class", "Class"), ("default", "Default"), ("", "_Empty"), ("*", "Asterisk"), ("+1", "Plus1"),
            ("-1", "Minus1"), ("$ref", "Ref"), ("@type", "Type_"), ("Größe", "Größe"), ("user IDs", "UserIDs"),
            ("imageURLs", "ImageURLs"), ("IDsAndNames", "IDsAndNames"), ("ipv4_address", "IPv4Address"),
            ("pet🐶name", "PetName"), ("🐶", "U1f436"), ("1.5", "_1_5"), ("v1.2", "V1_2"), ("_links", "Links"),
            ("Pet.Owner", "PetOwner"), ("a/b/c", "ABC"),
        ])
    func typeNames(raw: String, expected: String) {
        #expect(SwiftName.typeName(raw) == expected, "\(raw)")
    }

    @Test(
        "member names",
        arguments: [
            ("pet", "pet"), ("Pet", "pet"), ("pet_name", "petName"), ("PetName", "petName"), ("user_id", "userID"),
            ("userId", "userID"), ("id", "id"), ("ID", "id"), ("id_token", "idToken"), ("URLString", "urlString"),
            ("url", "url"), ("URLs", "urls"), ("image_urls", "imageURLs"), ("HTTPStatus", "httpStatus"),
            ("Round robin", "roundRobin"), ("away-and-reassigning", "awayAndReassigning"), ("first name", "firstName"),
            ("USER_NAME", "userName"), ("default", "`default`"), ("self", "`self`"), ("Self", "`self`"),
            ("init", "`init`"), ("class", "`class`"), ("protocol", "`protocol`"), ("Type", "type"), ("type", "type"),
            ("any", "any"), ("get", "get"), ("some", "some"), ("1st", "_1st"), ("123", "_123"), ("", "_empty"),
            ("*", "asterisk"), ("_", "underscore"), ("$", "dollar"), ("@", "at"), (">=", "greaterThanEquals"),
            ("+1", "plus1"), ("-1", "minus1"), (" -1", "minus1"), ("a-1", "a1"), ("$ref", "ref"), ("@id", "id"),
            ("__proto__", "proto"), ("x-amz-date", "xAmzDate"), ("Content-Type", "contentType"),
            ("IPAddress", "ipAddress"), ("iOS", "iOS"), ("café", "café"), ("名前", "名前"), ("2.0", "_2_0"),
        ])
    func memberNames(raw: String, expected: String) {
        #expect(SwiftName.memberName(raw) == expected, "\(raw)")
    }

    @Test(
        "enum case names",
        arguments: [
            ("available", "available"), ("PENDING", "pending"), ("in_progress", "inProgress"), ("", "_empty"),
            ("*", "asterisk"), ("+1", "plus1"), ("-1", "minus1"), ("0", "_0"), ("1.0", "_1_0"),
            ("default", "`default`"),
            ("none", "none"), ("Round robin", "roundRobin"), ("away-and-reassigning", "awayAndReassigning"),
            ("application/json", "applicationJSON"), ("text/plain; charset=utf-8", "textPlainCharsetUtf8"),
        ])
    func enumCaseNames(raw: String, expected: String) {
        #expect(SwiftName.enumCaseName(raw) == expected, "\(raw)")
    }

    @Test(
        "word splitting",
        arguments: [
            ("userID", ["user", "id"]), ("HTTPServerURLs", ["http", "server", "urls"]), ("a--b__c", ["a", "b", "c"]),
            ("ISO8601Date", ["iso8601", "date"]), ("", []), ("***", []),
        ])
    func words(raw: String, expected: [String]) {
        #expect(NameWords.split(raw) == expected)
    }

    @Test("keywords, reserved and standard type names")
    func predicates() {
        #expect(SwiftName.isKeyword("default"))
        #expect(!SwiftName.isKeyword("get"))
        #expect(SwiftName.escapedIfKeyword("while") == "`while`")
        #expect(SwiftName.isReservedTypeName("Type"))
        #expect(!SwiftName.isReservedTypeName("Data"))
        #expect(SwiftName.shadowsStandardType("Data"))
        #expect(!SwiftName.shadowsStandardType("Pet"))
    }

    @Test("every generated name is a valid identifier", arguments: ["", " ", "*", "-", "9", "😀", "a b", "\u{0}"])
    func validIdentifiers(raw: String) {
        for name in [SwiftName.typeName(raw), SwiftName.memberName(raw)] {
            let bare = name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
            #expect(bare.first.map { $0 == "_" || $0.isLetter } == true, "\(name)")
            #expect(bare.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }, "\(name)")
        }
    }
}

@Suite("Unique names")
struct UniqueNamerTests {
    @Test("first come keeps the name; later ones are numbered and reported")
    func numbering() {
        var namer = UniqueNamer()
        #expect(namer.claim("pet") == .init(name: "pet", collision: nil))
        #expect(namer.claim("pet") == .init(name: "pet2", collision: .init(requested: "pet", assigned: "pet2")))
        #expect(namer.claim("pet").name == "pet3")
        #expect(namer.claim("pet2").name == "pet22")
        #expect(namer.isTaken("pet3"))
    }

    @Test("backticks are ignored for comparison and dropped from numbered names")
    func keywords() {
        var namer = UniqueNamer()
        #expect(namer.claim("`default`").name == "`default`")
        #expect(namer.claim("default").name == "default2")
    }

    @Test("reserved names and case-insensitive scopes")
    func reserved() {
        var namer = UniqueNamer(reserved: ["CodingKeys"], caseInsensitive: true)
        #expect(namer.claim("CodingKeys").name == "CodingKeys2")
        #expect(namer.claim("Pet").name == "Pet")
        #expect(namer.claim("PET") == .init(name: "PET2", collision: .init(requested: "PET", assigned: "PET2")))
    }

    @Test("names from a spec: distinct raw names that map to one Swift name")
    func specNames() {
        var namer = UniqueNamer()
        let names = ["user_id", "userId", "UserID", "user-id"].map { namer.claim(SwiftName.memberName($0)).name }
        #expect(names == ["userID", "userID2", "userID3", "userID4"])
    }
}
