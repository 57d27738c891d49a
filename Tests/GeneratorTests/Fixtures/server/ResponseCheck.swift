// Compiled against the package generated from responses.yaml (ServerResponseTests): for each row, a handler's
// output is served in-process and checked with `ResponseCheckAPIServer.violations(in:of:)`. A conforming output
// must be written as documented (status, content type, headers, body, `writeOnly` properties left out) and have
// no violations; a non-conforming one must be answered 500 with an application/problem+json body that holds none
// of the handler's data, be reported to `onInvalidResponse`, and be reported by the helper naming where (the JSON
// pointer, the header or the status) and the rule. Prints one `PASS`/`FAIL` line per row (check, in Helpers.swift).
import Foundation
import ResponseCheck
import ResponseCheckServer

typealias GetThing = ResponseCheck.Operations.GetThing
typealias ListThings = ResponseCheck.Operations.ListThings
typealias GetNote = ResponseCheck.Operations.GetNote
typealias GetLabel = ResponseCheck.Operations.GetLabel

/// Answers every request with fixed outputs.
struct Fixed: ResponseCheckHandler {
    var thing: GetThing.Output = .notFound
    var list: ListThings.Output = .ok([])
    var note: GetNote.Output = .ok("")
    var label: GetLabel.Output = .ok(.data(Data()))

    func getThing(_ input: GetThing.Input, context: ResponseCheckAPIServer.Context) async throws -> GetThing.Output {
        thing
    }

    func listThings(_ input: ListThings.Input, context: ResponseCheckAPIServer.Context) async throws
        -> ListThings.Output
    {
        list
    }

    func getNote(_ input: GetNote.Input, context: ResponseCheckAPIServer.Context) async throws -> GetNote.Output {
        note
    }

    func getLabel(_ input: GetLabel.Input, context: ResponseCheckAPIServer.Context) async throws -> GetLabel.Output {
        label
    }
}

/// What `onInvalidResponse` was told.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [InvalidResponse] = []

    func add(_ item: InvalidResponse) { lock.withLock { items.append(item) } }
    var all: [InvalidResponse] { lock.withLock { items } }
}

/// A violation expected: where and which rule.
struct Expected {
    var location: String
    var name: String?
    var pointer = ""
    var rule: String

    func matches(_ violation: ResponseViolation) -> Bool {
        violation.location == location && violation.name == name && violation.pointer == pointer
            && violation.rule == rule
    }
}

