// Checks of the generated client runtime, compiled against the package generated from client-features.yaml.
// Prints `PASS <name>` or `FAIL <name>: <detail>` per check (see ClientRuntimeTests).
import ClientFeatures
import Foundation

/// The OpenAPI specification's style-table object: `{"R": 100, "G": 200, "B": 150}`, keys in that order.
struct Color: Encodable {
    var R = 100
    var G = 200
    var B = 150
}

let blue = "blue"
let colors = ["blue", "black", "brown"]
let color = Color()

func pin(_ name: String, _ actual: () throws -> String, _ expected: String) {
    do {
        let value = try actual()
        check(name, value == expected, "expected \(expected), got \(value)")
    } catch {
        check(name, false, "threw \(error)")
    }
}

func path<T: Encodable>(_ value: T, _ style: PathStyle, _ explode: Bool) -> () throws -> String {
    {
        var builder = RequestBuilder(method: "GET", serverURL: URL(string: "https://x.test")!, operationID: "t")
        try builder.appendPathParameter("color", value, style: style, explode: explode)
        return builder.path
    }
}

func query<T: Encodable>(
    _ value: T?, _ style: QueryStyle, _ explode: Bool, allowReserved: Bool = false, allowEmptyValue: Bool = false
) -> () throws -> String {
    {
        var builder = RequestBuilder(method: "GET", serverURL: URL(string: "https://x.test")!, operationID: "t")
        try builder.addQuery(
            "color", value, style: style, explode: explode, allowReserved: allowReserved,
            allowEmptyValue: allowEmptyValue)
        return try builder.build().url.query ?? ""
    }
}

func header<T: Encodable>(_ value: T, _ explode: Bool) -> () throws -> String {
    {
        var builder = RequestBuilder(method: "GET", serverURL: URL(string: "https://x.test")!, operationID: "t")
        try builder.addHeader("X-Color", value, explode: explode)
        return try builder.build().headers.first { $0.name == "X-Color" }?.value ?? "<none>"
    }
}

func cookie<T: Encodable>(_ value: T, _ explode: Bool) -> () throws -> String {
    {
        var builder = RequestBuilder(method: "GET", serverURL: URL(string: "https://x.test")!, operationID: "t")
        try builder.addCookie("color", value, explode: explode)
        try builder.addCookie("session", "a b;c", explode: true)
        return try builder.build().headers.first { $0.name == "Cookie" }?.value ?? "<none>"
    }
}

