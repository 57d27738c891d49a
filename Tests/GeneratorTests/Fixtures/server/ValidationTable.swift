// Compiled against the packages generated from validation-3.1.yaml and validation-3.0.yaml (ServerValidationTests):
// for each validation keyword and each position (a body property, a query parameter, a header), a valid request
// must reach the handler (204, the handler saw it) and an invalid one must be answered 400 with an
// application/problem+json body naming the JSON pointer (body) or the parameter (query, header) and the rule.
// Requests are sent raw through `InProcessTransport`, so that invalid values reach the server as written. Prints
// one `PASS`/`FAIL` line per (keyword, position) row (check, in Helpers.swift).
import Foundation
import ValidationLegacy
import ValidationLegacyServer
import ValidationTable
import ValidationTableServer

/// How many requests reached a handler.
actor Seen {
    var count = 0
    func record() { count += 1 }
}

struct Table: ValidationTableHandler {
    let seen: Seen

    func sendBody(_ input: ValidationTable.Operations.SendBody.Input, context: ValidationTableAPIServer.Context)
        async throws -> ValidationTable.Operations.SendBody.Output
    {
        await seen.record()
        return .noContent
    }

    func sendQuery(_ input: ValidationTable.Operations.SendQuery.Input, context: ValidationTableAPIServer.Context)
        async throws -> ValidationTable.Operations.SendQuery.Output
    {
        await seen.record()
        return .noContent
    }

    func sendHeader(_ input: ValidationTable.Operations.SendHeader.Input, context: ValidationTableAPIServer.Context)
        async throws -> ValidationTable.Operations.SendHeader.Output
    {
        await seen.record()
        return .noContent
    }
}

struct Legacy: ValidationLegacyHandler {
    let seen: Seen

    func sendBody(_ input: ValidationLegacy.Operations.SendBody.Input, context: ValidationLegacyAPIServer.Context)
        async throws -> ValidationLegacy.Operations.SendBody.Output
    {
        await seen.record()
        return .noContent
    }

    func sendQuery(_ input: ValidationLegacy.Operations.SendQuery.Input, context: ValidationLegacyAPIServer.Context)
        async throws -> ValidationLegacy.Operations.SendQuery.Output
    {
        await seen.record()
        return .noContent
    }

    func sendHeader(
        _ input: ValidationLegacy.Operations.SendHeader.Input, context: ValidationLegacyAPIServer.Context
    ) async throws -> ValidationLegacy.Operations.SendHeader.Output {
        await seen.record()
        return .noContent
    }
}

/// One keyword: a valid and an invalid fragment per position (nil where the keyword has no meaning there).
/// Body fragments are JSON members, query fragments `name=value` (percent-encoded), header fragments
/// `Name: value`; an empty fragment sends nothing.
struct Row {
    var keyword: String
    var rule: String
    var legacy = false
    var body: (valid: String, invalid: String, pointer: String)?
    var query: (valid: String, invalid: String)?
    var header: (valid: String, invalid: String)?
}

/// `name` of a `name=value` or `Name: value` fragment.
func parameterName(_ fragment: String) -> String {
    String(fragment.prefix { $0 != "=" && $0 != ":" })
}

let deepTree =
    String(repeating: "{\"name\":\"n\",\"children\":[", count: 100) + "{\"name\":\"n\"}"
    + String(repeating: "]}", count: 100)

/// 40 levels where both branches of `Twice`'s `oneOf` match and walk the rest: 2^40 steps without a bound.
let doubledChain =
    String(repeating: "{\"a\":1,\"b\":1,\"next\":", count: 40) + "{\"a\":1,\"b\":1}"
    + String(repeating: "}", count: 40)

