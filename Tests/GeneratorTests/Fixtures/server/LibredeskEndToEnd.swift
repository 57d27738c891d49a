// Runs the generated Libredesk server on Hummingbird (127.0.0.1, a free port) over `LibredeskStore`, then:
// the generated client calls every operation through both transports (`callEverything`, LibredeskCalls.swift);
// the stored state is checked; invalid requests are sent by hand; and, when `schemathesisCommand` is set
// (Env.swift), schemathesis runs against the server. Prints `ok …` / `FAIL …` lines and `done N failures`.
import Foundation
import Hummingbird
import LibredeskAPI
import LibredeskAPIAsyncHTTPClient
import LibredeskAPIHummingbird
import LibredeskAPIServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Starts a Hummingbird application serving `handler` and returns its port once it listens.
func startServer(_ handler: any LibredeskHandler) async throws -> Int {
    let router = Router()
    router.addLibredeskRoutes(handler)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
    Task { try await app.runService() }
    for await port in ports { return port }
    throw CancellationError()
}

/// Sends a hand-made request through the generated URLSession transport and returns status, headers (names
/// lowercased) and body.
func raw(
    _ method: String, _ url: URL, body: Data? = nil, contentType: String? = nil, authorization: String? = nil
) async throws -> (status: Int, headers: [String: String], body: String) {
    var headers: [ClientHeader] = []
    if let contentType { headers.append(ClientHeader(name: "Content-Type", value: contentType)) }
    if let authorization { headers.append(ClientHeader(name: "Authorization", value: authorization)) }
    let request = ClientRequest(method: method, url: url, headers: headers, body: body.map { .data($0) })
    let response = try await URLSessionTransport().send(request)
    var fields: [String: String] = [:]
    for header in response.headers { fields[header.name.lowercased()] = header.value }
    let data = try await response.body.collect()
    return (response.status, fields, String(decoding: data, as: UTF8.self))
}

let store = LibredeskStore()
let port = try await startServer(LibredeskMemory(store: store))
let root = URL(string: "http://127.0.0.1:\(port)")!
print("listening \(port)")
var failures = 0
@MainActor func check(_ name: String, _ condition: Bool, _ detail: @autoclosure () -> String = "") {
    if condition {
        print("ok \(name)")
    } else {
        failures += 1
        print("FAIL \(name): \(detail())")
    }
}

failures += await callEverything(server: root, transport: URLSessionTransport(), label: "urlsession")
await store.restoreDeleted()
failures += await callEverything(server: root, transport: AsyncHTTPClientTransport(), label: "async-http-client")

// What the server stored: the agent created, the avatar file's bytes, each avatar_url state.
let agents = await store.agents
check("agent stored", agents.values.contains { $0.firstName == "Ann" && $0.roles == ["Agent"] }, "\(agents)")
check("agent updated", agents[12]?.roles == ["Admin", "Agent"], "\(String(describing: agents[12]))")
let files = await store.avatarFiles
let avatarBytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x10])
check(
    "avatar file intact",
    files.count == 2
        && files.allSatisfy {
            $0.data == avatarBytes && $0.filename == "avatar.png" && $0.contentType == "image/png"
        }, "\(files)")
let history = await store.avatarHistory
check(
    "avatar_url kept, removed, set",
    history.prefix(4) == [
        "https://example.com/old.png", nil, "https://example.com/a.png", "https://example.com/a.png",
    ],
    "\(history)")
let contact = await store.contacts[7]
check(
    "contact read back", contact?.email == "ann@example.com" && contact?.enabled == false,
    "\(String(describing: contact))")
do {
    let client = LibredeskClient(
        serverURL: root, transport: URLSessionTransport(),
        credentials: .init(basicAuth: .value(BasicCredentials(username: "testkey", password: "testsecret"))))
    let read = try await client.handleGetContact(id: "7").body()
    check("contact through the client", read.data?.avatarURL == .value("https://example.com/a.png"), "\(read)")
} catch {
    check("contact through the client", false, "\(error)")
}

// Refusals the server makes itself.
let basic = "Basic " + Data("testkey:testsecret".utf8).base64EncodedString()
do {
    let missing = try await raw("GET", root.appendingPathComponent("api/v1/agents"))
    check(
        "no credentials: 401 with a challenge",
        missing.status == 401 && missing.headers["www-authenticate"]?.hasPrefix("Basic") == true, "\(missing)")
    let wrong = try await raw(
        "GET", root.appendingPathComponent("api/v1/agents"),
        authorization: "Basic " + Data("testkey:nope".utf8).base64EncodedString())
    check("wrong credentials: 401", wrong.status == 401, "\(wrong)")
    let invalid = try await raw(
        "POST", root.appendingPathComponent("api/v1/agents"),
        body: Data(#"{"first_name":"Ann","email":"ann@example.com"}"#.utf8),
        contentType: "application/json", authorization: basic)
    check(
        "missing property: 400 naming it",
        invalid.status == 400 && invalid.headers["content-type"] == "application/problem+json"
            && invalid.body.contains(#""pointer":"\/roles""#) && invalid.body.contains(#""rule":"required""#),
        "\(invalid)")
    let wrongType = try await raw(
        "POST", root.appendingPathComponent("api/v1/agents"),
        body: Data(#"{"first_name":7,"email":"ann@example.com","roles":["Agent"]}"#.utf8),
        contentType: "application/json",
        authorization: basic)
    check(
        "wrong type: 400 naming the field",
        wrongType.status == 400 && wrongType.body.contains(#""pointer":"\/first_name""#)
            && wrongType.body.contains(#""rule":"type""#),
        "\(wrongType)")
    let notJSON = try await raw(
        "POST", root.appendingPathComponent("api/v1/agents"), body: Data("{".utf8), contentType: "application/json",
        authorization: basic)
    check("malformed JSON: 400", notJSON.status == 400, "\(notJSON)")
    let media = try await raw(
        "POST", root.appendingPathComponent("api/v1/agents"), body: Data("x".utf8), contentType: "text/plain",
        authorization: basic)
    check("unsupported content type: 415", media.status == 415, "\(media)")
    let unknown = try await raw("GET", root.appendingPathComponent("api/v1/nowhere"), authorization: basic)
    check("unknown path: 404", unknown.status == 404, "\(unknown)")
    let method = try await raw("PATCH", root.appendingPathComponent("api/v1/agents"), authorization: basic)
    check(
        "other method: 405 with Allow", method.status == 405 && method.headers["allow"]?.contains("GET") == true,
        "\(method)")
}

if let command = schemathesisCommand {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst()) + ["--url", root.absoluteString]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    for line in String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
        print("st| \(line)")
    }
    check("schemathesis", process.terminationStatus == 0, "exit \(process.terminationStatus)")
}
print("done \(failures) failures")
// The server's threads are still running; leave without running exit handlers, which can wait on them.
fflush(nil)
_exit(0)