func styleTables() {
    // Path, simple.
    pin("path simple primitive", path(blue, .simple, false), "blue")
    pin("path simple array", path(colors, .simple, false), "blue,black,brown")
    pin("path simple object", path(color, .simple, false), "R,100,G,200,B,150")
    pin("path simple explode primitive", path(blue, .simple, true), "blue")
    pin("path simple explode array", path(colors, .simple, true), "blue,black,brown")
    pin("path simple explode object", path(color, .simple, true), "R=100,G=200,B=150")
    // Path, label.
    pin("path label primitive", path(blue, .label, false), ".blue")
    pin("path label array", path(colors, .label, false), ".blue,black,brown")
    pin("path label object", path(color, .label, false), ".R,100,G,200,B,150")
    pin("path label explode primitive", path(blue, .label, true), ".blue")
    pin("path label explode array", path(colors, .label, true), ".blue.black.brown")
    pin("path label explode object", path(color, .label, true), ".R=100.G=200.B=150")
    // Path, matrix.
    pin("path matrix primitive", path(blue, .matrix, false), ";color=blue")
    pin("path matrix array", path(colors, .matrix, false), ";color=blue,black,brown")
    pin("path matrix object", path(color, .matrix, false), ";color=R,100,G,200,B,150")
    pin("path matrix explode primitive", path(blue, .matrix, true), ";color=blue")
    pin("path matrix explode array", path(colors, .matrix, true), ";color=blue;color=black;color=brown")
    pin("path matrix explode object", path(color, .matrix, true), ";R=100;G=200;B=150")
    // Path segments are percent-encoded for a segment: `/`, `?`, `#`, space and `%` never pass.
    pin("path value percent-encoded", path("a/b?c#d e%f", .simple, false), "a%2Fb%3Fc%23d%20e%25f")
    pin("path unicode value", path("café", .simple, false), "caf%C3%A9")
    // Query, form.
    pin("query form primitive", query(blue, .form, false), "color=blue")
    pin("query form array", query(colors, .form, false), "color=blue,black,brown")
    pin("query form object", query(color, .form, false), "color=R,100,G,200,B,150")
    pin("query form explode primitive", query(blue, .form, true), "color=blue")
    pin("query form explode array", query(colors, .form, true), "color=blue&color=black&color=brown")
    pin("query form explode object", query(color, .form, true), "R=100&G=200&B=150")
    // Query, spaceDelimited, pipeDelimited and deepObject (delimiters and brackets percent-encoded, as
    // OAS 3.1.1 says).
    pin("query spaceDelimited array", query(colors, .spaceDelimited, false), "color=blue%20black%20brown")
    pin("query spaceDelimited object", query(color, .spaceDelimited, false), "color=R%20100%20G%20200%20B%20150")
    pin("query pipeDelimited array", query(colors, .pipeDelimited, false), "color=blue%7Cblack%7Cbrown")
    pin("query pipeDelimited object", query(color, .pipeDelimited, false), "color=R%7C100%7CG%7C200%7CB%7C150")
    pin("query deepObject object", query(color, .deepObject, true), "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150")
    // Query values: reserved characters encoded unless allowReserved; empty values.
    pin("query value percent-encoded", query("a&b=c d+e/f", .form, true), "color=a%26b%3Dc%20d%2Be%2Ff")
    pin("query allowReserved keeps reserved characters", query("a/b?c:d@e!$'()*+,;=", .form, true, allowReserved: true), "color=a/b?c:d@e!$'()*+,;=")
    pin("query allowReserved keeps & but encodes # and space", query("a&b#c d", .form, true, allowReserved: true), "color=a&b%23c%20d")
    pin("query nil writes nothing", query(String?.none, .form, true), "")
    pin("query allowEmptyValue empty array", query([String](), .form, true, allowEmptyValue: true), "color=")
    pin("query empty string", query("", .form, true), "color=")
    // Values written the way the models write them.
    pin("query boolean", query(true, .form, true), "color=true")
    pin("query integer and double", query([1.5, 2], .form, false), "color=1.5,2")
    pin("query date-time", query(Date(timeIntervalSince1970: 1_704_164_645), .form, true), "color=2024-01-02T03%3A04%3A05Z")
    pin("query date", query(OpenAPIDate(year: 2024, month: 1, day: 2), .form, true), "color=2024-01-02")
    pin("query uuid lowercase", query(UUID(uuidString: "3FA85F64-5717-4562-B3FC-2C963F66AFA6")!, .form, true), "color=3fa85f64-5717-4562-b3fc-2c963f66afa6")
    // Header, simple.
    pin("header simple primitive", header(blue, false), "blue")
    pin("header simple array", header(colors, false), "blue,black,brown")
    pin("header simple object", header(color, false), "R,100,G,200,B,150")
    pin("header simple explode object", header(color, true), "R=100,G=200,B=150")
    // Cookie, form.
    pin("cookie form primitive", cookie(blue, true), "color=blue; session=a%20b%3Bc")
    pin("cookie form array", cookie(colors, false), "color=blue,black,brown; session=a%20b%3Bc")
    pin("cookie form explode array", cookie(colors, true), "color=blue; color=black; color=brown; session=a%20b%3Bc")
    // A header value with a line break is refused, never sent.
    do {
        _ = try header("a\r\nX-Injected: 1", false)()
        check("header line break refused", false, "no error")
    } catch {
        check("header line break refused", error is ClientError, "threw \(error)")
    }
}