/// A response as the test reads it.
struct Written {
    var status: Int
    var headers: [ClientHeader]
    var body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// Serves `handler`, sends a GET of `path` through `InProcessTransport` and returns the response and what
/// `onInvalidResponse` was told.
func serve(_ handler: Fixed, _ path: String) async -> (Written, [InvalidResponse]) {
    let reports = Reports()
    let server = ResponseCheckAPIServer(handler: handler, onInvalidResponse: { reports.add($0) })
    let transport = InProcessTransport { await server.respond(to: $0, body: $1) }
    let request = ClientRequest(method: "GET", url: URL(string: "https://responses.example.com" + path)!)
    guard let response = try? await transport.send(request), case .data(let data) = response.body else {
        return (Written(status: 0, headers: [], body: Data()), reports.all)
    }
    return (Written(status: response.status, headers: response.headers, body: data), reports.all)
}

func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

func object(_ data: Data) -> [String: Any] {
    ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
}

/// A conforming output: written as documented, no violations.
func conforming(
    _ name: String, _ handler: Fixed, path: String, violations: [ResponseViolation], status: Int,
    contentType: String?, headers: [String: String] = [:], body: (Data) -> Bool
) async {
    let (response, reports) = await serve(handler, path)
    var problems: [String] = []
    if !violations.isEmpty { problems.append("the helper reported \(violations)") }
    if !reports.isEmpty { problems.append("onInvalidResponse was told \(reports)") }
    if response.status != status { problems.append("status \(response.status)") }
    if response.header("Content-Type") != contentType {
        problems.append("content type \(response.header("Content-Type") ?? "none")")
    }
    for (field, value) in headers {
        let found = response.header(field)
        if found != value { problems.append("\(field): \(found ?? "none")") }
    }
    if !body(response.body) { problems.append("body \(text(response.body))") }
    check(name, problems.isEmpty, problems.joined(separator: "; "))
}

/// A non-conforming output: 500 problem+json without the handler's data, reported to the hook and the helper.
func refused(
    _ name: String, _ handler: Fixed, path: String, violations: [ResponseViolation], expected: Expected,
    leaked: String
) async {
    let (response, reports) = await serve(handler, path)
    var problems: [String] = []
    if !violations.contains(where: expected.matches) { problems.append("the helper reported \(violations)") }
    if !(reports.count == 1 && reports[0].violations.contains(where: expected.matches)) {
        problems.append("onInvalidResponse was told \(reports)")
    }
    if response.status != 500 { problems.append("status \(response.status)") }
    if response.header("Content-Type") != "application/problem+json" {
        problems.append("content type \(response.header("Content-Type") ?? "none")")
    }
    if object(response.body)["status"] as? Int != 500 { problems.append("problem body \(text(response.body))") }
    if text(response.body).contains(leaked) { problems.append("the body leaks '\(leaked)': \(text(response.body))") }
    check(name, problems.isEmpty, problems.joined(separator: "; "))
}

func thing(_ value: ResponseCheck.Thing, headers: GetThing.OkHeaders = .init(xRateLimit: 5)) -> Fixed {
    Fixed(thing: .ok(value, headers: headers))
}

func checkThing(_ handler: Fixed) async -> [ResponseViolation] {
    do {
        return try await ResponseCheckAPIServer.violations(in: handler.thing, of: GetThing.self)
    } catch {
        return [ResponseViolation(location: "threw", rule: "threw", message: "\(error)")]
    }
}

func checkNote(_ handler: Fixed) async -> [ResponseViolation] {
    do {
        return try await ResponseCheckAPIServer.violations(in: handler.note, of: GetNote.self)
    } catch {
        return [ResponseViolation(location: "threw", rule: "threw", message: "\(error)")]
    }
}

func checkLabel(_ handler: Fixed) async -> [ResponseViolation] {
    do {
        return try await ResponseCheckAPIServer.violations(in: handler.label, of: GetLabel.self)
    } catch {
        return [ResponseViolation(location: "threw", rule: "threw", message: "\(error)")]
    }
}

func label(_ xml: String) -> Fixed { Fixed(label: .ok(.data(Data(xml.utf8)))) }

func checkList(_ handler: Fixed) async -> [ResponseViolation] {
    do {
        return try await ResponseCheckAPIServer.violations(in: handler.list, of: ListThings.self)
    } catch {
        return [ResponseViolation(location: "threw", rule: "threw", message: "\(error)")]
    }
}

let good = ResponseCheck.Thing(name: "abc", count: 3, tags: ["a"], secret: "hidden", id: "t1")
let documented = thing(good, headers: .init(xRateLimit: 5, xTrace: "trace", xRegions: ["eu", "us"]))
await conforming(
    "200 written as documented", documented, path: "/things/1", violations: await checkThing(documented),
    status: 200, contentType: "application/json", headers: ["X-Rate-Limit": "5", "X-Trace": "trace", "X-Regions": "eu,us"]
) { body in
    let members = object(body)
    return members["name"] as? String == "abc" && members["id"] as? String == "t1" && members["secret"] == nil
}
let notFound = Fixed(thing: .notFound)
await conforming(
    "404 without a body", notFound, path: "/things/1", violations: await checkThing(notFound), status: 404,
    contentType: nil, body: \.isEmpty)
let problem = Fixed(list: .default(status: 503, ResponseCheck.Problem(title: "down")))
await conforming(
    "default 503 conforming", problem, path: "/things", violations: await checkList(problem), status: 503,
    contentType: "application/problem+json"
) { object($0)["title"] as? String == "down" }

let rows: [(String, Fixed, Expected, String)] = [
    (
        "maxLength at a body property", thing(.init(name: "abcdefghij")),
        Expected(location: "body", pointer: "/name", rule: "maxLength"), "abcdefghij"
    ),
    ("pattern at a body property", thing(.init(name: "Abc")), Expected(location: "body", pointer: "/name", rule: "pattern"), "Abc"),
    (
        "maximum at a body property", thing(.init(name: "abc", count: 11)),
        Expected(location: "body", pointer: "/count", rule: "maximum"), "11"
    ),
    (
        "maxItems at a body property", thing(.init(name: "abc", tags: ["x1", "x2", "x3"])),
        Expected(location: "body", pointer: "/tags", rule: "maxItems"), "x3"
    ),
    (
        "required header missing", thing(good, headers: .init(xTrace: "trace-x")),
        Expected(location: "header", name: "X-Rate-Limit", rule: "required"), "trace-x"
    ),
    (
        "header value over its maximum", thing(good, headers: .init(xRateLimit: 5000)),
        Expected(location: "header", name: "X-Rate-Limit", rule: "maximum"), "5000"
    ),
    (
        "header value breaking its pattern", thing(good, headers: .init(xRateLimit: 5, xTrace: "Trace-Z")),
        Expected(location: "header", name: "X-Trace", rule: "pattern"), "Trace-Z"
    ),
    (
        "header array item outside its enum", thing(good, headers: .init(xRateLimit: 5, xRegions: ["eu", "us", "mars"])),
        Expected(location: "header", name: "X-Regions", pointer: "/2", rule: "enum"), "mars"
    ),
    (
        "undocumented status", Fixed(thing: .undocumented(status: 418, headers: [], body: Data("teapot-data".utf8))),
        Expected(location: "status", rule: "status"), "teapot-data"
    ),
]
for (name, handler, expected, leaked) in rows {
    await refused(name, handler, path: "/things/1", violations: await checkThing(handler), expected: expected, leaked: leaked)
}

let listRows: [(String, Fixed, Expected, String)] = [
    (
        "maxItems of the body", Fixed(list: .ok([good, good, .init(name: "third")])),
        Expected(location: "body", rule: "maxItems"), "third"
    ),
    (
        "maxLength in an item", Fixed(list: .ok([.init(name: "toolongname")])),
        Expected(location: "body", pointer: "/0/name", rule: "maxLength"), "toolongname"
    ),
    (
        "default breaking its schema", Fixed(list: .default(status: 502, .init(title: String(repeating: "t", count: 25)))),
        Expected(location: "body", pointer: "/title", rule: "maxLength"), "ttttt"
    ),
]
for (name, handler, expected, leaked) in listRows {
    await refused(name, handler, path: "/things", violations: await checkList(handler), expected: expected, leaked: leaked)
}

let shortNote = Fixed(note: .ok("short"))
await conforming(
    "text body within its schema", shortNote, path: "/notes/1", violations: await checkNote(shortNote),
    status: 200, contentType: "text/plain"
) { text($0) == "short" }
let goodLabel = label("<Label><name>gold</name><rank>3</rank></Label>")
await conforming(
    "XML body fitting its schema", goodLabel, path: "/labels/1", violations: await checkLabel(goodLabel),
    status: 200, contentType: "application/xml"
) { text($0).contains("<name>gold</name>") }
let longNote = Fixed(note: .ok("far too long a note"))
await refused(
    "text body over its maxLength", longNote, path: "/notes/1", violations: await checkNote(longNote),
    expected: Expected(location: "body", rule: "maxLength"), leaked: "far too long")
let rankedLabel = label("<Label><name>gold</name><rank>9</rank></Label>")
await refused(
    "XML body property over its maximum", rankedLabel, path: "/labels/1", violations: await checkLabel(rankedLabel),
    expected: Expected(location: "body", pointer: "/rank", rule: "maximum"), leaked: "gold")
let brokenLabel = label("<Label><name>gold</Label>")
await refused(
    "XML body not well-formed", brokenLabel, path: "/labels/1", violations: await checkLabel(brokenLabel),
    expected: Expected(location: "body", rule: "syntax"), leaked: "gold")
