// Times the generated server of the Libredesk corpus spec answering requests in-process (no socket, no framework:
// `respond(to:body:)` straight away), decode-only (`validation: .off`) against decode+validate (`.on`), on the same
// requests in the same process. For bench/run.sh; not a test: it prints numbers only.
//
// Usage: ServerBenchmark [ITERATIONS] [REQUESTS]
// For each request it first checks that validation happens: an invalid variant must be answered 400 with validation
// on and reach the handler with it off (exit 1 otherwise, so that the numbers never measure nothing). Then, ITERATIONS
// times (default 5), it answers REQUESTS requests (default 10000) with validation off and then on, and prints for
// each request the best run of each as requests per second, and what validation costs over decoding.
import Foundation
import HTTPTypes
import LibredeskBench
import LibredeskBenchServer

/// The status every benchmarked request is answered with: the spec documents only 200 (with a body), 401 and 500 for
/// both operations, and the server writes nothing it does not document, so the handler answers the bodiless 401.
let answered = 401

/// Accepts any credentials and answers the two benchmarked operations with the bodiless 401, so that a run measures
/// routing, decoding and validation rather than the handler or the response's encoding.
struct BenchmarkHandler: LibredeskBenchHandler {
    func authenticate(
        _ credentials: LibredeskBenchAPIServer.Credentials, context: LibredeskBenchAPIServer.Context
    ) async throws -> Bool {
        true
    }

    func handleUpdateAgent(
        _ input: Operations.HandleUpdateAgent.Input, context: LibredeskBenchAPIServer.Context
    ) async throws -> Operations.HandleUpdateAgent.Output {
        .unauthorized
    }

    func handleUpdateContact(
        _ input: Operations.HandleUpdateContact.Input, context: LibredeskBenchAPIServer.Context
    ) async throws -> Operations.HandleUpdateContact.Output {
        .unauthorized
    }
}

/// One benchmarked request, and a variant of it that only validation refuses.
struct BenchmarkCase {
    let label: String
    let head: HTTPRequest
    let body: Data
    let invalidBody: Data
}

let authorization = "Basic " + Data("api_key:api_secret".utf8).base64EncodedString()

func head(_ path: String, contentType: String) -> HTTPRequest {
    HTTPRequest(
        method: .put, scheme: "http", authority: "localhost:8080", path: path,
        headerFields: [.contentType: contentType, .authorization: authorization, .accept: "application/json"])
}

/// `PUT /api/v1/agents/{id}`: a path parameter and a JSON `AgentRequest` with every property (three required, an
/// email `format`, two arrays, an `enum`). The invalid variant's email has no `@`.
func agentCase() -> BenchmarkCase {
    func body(email: String) -> Data {
        Data(
            """
            {"first_name":"Ada","last_name":"Lovelace","email":"\(email)","roles":["Admin","Agent"],\
            "send_welcome_email":false,"teams":["1","4","7"],"enabled":true,"availability_status":"away_manual",\
            "new_password":"correct horse battery staple"}
            """.utf8)
    }
    return BenchmarkCase(
        label: "PUT /api/v1/agents/{id} (JSON)", head: head("/api/v1/agents/42", contentType: "application/json"),
        body: body(email: "ada@example.com"), invalidBody: body(email: "ada.example.com"))
}

/// `PUT /api/v1/contacts/{id}`: a path parameter and a `multipart/form-data` body of eight text parts (an email
/// `format`, a nullable string, a boolean read from text). The invalid variant's email has no `@`.
func contactCase() -> BenchmarkCase {
    let boundary = "benchmark-boundary-7MA4YWxkTrZu0gW"
    func body(email: String) -> Data {
        let fields = [
            ("first_name", "Grace"), ("last_name", "Hopper"), ("email", email), ("phone_number", "5550100"),
            ("phone_number_country_code", "US"), ("country", "US"),
            ("avatar_url", "https://example.com/avatars/grace.png"), ("enabled", "true"),
        ]
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        return Data((text + "--\(boundary)--\r\n").utf8)
    }
    return BenchmarkCase(
        label: "PUT /api/v1/contacts/{id} (multipart)",
        head: head("/api/v1/contacts/42", contentType: "multipart/form-data; boundary=\(boundary)"),
        body: body(email: "grace@example.com"), invalidBody: body(email: "grace.example.com"))
}

let arguments = CommandLine.arguments.dropFirst()
let iterations = arguments.first.flatMap { Int($0) } ?? 5
let requests = arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
let servers: [(validation: ServerValidation, server: LibredeskBenchAPIServer)] = [
    (.off, LibredeskBenchAPIServer(handler: BenchmarkHandler(), validation: .off)),
    (.on, LibredeskBenchAPIServer(handler: BenchmarkHandler(), validation: .on)),
]

/// Exits 1 unless the valid request reaches the handler in both modes, and the invalid one only with validation off.
func checkValidationHappens(_ benchmark: BenchmarkCase) async {
    for (validation, server) in servers {
        let valid = await server.respond(to: benchmark.head, body: benchmark.body).head.status.code
        let invalid = await server.respond(to: benchmark.head, body: benchmark.invalidBody).head.status.code
        let expected = validation == .on ? 400 : answered
        guard valid == answered, invalid == expected else {
            FileHandle.standardError.write(
                Data(
                    """
                    \(benchmark.label), validation \(validation): the valid request got \(valid) (expected \(answered)), \
                    the invalid one \(invalid) (expected \(expected))\n
                    """.utf8))
            exit(1)
        }
    }
}

/// Seconds to answer `requests` requests, and the sum of their statuses (so that nothing is optimised away).
func time(_ server: LibredeskBenchAPIServer, _ benchmark: BenchmarkCase) async -> (seconds: Double, statuses: Int) {
    var statuses = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<requests {
        statuses &+= await server.respond(to: benchmark.head, body: benchmark.body).head.status.code
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, statuses)
}

for benchmark in [agentCase(), contactCase()] {
    await checkValidationHappens(benchmark)
    var best = [Double](repeating: .infinity, count: servers.count)
    for _ in 0..<iterations {
        for (index, entry) in servers.enumerated() {
            let run = await time(entry.server, benchmark)
            guard run.statuses == answered * requests else {
                let message = "\(benchmark.label): a request was not answered \(answered)\n"
                FileHandle.standardError.write(Data(message.utf8))
                exit(1)
            }
            best[index] = min(best[index], run.seconds)
        }
    }
    let decode = Double(requests) / best[0]
    let validate = Double(requests) / best[1]
    let label = benchmark.label.padding(toLength: 38, withPad: " ", startingAt: 0)
    let numbers = String(
        format: " decode %8.0f req/s, decode+validate %8.0f req/s: validation costs %5.1f%% over decoding",
        decode, validate, (decode / validate - 1) * 100)
    print(label + numbers)
}