func generatedOperations() {
    let server = URL(string: "https://api.test/v1")!
    pin(
        "operation path styles",
        {
            let input = Operations.PathStyles.Input(
                simple: ["a", "b"], trace: UUID(uuidString: "3FA85F64-5717-4562-B3FC-2C963F66AFA6")!, label: ["c", "d"],
                matrix: .init(r: 1, g: 2))
            let request = try Operations.PathStyles.makeRequest(input, serverURL: server).build()
            let trace = request.headers.first { $0.name == "trace" }?.value ?? "-"
            return request.method + " " + request.url.absoluteString + " trace=" + trace
        }, "GET https://api.test/v1/styles/a,b/.c.d/;matrix=R,1,G,2 trace=3fa85f64-5717-4562-b3fc-2c963f66afa6")
    pin(
        "operation several parameters in one segment",
        {
            try Operations.GetFile.makeRequest(.init(name: "my file", ext: .png), serverURL: server).build().url
                .absoluteString
        }, "https://api.test/v1/files/my%20file.png")
    pin(
        "operation query styles",
        {
            let input = Operations.QueryStyles.Input(
                form: [1, 2], formFlat: ["x", "y"], space: ["s", "t"], pipe: ["p", "q"], deep: .init(r: 1, g: 2),
                reserved: "a/b", empty: "", filter: ["status": .string("open")],
                when: Date(timeIntervalSince1970: 0), day: OpenAPIDate(year: 2024, month: 2, day: 29), flag: false,
                session: "s1", prefs: ["a", "b"])
            let request = try Operations.QueryStyles.makeRequest(input, serverURL: server).build()
            let cookie = request.headers.first { $0.name == "Cookie" }?.value ?? "-"
            return (request.url.query ?? "") + " | " + cookie
        },
        "form=1&form=2&formFlat=x,y&space=s%20t&pipe=p%7Cq&deep%5BR%5D=1&deep%5BG%5D=2&reserved=a/b&empty="
            + "&filter=%7B%22status%22%3A%22open%22%7D&when=1970-01-01T00%3A00%3A00Z&day=2024-02-29&flag=false"
            + " | session=s1; prefs=a,b")
}