let rows: [Row] = [
    Row(
        keyword: "required", rule: "required", body: (#""required":"r""#, "", "/required"),
        query: ("required=r", ""), header: ("X-Required: r", "")),
    Row(
        keyword: "date-time", rule: "format",
        body: (#""dateTime":"2024-01-02T03:04:05Z""#, #""dateTime":"2024-01-02 25:00""#, "/dateTime"),
        query: ("dateTime=2024-01-02T03%3A04%3A05Z", "dateTime=yesterday"),
        header: ("X-DateTime: 2024-01-02T03:04:05+01:00", "X-DateTime: yesterday")),
    Row(
        keyword: "date", rule: "format", body: (#""date":"2024-02-29""#, #""date":"2023-02-29""#, "/date"),
        query: ("date=2024-02-29", "date=2023-02-29"), header: ("X-Date: 2024-02-29", "X-Date: 2023-02-29")),
    Row(
        keyword: "time", rule: "format", body: (#""time":"03:04:05Z""#, #""time":"25:00:00Z""#, "/time"),
        query: ("time=03%3A04%3A05Z", "time=25%3A00%3A00Z"), header: ("X-Time: 03:04:05Z", "X-Time: 25:00:00Z")),
    Row(
        keyword: "uuid", rule: "format",
        body: (#""uuid":"123e4567-e89b-12d3-a456-426614174000""#, #""uuid":"123e4567""#, "/uuid"),
        query: ("uuid=123e4567-e89b-12d3-a456-426614174000", "uuid=123e4567"),
        header: ("X-Uuid: 123e4567-e89b-12d3-a456-426614174000", "X-Uuid: 123e4567")),
    Row(
        keyword: "int32", rule: "format", body: (#""int32":2147483647"#, #""int32":2147483648"#, "/int32"),
        query: ("int32=-2147483648", "int32=2147483648"), header: ("X-Int32: 2147483647", "X-Int32: -2147483649")),
    Row(
        keyword: "int64", rule: "format",
        body: (#""int64":9223372036854775807"#, #""int64":9223372036854775808"#, "/int64"),
        query: ("int64=-9223372036854775808", "int64=9223372036854775808"),
        header: ("X-Int64: 9223372036854775807", "X-Int64: 9223372036854775808")),
    Row(
        keyword: "float", rule: "format", body: (#""float":1.5"#, #""float":1e39"#, "/float"),
        query: ("float=1.5", "float=-1e39"), header: ("X-Float: 3.4e38", "X-Float: 1e39")),
    Row(
        keyword: "double", rule: "type", body: (#""double":2.5e300"#, #""double":"2.5""#, "/double"),
        query: ("double=2.5", "double=two"), header: ("X-Double: -2.5", "X-Double: two")),
    Row(
        keyword: "byte", rule: "format", body: (#""byte":"aGVsbG8=""#, #""byte":"not base64!""#, "/byte"),
        query: ("byte=aGVsbG8%3D", "byte=not%20base64!"), header: ("X-Byte: aGVsbG8=", "X-Byte: not base64!")),
    Row(
        keyword: "enum", rule: "enum", body: (#""enum":"red""#, #""enum":"blue""#, "/enum"),
        query: ("enum=green", "enum=blue"), header: ("X-Enum: red", "X-Enum: Red")),
    Row(
        keyword: "const", rule: "const", body: (#""const":"fixed""#, #""const":"other""#, "/const"),
        query: ("const=fixed", "const=other"), header: ("X-Const: fixed", "X-Const: fixe")),
    Row(
        keyword: "minLength", rule: "minLength", body: (#""length":"😀x""#, #""length":"😀""#, "/length"),
        query: ("length=%F0%9F%98%80x", "length=%F0%9F%98%80"), header: ("X-Length: ab", "X-Length: a")),
    Row(
        keyword: "maxLength", rule: "maxLength", body: (#""length":"😀😀😀""#, #""length":"abcd""#, "/length"),
        query: ("length=%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80", "length=abcd"),
        header: ("X-Length: abc", "X-Length: abcd")),
    Row(
        keyword: "pattern", rule: "pattern", body: (#""pattern":"abc1""#, #""pattern":"Abc1""#, "/pattern"),
        query: ("pattern=abc1", "pattern=abc"), header: ("X-Pattern: xyz9", "X-Pattern: 9xyz")),
    Row(
        keyword: "pattern (\\d is ASCII)", rule: "pattern",
        body: (#""pattern":"abc1""#, #""pattern":"abc١""#, "/pattern"),
        query: ("pattern=abc1", "pattern=abc%D9%A1"), header: nil),
    Row(
        keyword: "pattern ($ ends the text)", rule: "pattern",
        body: (#""pattern":"abc1""#, #""pattern":"abc1\n""#, "/pattern"),
        query: ("pattern=abc1", "pattern=abc1%0A"), header: nil),
    Row(
        keyword: "pattern (literal braces)", rule: "pattern",
        body: (#""braced":"{abc}""#, #""braced":"abc""#, "/braced"),
        query: ("braced=%7Babc%7D", "braced=%7B%7D"), header: ("X-Braced: {abc}", "X-Braced: abc")),
    Row(
        keyword: "minimum", rule: "minimum", body: (#""range":1"#, #""range":0"#, "/range"),
        query: ("range=1", "range=-1"), header: ("X-Range: 5", "X-Range: 0")),
    Row(
        keyword: "maximum", rule: "maximum", body: (#""range":10"#, #""range":11"#, "/range"),
        query: ("range=10", "range=11"), header: ("X-Range: 10", "X-Range: 100")),
    Row(
        keyword: "exclusiveMinimum", rule: "exclusiveMinimum",
        body: (#""exclusive":0.001"#, #""exclusive":0"#, "/exclusive"),
        query: ("exclusive=0.5", "exclusive=0"), header: ("X-Exclusive: 1", "X-Exclusive: -0.5")),
    Row(
        keyword: "exclusiveMaximum", rule: "exclusiveMaximum",
        body: (#""exclusive":99.999"#, #""exclusive":100"#, "/exclusive"),
        query: ("exclusive=99.5", "exclusive=100.0"), header: ("X-Exclusive: 99", "X-Exclusive: 100")),
    Row(
        keyword: "multipleOf", rule: "multipleOf",
        body: (#""multipleOf":19.99"#, #""multipleOf":1.0000000001"#, "/multipleOf"),
        query: ("multipleOf=0.07", "multipleOf=0.015"),
        header: ("X-MultipleOf: 1234567.89", "X-MultipleOf: 1234567.891")),
    Row(
        keyword: "minItems", rule: "minItems", body: (#""items":["a","b"]"#, #""items":["a"]"#, "/items"),
        query: ("items=a&items=b", "items=a"), header: ("X-Items: a,b", "X-Items: a")),
    Row(
        keyword: "maxItems", rule: "maxItems",
        body: (#""items":["a","b","c"]"#, #""items":["a","b","c","d"]"#, "/items"),
        query: ("items=a&items=b&items=c", "items=a&items=b&items=c&items=d"),
        header: ("X-Items: a,b,c", "X-Items: a,b,c,d")),
    Row(
        keyword: "uniqueItems", rule: "uniqueItems", body: (#""unique":["a","b"]"#, #""unique":["a","a"]"#, "/unique"),
        query: ("unique=a&unique=b", "unique=b&unique=b"), header: ("X-Unique: a,b", "X-Unique: a,b,a")),
    Row(
        keyword: "minProperties", rule: "minProperties",
        body: (#""props":{"a":"x","b":"y"}"#, #""props":{"a":"x"}"#, "/props"),
        query: ("props=a,x,b,y", "props=a,x"), header: ("X-Props: a,x,b,y", "X-Props: a,x")),
    Row(
        keyword: "maxProperties", rule: "maxProperties",
        body: (#""props":{"a":"x","b":"y","c":"z"}"#, #""props":{"a":"x","b":"y","c":"z","d":"w"}"#, "/props"),
        query: ("props=a,x,b,y,c,z", "props=a,x,b,y,c,z,d,w"),
        header: ("X-Props: a,x,b,y,c,z", "X-Props: a,x,b,y,c,z,d,w")),
    Row(
        keyword: "additionalProperties: false", rule: "additionalProperties",
        body: (#""closed":{"a":"x"}"#, #""closed":{"a":"x","b":"y"}"#, "/closed/b"),
        query: ("closed=a,x", "closed=a,x,b,y"), header: ("X-Closed: a,x", "X-Closed: b,y")),
    Row(
        keyword: "typed additionalProperties", rule: "type",
        body: (#""typed":{"n":1}"#, #""typed":{"n":"one"}"#, "/typed/n"),
        query: ("typed=n,1", "typed=n,one"), header: ("X-Typed: n,1,m,2", "X-Typed: n,1,m,two")),
    Row(
        keyword: "nullable (3.1 type null)", rule: "type",
        body: (#""nullable":null"#, #""notNull":null"#, "/notNull"),
        query: ("nullable=null", "notNull=null"), header: ("X-Nullable: null", "X-NotNull: null")),
    Row(
        keyword: "oneOf", rule: "oneOf", body: (#""oneOf":4"#, #""oneOf":6"#, "/oneOf"),
        query: ("oneOf=9", "oneOf=12"), header: ("X-OneOf: 2", "X-OneOf: 5")),
    Row(
        keyword: "anyOf", rule: "anyOf", body: (#""anyOf":5"#, #""anyOf":"five""#, "/anyOf"),
        query: ("anyOf=2024-01-02", "anyOf=five"), header: ("X-AnyOf: 5", "X-AnyOf: 2024-13-01")),
    Row(
        keyword: "allOf", rule: "maxLength",
        body: (#""allOf":{"a":"x","b":"abcd"}"#, #""allOf":{"a":"x","b":"abcde"}"#, "/allOf/b"),
        query: ("allOf=a,x,b,abcd", "allOf=a,x,b,abcde"), header: ("X-AllOf: a,x,b,ab", "X-AllOf: a,x,b,abcde")),
    Row(
        keyword: "allOf (of strings)", rule: "maxLength", body: (#""short":"abcd""#, #""short":"abcde""#, "/short"),
        query: ("short=ab", "short=abcdef"), header: ("X-Short: abc", "X-Short: abcde")),
    Row(
        keyword: "allOf (each part's required)", rule: "required",
        body: (#""allOf":{"a":"x"}"#, #""allOf":{"b":"ab"}"#, "/allOf/a"),
        query: ("allOf=a,x", "allOf=b,ab"), header: ("X-AllOf: a,x", "X-AllOf: b,ab")),
    Row(
        keyword: "discriminator", rule: "discriminator",
        body: (#""pet":{"kind":"cat","name":"Tom"}"#, #""pet":{"kind":"cow","name":"Tom"}"#, "/pet/kind"),
        query: ("pet=kind,dog,bark,woof", "pet=kind,cow,bark,moo"),
        header: ("X-Pet: kind,cat,name,Tom", "X-Pet: kind,cow,name,Tom")),
    Row(
        keyword: "discriminator (the branch's rules)", rule: "required",
        body: (#""pet":{"kind":"dog","bark":"woof"}"#, #""pet":{"kind":"dog","name":"Rex"}"#, "/pet/bark"),
        query: ("pet=kind,cat,name,Tom", "pet=kind,cat,bark,woof"),
        header: ("X-Pet: kind,dog,bark,woof", "X-Pet: kind,dog")),
    Row(keyword: "readOnly", rule: "readOnly", body: (#""notNull":1"#, #""id":1"#, "/id")),
    Row(
        keyword: "recursive schema", rule: "minLength",
        body: (
            #""tree":{"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]}"#,
            #""tree":{"name":"a","children":[{"name":"b","children":[{"name":""}]}]}"#,
            "/tree/children/0/children/0/name"
        )),
    Row(
        keyword: "composition bound", rule: "complexity",
        body: (#""twice":{"a":1,"next":{"b":2,"next":{"a":3}}}"#, #""twice":"# + doubledChain, "*")),
    Row(keyword: "recursion bound", rule: "depth", body: (#""tree":{"name":"a"}"#, #""tree":"# + deepTree, "*")),
    Row(
        keyword: "exclusiveMinimum (3.0 boolean)", rule: "exclusiveMinimum", legacy: true,
        body: (#""exclusive":0.5"#, #""exclusive":0"#, "/exclusive"),
        query: ("exclusive=0.5", "exclusive=0"), header: ("X-Exclusive: 1", "X-Exclusive: 0")),
    Row(
        keyword: "exclusiveMaximum (3.0 boolean)", rule: "exclusiveMaximum", legacy: true,
        body: (#""exclusive":99.5"#, #""exclusive":100"#, "/exclusive"),
        query: ("exclusive=99.5", "exclusive=100"), header: ("X-Exclusive: 99", "X-Exclusive: 100")),
    Row(
        keyword: "nullable (3.0 nullable)", rule: "type", legacy: true,
        body: (#""nullable":null"#, #""notNull":null"#, "/notNull"),
        query: ("nullable=null", "notNull=null"), header: ("X-Nullable: null", "X-NotNull: null")),
]

let seen = Seen()
let tableServer = ValidationTableAPIServer(handler: Table(seen: seen))
let legacyServer = ValidationLegacyAPIServer(handler: Legacy(seen: seen))
let table = ValidationTableServer.InProcessTransport { await tableServer.respond(to: $0, body: $1) }
let legacy = ValidationLegacyServer.InProcessTransport { await legacyServer.respond(to: $0, body: $1) }

/// Sends one request of `row` at `position`, built around `fragment`, to the row's server.
func send(_ row: Row, _ position: String, _ fragment: String) async throws -> ValidationTable.ClientResponse {
    let required = row.keyword == "required" || row.legacy
    var url = URL(string: "https://validation.example.com/" + position)!
    var headers: [ValidationTable.ClientHeader] = []
    var body: Data?
    switch position {
    case "body":
        let members = (required ? [] : [#""required":"r""#]) + (fragment.isEmpty ? [] : [fragment])
        body = Data(("{" + members.joined(separator: ",") + "}").utf8)
        headers.append(ValidationTable.ClientHeader(name: "Content-Type", value: "application/json"))
    case "query":
        let parts = (required ? [] : ["required=r"]) + (fragment.isEmpty ? [] : [fragment])
        url = URL(string: url.absoluteString + "?" + parts.joined(separator: "&"))!
    default:
        if !required { headers.append(ValidationTable.ClientHeader(name: "X-Required", value: "r")) }
        if !fragment.isEmpty {
            let name = parameterName(fragment)
            let value = fragment.dropFirst(name.count + 1).drop { $0 == " " }
            headers.append(ValidationTable.ClientHeader(name: name, value: String(value)))
        }
    }
    if row.legacy {
        let request = ValidationLegacy.ClientRequest(
            method: position == "body" ? "POST" : "GET", url: url,
            headers: headers.map { ValidationLegacy.ClientHeader(name: $0.name, value: $0.value) },
            body: body.map { .data($0) })
        let response = try await legacy.send(request)
        guard case .data(let data) = response.body else { return ValidationTable.ClientResponse(status: 0) }
        return ValidationTable.ClientResponse(status: response.status, body: .data(data))
    }
    let request = ValidationTable.ClientRequest(
        method: position == "body" ? "POST" : "GET", url: url, headers: headers, body: body.map { .data($0) })
    return try await table.send(request)
}

/// The `errors` of a problem body: (name, pointer, rule) of each.
func problems(_ response: ValidationTable.ClientResponse) -> [(name: String?, pointer: String, rule: String)] {
    guard case .data(let data) = response.body,
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let errors = object["errors"] as? [[String: Any]]
    else { return [] }
    return errors.map { ($0["name"] as? String, $0["pointer"] as? String ?? "", $0["rule"] as? String ?? "") }
}

func text(_ response: ValidationTable.ClientResponse) -> String {
    guard case .data(let data) = response.body else { return "" }
    return String(decoding: data.prefix(600), as: UTF8.self)
}

for row in rows {
    let positions: [(String, (valid: String, invalid: String, expected: String)?)] = [
        ("body", row.body.map { ($0.valid, $0.invalid, $0.pointer) }),
        ("query", row.query.map { ($0.valid, $0.invalid, parameterName($0.invalid.isEmpty ? $0.valid : $0.invalid)) }),
        (
            "header",
            row.header.map { ($0.valid, $0.invalid, parameterName($0.invalid.isEmpty ? $0.valid : $0.invalid)) }
        ),
    ]
    for (position, cases) in positions {
        guard let cases else { continue }
        let name = "\(row.legacy ? "3.0" : "3.1") \(row.keyword) @ \(position)"
        do {
            let before = await seen.count
            let valid = try await send(row, position, cases.valid)
            let afterValid = await seen.count
            let reached = afterValid == before + 1
            let invalid = try await send(row, position, cases.invalid)
            let stillNotReached = await seen.count == afterValid
            let named = problems(invalid).contains {
                $0.rule == row.rule
                    && (position == "body"
                        ? cases.expected == "*" || $0.pointer == cases.expected
                        : $0.name?.lowercased() == cases.expected.lowercased())
            }
            check(
                name, valid.status == 204 && reached && invalid.status == 400 && stillNotReached && named,
                "valid: \(valid.status) \(reached ? "reached" : "did not reach") the handler \(text(valid)); "
                    + "invalid: \(invalid.status) \(stillNotReached ? "" : "reached the handler ") \(text(invalid)); "
                    + "expected \(cases.expected) / \(row.rule)")
        } catch {
            check(name, false, "threw \(error)")
        }
    }
}
