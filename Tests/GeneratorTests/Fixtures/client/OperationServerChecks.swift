import Foundation
import OperationServers

// Checks of the client generated from `operation-servers.yaml`: where each operation goes with the spec's server,
// with the client pointed elsewhere and with overrides, and a request built with `makeRequest` alone and
// authenticated with the public `Credentials.apply`. `localChecks` uses a recording transport; `wireChecks` sends
// the operations with their own servers to a Connexion server through overrides.

/// Records every request's URL and headers, and answers as the spec documents.
final class Recorder: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var urls: [String] = []

    func send(_ request: ClientRequest) async throws -> ClientResponse {
        lock.withLock { urls.append(request.url.absoluteString) }
        let json = [ClientHeader(name: "Content-Type", value: "application/json")]
        switch request.operationID {
        case "listPets": return ClientResponse(status: 200, headers: json, body: .data(Data(#"["a"]"#.utf8)))
        case "uploadFile": return ClientResponse(status: 201, headers: json, body: .data(Data(#"{"id":"1"}"#.utf8)))
        default: return ClientResponse(status: 204)
        }
    }

    /// The URLs recorded since the last call, in order.
    func take() -> [String] {
        lock.withLock {
            defer { urls = [] }
            return urls
        }
    }
}

/// Sends every operation once and returns the URLs they went to, in spec order.
func sendAll(_ client: OperationServersClient, _ recorder: Recorder) async throws -> [String] {
    _ = try await client.listPets()
    _ = try await client.uploadFile(body: UploadFileRequest(name: "a.png"))
    _ = try await client.getReport()
    _ = try await client.searchPets(q: "cat")
    _ = try await client.listArchivedItems()
    return recorder.take()
}

func localChecks() async {
    let recorder = Recorder()
    let credentials = OperationServersClient.Credentials(bearerAuth: .value("t0ken"))
    do {
        let spec = try await sendAll(
            OperationServersClient(transport: recorder, credentials: credentials), recorder)
        check(
            "the spec's server",
            spec == [
                "https://api.example.com/v1/pets", "https://pets.uploads.example.com/files/uploads",
                "https://api.example.com/v2/reports", "https://api.example.com/v1/beta/pets/search?q=cat",
                "https://api.example.com/archive/items",
            ], "\(spec)")

        let local = URL(string: "http://127.0.0.1:9/mock/v1")!
        let pointed = try await sendAll(
            OperationServersClient(serverURL: local, transport: recorder, credentials: credentials), recorder)
        check(
            "the client pointed elsewhere: relative and same-host servers follow it, another host does not",
            pointed == [
                "http://127.0.0.1:9/mock/v1/pets", "https://pets.uploads.example.com/files/uploads",
                "http://127.0.0.1:9/v2/reports", "http://127.0.0.1:9/mock/v1/beta/pets/search?q=cat",
                "http://127.0.0.1:9/archive/items",
            ], "\(pointed)")

        let overridden = OperationServersClient(
            serverURL: local,
            serverOverrides: [
                URL(string: "https://pets.uploads.example.com/files")!: URL(string: "http://127.0.0.1:9/up")!,
                URL(string: "/v2")!: URL(string: "http://reports.test/r")!,
            ],
            transport: recorder, credentials: credentials)
        let sent = try await sendAll(overridden, recorder)
        check(
            "overrides by the spec's server URL",
            sent == [
                "http://127.0.0.1:9/mock/v1/pets", "http://127.0.0.1:9/up/uploads", "http://reports.test/r/reports",
                "http://127.0.0.1:9/mock/v1/beta/pets/search?q=cat", "http://127.0.0.1:9/archive/items",
            ], "\(sent)")
        let key = Operations.UploadFile.server?.url.absoluteString
        check("the override key is the server as the spec writes it", key == "https://pets.uploads.example.com/files", "\(String(describing: key))")
        let chosen = overridden.serverURL(for: Operations.ListPets.self).absoluteString
        check("an operation without its own server goes to serverURL", chosen == "http://127.0.0.1:9/mock/v1", chosen)

        // makeRequest alone, then the public Credentials.apply.
        var builder = try Operations.UploadFile.makeRequest(
            .init(body: UploadFileRequest(name: "b.png")), serverURL: URL(string: "https://elsewhere.test")!)
        try await credentials.apply(Operations.UploadFile.security, to: &builder)
        let request = try builder.build()
        let authorization = request.headers.first { $0.name == "Authorization" }?.value
        check(
            "makeRequest + Credentials.apply carries the auth header",
            request.url.absoluteString == "https://elsewhere.test/uploads" && authorization == "Bearer t0ken",
            "\(request.url) \(String(describing: authorization))")
        do {
            var anonymous = try Operations.GetReport.makeRequest(.init(), serverURL: local)
            try await OperationServersClient.Credentials().apply(Operations.GetReport.security, to: &anonymous)
            check("Credentials.apply refuses without credentials", false, "applied")
        } catch {
            check("Credentials.apply refuses without credentials", error is MissingCredentials, "\(error)")
        }
        let viaClient = try await overridden.makeRequest(
            Operations.UploadFile.self, .init(body: UploadFileRequest(name: "c.png"))
        ).build()
        check(
            "the client's makeRequest uses the override and the credentials",
            viaClient.url.absoluteString == "http://127.0.0.1:9/up/uploads"
                && viaClient.headers.contains { $0.name == "Authorization" && $0.value == "Bearer t0ken" },
            "\(viaClient.url) \(viaClient.headers)")
    } catch {
        check("operation servers", false, "threw \(error)")
    }
}

/// Sends the operations with their own servers to the Connexion server at `root` (which serves every operation
/// under the spec's first server's path, `/v1`) through overrides, and prints `ok <operationId>` per success.
func wireChecks(root: String) async {
    let served = URL(string: root + "/v1")!
    let client = OperationServersClient(
        serverURL: served,
        serverOverrides: [
            Operations.UploadFile.server!.url: served, Operations.GetReport.server!.url: served,
            Operations.SearchPets.server!.url: served, Operations.ListArchivedItems.server!.url: served,
        ],
        transport: URLSessionTransport(), credentials: .init(bearerAuth: .value("test-token")))
    do {
        let pets = try await client.listPets().body()
        check("wire listPets", pets.allSatisfy { !$0.isEmpty }, "\(pets)")
        let stored = try await client.uploadFile(body: UploadFileRequest(name: "a.png")).body()
        check("wire uploadFile", !stored.id.isEmpty, "\(stored)")
        let report = try await client.getReport()
        check("wire getReport", report.status == 204, "\(report)")
        let search = try await client.searchPets(q: "cat")
        check("wire searchPets", search.status == 204, "\(search)")
        let items = try await client.listArchivedItems()
        check("wire listArchivedItems", items.status == 204, "\(items)")
    } catch {
        check("wire", false, "threw \(error)")
    }
}