func bodies() {
    let server = URL(string: "https://api.test/v1")!
    pin(
        "json body",
        {
            var builder = try Operations.SendBody.makeRequest(.init(body: .json(.init(name: "Rex", tag: .null))), serverURL: server)
            builder.setHeader("X", "1")
            let request = try builder.build()
            guard case .data(let data)? = request.body else { return "no body" }
            return (request.headers.first { $0.name == "Content-Type" }?.value ?? "-") + " " + String(decoding: data, as: UTF8.self)
        }, #"application/json {"name":"Rex","tag":null}"#)
    pin(
        "form body with encoding",
        {
            struct Form: Encodable {
                var name = "A & B"
                var tags = ["x", "y z"]
                var metadata = ["k": "v"]
            }
            var builder = RequestBuilder(method: "POST", serverURL: server, operationID: "t")
            try builder.setFormBody(
                Form(), encodings: ["tags": PropertyEncoding(style: .form, explode: false, allowReserved: false, contentType: nil)])
            let request = try builder.build()
            guard case .data(let data)? = request.body else { return "no body" }
            return (request.headers.first { $0.name == "Content-Type" }?.value ?? "-") + " " + String(decoding: data, as: UTF8.self)
        }, "application/x-www-form-urlencoded name=A%20%26%20B&tags=x,y%20z&metadata%5Bk%5D=v")
    pin(
        "text body",
        {
            let request = try Operations.SendBody.makeRequest(.init(body: .plainText("héllo")), serverURL: server).build()
            guard case .data(let data)? = request.body else { return "no body" }
            return (request.headers.first { $0.name == "Content-Type" }?.value ?? "-") + " " + String(decoding: data, as: UTF8.self)
        }, "text/plain héllo")
    pin(
        "binary body",
        {
            let request = try Operations.SendBody.makeRequest(.init(body: .binary(.data(Data([0, 255, 10])))), serverURL: server).build()
            guard case .data(let data)? = request.body else { return "no body" }
            return (request.headers.first { $0.name == "Content-Type" }?.value ?? "-") + " " + data.map { String($0) }.joined(separator: ",")
        }, "application/octet-stream 0,255,10")
    pin(
        "multipart with two files and a JSON part",
        {
            var form = MultipartForm(boundary: "BOUNDARY")
            try form.appendText("name", "Rex", contentType: "text/plain; charset=utf-8")
            try form.appendText("age", 3)
            form.appendFiles("extra", [
                MultipartFile(data: Data("one".utf8), filename: "a.txt", contentType: "text/plain"),
                MultipartFile(data: Data([0x89, 0x50]), filename: "b \"x\".png", contentType: "image/png"),
            ])
            try form.appendJSON("pet", Pet(name: "Rex", tag: .value("good")), contentType: "application/json")
            return String(decoding: form.encoded(), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "|")
        },
        "--BOUNDARY|Content-Disposition: form-data; name=\"name\"|Content-Type: text/plain; charset=utf-8||Rex|"
            + "--BOUNDARY|Content-Disposition: form-data; name=\"age\"||3|"
            + "--BOUNDARY|Content-Disposition: form-data; name=\"extra\"; filename=\"a.txt\"|Content-Type: text/plain||one|"
            + "--BOUNDARY|Content-Disposition: form-data; name=\"extra\"; filename=\"b %22x%22.png\"|Content-Type: image/png||\u{FFFD}P|"
            + "--BOUNDARY|Content-Disposition: form-data; name=\"pet\"|Content-Type: application/json||{\"name\":\"Rex\",\"tag\":\"good\"}|"
            + "--BOUNDARY--|")
    pin(
        "multipart operation body",
        {
            let body = UploadRequest(
                name: "Rex", age: 3, photo: MultipartFile(data: Data("img".utf8), filename: "p.png", contentType: "image/png"),
                extra: nil, pet: nil, note: .null)
            let request = try Operations.Upload.makeRequest(.init(body: body), serverURL: server).build()
            guard case .data(let data)? = request.body,
                let type = request.headers.first(where: { $0.name == "Content-Type" })?.value,
                let range = type.range(of: "boundary=")
            else { return "no body" }
            let boundary = String(type[range.upperBound...])
            return String(decoding: data, as: UTF8.self).replacingOccurrences(of: boundary, with: "B")
                .replacingOccurrences(of: "\r\n", with: "|")
        },
        "--B|Content-Disposition: form-data; name=\"name\"|Content-Type: text/plain; charset=utf-8||Rex|"
            + "--B|Content-Disposition: form-data; name=\"age\"||3|"
            + "--B|Content-Disposition: form-data; name=\"photo\"; filename=\"p.png\"|Content-Type: image/png||img|"
            + "--B|Content-Disposition: form-data; name=\"note\"||null|"
            + "--B--|")
}

/// A transport that records requests and answers with canned responses.
final class Recorder: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [ClientRequest] = []
    let respond: @Sendable (ClientRequest) -> ClientResponse

    init(_ respond: @escaping @Sendable (ClientRequest) -> ClientResponse = { _ in ClientResponse(status: 204) }) {
        self.respond = respond
    }

    func send(_ request: ClientRequest) async throws -> ClientResponse {
        lock.withLock { recorded.append(request) }
        return respond(request)
    }

    var last: ClientRequest? {
        lock.lock()
        defer { lock.unlock() }
        return recorded.last
    }
}

func describeAuth(_ request: ClientRequest?) -> String {
    guard let request else { return "no request" }
    let names = ["Authorization", "X-API-Key", "Cookie"]
    var parts = names.compactMap { name in request.headers.first { $0.name == name }.map { "\(name): \($0.value)" } }
    if let query = request.url.query { parts.append("?" + query) }
    return parts.joined(separator: " | ")
}

