// Calls every operation of the Libredesk seed spec (libredesk.yaml) through the generated client, against a
// Connexion server that validates each request and response against the spec. Prints one line per call:
// `ok libredesk <name>` or `FAIL libredesk <name>: …`.
import Foundation
import SeedLibredeskWire

/// Calls every operation with `transport`; returns the number of failed calls.
func callLibredesk(server: URL, transport: any ClientTransport) async -> Int {
    var failures = 0
    /// Runs one call and prints its outcome.
    func check(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
            print("ok libredesk \(name)")
        } catch {
            failures += 1
            print("FAIL libredesk \(name): \(error)")
        }
    }
    let basic = SeedLibredeskWireClient(
        serverURL: server, transport: transport,
        credentials: .init(basicAuth: .value(BasicCredentials(username: "testkey", password: "testsecret"))))
    let token = SeedLibredeskWireClient(
        serverURL: server, transport: transport, credentials: .init(tokenAuth: .value("token testkey:testsecret")))
    /// Fetches its credential for every request, as a refreshing provider would.
    let provided = SeedLibredeskWireClient(
        serverURL: server, transport: transport,
        credentials: .init(basicAuth: .provider { BasicCredentials(username: "testkey", password: "test" + "secret") }))

    let avatar = MultipartFile(
        data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        filename: "jane avatar.png", contentType: "image/png")

    // PUT /api/v1/contacts/{id} (multipart/form-data)
    await check("handleUpdateContact required only") {
        _ = try await basic.handleUpdateContact(
            id: "42", body: HandleUpdateContactRequest(firstName: "Jane", email: "jane.roe@example.com")
        ).body()
    }
    await check("handleUpdateContact every field, new avatar file") {
        _ = try await basic.handleUpdateContact(
            id: "42",
            body: HandleUpdateContactRequest(
                firstName: "Jane", lastName: "Roe-Smith", email: "jane.roe@example.com", phoneNumber: "5551234567",
                phoneNumberCountryCode: "US", country: "US", files: avatar,
                avatarURL: .value("https://cdn.example.com/avatars/42.png?size=128&v=2"), enabled: true)
        ).body()
    }
    await check("handleUpdateContact remove avatar (null)") {
        _ = try await token.handleUpdateContact(
            id: "42",
            body: HandleUpdateContactRequest(
                firstName: "Zoë", lastName: "O'Brien & Søn", email: "zoe@example.com", avatarURL: .null, enabled: false)
        ).body()
    }
    await check("handleUpdateContact file without filename or type") {
        _ = try await provided.handleUpdateContact(
            id: "contact 7ä",
            body: HandleUpdateContactRequest(
                firstName: "Ann", email: "ann@example.com", phoneNumberCountryCode: "GB",
                files: MultipartFile(data: Data("GIF89a".utf8)))
        ).body()
    }

    // PUT /api/v1/agents/{id} (application/json)
    await check("handleUpdateAgent required only") {
        _ = try await basic.handleUpdateAgent(
            id: "1", body: AgentRequest(firstName: "John", email: "john.doe@example.com", roles: ["Admin"])
        ).body()
    }
    await check("handleUpdateAgent every field") {
        _ = try await token.handleUpdateAgent(
            id: "1",
            body: AgentRequest(
                firstName: "John", lastName: "Doe", email: "john.doe@example.com", roles: ["Admin", "Agent"],
                sendWelcomeEmail: false, teams: ["1", "3"], enabled: true, availabilityStatus: .awayAndReassigning,
                newPassword: "n3w-Secret-passw0rd"))
            .body()
    }
    await check("handleUpdateAgent empty roles, away_manual") {
        let output = try await provided.handleUpdateAgent(
            id: "17",
            body: AgentRequest(
                firstName: "Émile", email: "emile@example.fr", roles: [], teams: [], enabled: false,
                availabilityStatus: .awayManual))
        guard case .ok(let response) = output else { throw UnexpectedResponse(output: output) }
        _ = response.data
    }

    // No credentials at all: refused before anything is sent.
    await check("missing credentials") {
        do {
            _ = try await SeedLibredeskWireClient(serverURL: server, transport: transport).handleUpdateAgent(
                id: "1", body: AgentRequest(firstName: "John", email: "john.doe@example.com", roles: ["Admin"]))
            throw UnexpectedResponse(output: "sent without credentials")
        } catch is MissingCredentials {
        }
    }
    return failures
}