func auth() async {
    let server = URL(string: "https://api.test/v1")!
    let recorder = Recorder()
    let everything = ClientFeaturesClient(
        serverURL: server, transport: recorder,
        credentials: .init(
            bearer: .value("tok"), basic: .value(BasicCredentials(username: "u", password: "p")), custom: .value("c1"),
            apiKeyQuery: .value("q k"), apiKeyHeader: .value("hk"), cookieKey: .provider { "fresh" }))
    do {
        _ = try await everything.pathStyles(
            simple: ["a"], trace: UUID(uuidString: "3FA85F64-5717-4562-B3FC-2C963F66AFA6")!, label: ["b"], matrix: .init())
        check("auth document default bearer", describeAuth(recorder.last) == "Authorization: Bearer tok", describeAuth(recorder.last))
        _ = try await everything.getFile(name: "a", ext: .jpg)
        check("auth security [] sends nothing", describeAuth(recorder.last) == "", describeAuth(recorder.last))
        _ = try await everything.queryStyles()
        check("auth OR takes the first alternative", describeAuth(recorder.last) == "?api_key=q%20k", describeAuth(recorder.last))
        _ = try await everything.sendBody(body: .plainText("x"))
        check("auth other http scheme", describeAuth(recorder.last) == "Authorization: Token c1", describeAuth(recorder.last))
        _ = try await everything.getEvents()
        check("auth cookie key from a provider", describeAuth(recorder.last) == "Cookie: sid=fresh", describeAuth(recorder.last))
        let andOnly = ClientFeaturesClient(
            serverURL: server, transport: recorder,
            credentials: .init(basic: .value(BasicCredentials(username: "u", password: "p")), apiKeyHeader: .value("hk")))
        _ = try await andOnly.queryStyles()
        check(
            "auth AND applies every scheme of the requirement",
            describeAuth(recorder.last) == "Authorization: Basic dTpw | X-API-Key: hk", describeAuth(recorder.last))
    } catch {
        check("auth calls", false, "threw \(error)")
    }
    let partial = ClientFeaturesClient(
        serverURL: server, transport: recorder, credentials: .init(basic: .value(BasicCredentials(username: "u", password: "p"))))
    do {
        _ = try await partial.queryStyles()
        check("auth missing credentials refused before sending", false, "sent \(describeAuth(recorder.last))")
    } catch {
        check("auth missing credentials refused before sending", error is MissingCredentials, "threw \(error)")
    }
}

func responses() async {
    let server = URL(string: "https://api.test/v1")!
    func client(_ status: Int, _ type: String, _ body: String, headers: [ClientHeader] = []) -> ClientFeaturesClient {
        ClientFeaturesClient(
            serverURL: server,
            transport: Recorder { _ in
                ClientResponse(status: status, headers: [ClientHeader(name: "Content-Type", value: type)] + headers, body: .data(Data(body.utf8)))
            }, credentials: .init(bearer: .value("t"), custom: .value("c"), apiKeyQuery: .value("k"), cookieKey: .value("s")))
    }
    do {
        let ok = try await client(200, "application/json", #"{"url":"u"}"#).queryStyles()
        check("response 200 decoded", (try? ok.body().url) == "u", "\(ok)")
        let range = try await client(404, "application/problem+json", #"{"title":"gone","status":404}"#).queryStyles()
        if case .clientError(let status, let problem) = range {
            check("response 4XX range keeps the status", status == 404 && problem.title == "gone", "\(range)")
        } else {
            check("response 4XX range keeps the status", false, "\(range)")
        }
        let other = try await client(503, "text/plain", "busy").queryStyles()
        if case .default(let status, let text) = other {
            check("response default keeps status and text", status == 503 && text == "busy", "\(other)")
        } else {
            check("response default keeps status and text", false, "\(other)")
        }
        do {
            _ = try other.body()
            check("response body() throws for others", false, "no error")
        } catch let error as UnexpectedResponse<Operations.QueryStyles.Output> {
            check("response body() throws for others", error.output.status == 503, "\(error)")
        }
        let undocumented = try await client(418, "text/plain", "teapot").sendBody(body: .plainText("x"))
        if case .undocumented(let status, _, let body) = undocumented {
            check("response undocumented status kept raw", status == 418 && body == Data("teapot".utf8), "\(undocumented)")
        } else {
            check("response undocumented status kept raw", false, "\(undocumented)")
        }
        let text = try await client(201, "text/plain; charset=utf-8", "made").sendBody(body: .plainText("x"))
        if case .created(.plainText(let value)) = text {
            check("response content type chooses the case", value == "made", "\(text)")
        } else {
            check("response content type chooses the case", false, "\(text)")
        }
        let file = try await client(
            200, "application/octet-stream", "bytes",
            headers: [ClientHeader(name: "X-Rate-Limit", value: "7"), ClientHeader(name: "x-expires", value: "2024-01-02T03:04:05Z")]
        ).getFile(name: "a", ext: .png)
        if case .ok(let body, let headers) = file {
            let data = try await body.collect()
            check(
                "response typed headers and binary body",
                headers.xRateLimit == 7 && headers.xExpires == Date(timeIntervalSince1970: 1_704_164_645) && data == Data("bytes".utf8),
                "\(headers) \(data)")
        } else {
            check("response typed headers and binary body", false, "\(file)")
        }
        do {
            _ = try await client(200, "application/json", "{not json").queryStyles()
            check("response bad JSON is a typed error", false, "no error")
        } catch let error as ClientError {
            if case .decoding(let failure) = error {
                check(
                    "response bad JSON is a typed error",
                    failure.status == 200 && failure.contentType == "application/json"
                        && failure.body == Data("{not json".utf8) && failure.path == "$", "\(error)")
            } else {
                check("response bad JSON is a typed error", false, "\(error)")
            }
        }
        do {
            _ = try await client(200, "application/json", #"{"url": 7}"#, headers: [ClientHeader(name: "X-Trace", value: "t1")]).queryStyles().body()
            check("a field that does not decode keeps the response", false, "no error")
        } catch let error as ClientError {
            if case .decoding(let failure) = error {
                check(
                    "a field that does not decode keeps the response",
                    failure.path == "$.url" && failure.headers.contains(ClientHeader(name: "X-Trace", value: "t1"))
                        && String(decoding: failure.body, as: UTF8.self) == #"{"url": 7}"#
                        && !failure.isBodyTruncated && "\(error)".contains("at $.url"), "\(error)")
            } else {
                check("a field that does not decode keeps the response", false, "\(error)")
            }
        }
        do {
            let big = #"{"url": 7, "pad": ""# + String(repeating: "x", count: 70_000) + #""}"#
            _ = try await client(200, "application/json", big).queryStyles().body()
            check("the kept body is bounded", false, "no error")
        } catch let error as ClientError {
            if case .decoding(let failure) = error {
                check(
                    "the kept body is bounded",
                    failure.body.count == DecodingFailure.bodyLimit && failure.isBodyTruncated, "\(failure.body.count)")
            } else {
                check("the kept body is bounded", false, "\(error)")
            }
        }
        let events = try await client(200, "text/event-stream", "event: a\ndata: 1\ndata: 2\nid: 7\n\n: comment\r\ndata: x\r\n\r\n").getEvents()
        var seen: [String] = []
        for try await event in try events.body() { seen.append("\(event.event ?? "-")/\(event.data)/\(event.id ?? "-")") }
        check("response server-sent events", seen == ["a/1\n2/7", "-/x/7"], "\(seen)")
        let lines = try await client(200, "application/x-ndjson", "{\"url\":\"a\"}\n\n{\"url\":\"b\"}").streamLines(body: nil)
        var urls: [String] = []
        for try await line in try lines.body() { urls.append(line.url ?? "-") }
        check("response JSON lines", urls == ["a", "b"], "\(urls)")
    } catch {
        check("responses", false, "threw \(error)")
    }
}

func servers() {
    check("servers default substitutes variables", ClientFeaturesClient.Servers.defaultURL.absoluteString == "https://eu.api.example.com/v1", ClientFeaturesClient.Servers.defaultURL.absoluteString)
    check("servers pick another variable value", (try? ClientFeaturesClient.Servers.server1(region: "us").absoluteString) == "https://us.api.example.com/v1", "")
    check("servers per-operation server", Operations.GetEvents.server?.url.absoluteString == "https://stream.example.com", "\(String(describing: Operations.GetEvents.server))")
}
