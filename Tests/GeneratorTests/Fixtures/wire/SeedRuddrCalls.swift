// Calls every operation of the Ruddr seed spec (ruddr.yaml) through the generated client, against a Connexion
// server that validates each request and response against the spec. Prints one line per call:
// `ok ruddr <name>` or `FAIL ruddr <name>: …`.
import Foundation
import SeedRuddrWire

/// Calls every operation with `transport`; returns the number of failed calls.
func callRuddr(server: URL, transport: any ClientTransport) async -> Int {
    var failures = 0
    /// Runs one call and prints its outcome.
    func check(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
            print("ok ruddr \(name)")
        } catch {
            failures += 1
            print("FAIL ruddr \(name): \(error)")
        }
    }
    let client = SeedRuddrWireClient(
        serverURL: server, transport: transport, credentials: .init(bearerAuth: .value("test-token")))
    /// Fetches its token for every request, as a refreshing provider would.
    let provided = SeedRuddrWireClient(
        serverURL: server, transport: transport, credentials: .init(bearerAuth: .provider { "test-" + "token" }))

    let contact = UUID(uuidString: "b27fd363-b75e-4ed1-af08-0b05119ea6b1")!
    let cursor = UUID(uuidString: "1ad7c97a-d949-4bff-aab4-94bfa618e694")!
    let owner = UUID(uuidString: "df15e83f-5353-4b89-b2cd-d7018ff11b07")!
    let timeZone = UUID(uuidString: "bd8457a1-7a5f-46da-80d1-42671604d3fc")!
    let tag = UUID(uuidString: "63081c77-52ef-45d5-92f5-7131c74df008")!

    // GET /contacts
    await check("listContacts first page") { _ = try await client.listContacts().body() }
    await check("listContacts startingAfter, limit") {
        let page = try await client.listContacts(startingAfter: cursor, limit: 100).body()
        _ = (page.results, page.hasMore)
    }
    await check("listContacts endingBefore, limit 1") {
        _ = try await provided.listContacts(endingBefore: contact, limit: 1).body()
    }

    // GET /contacts/{id}
    await check("getContact") { _ = try await client.getContact(id: contact).body() }

    // PATCH /contacts/{id}
    await check("updateContact title, tags, clear fax") {
        _ = try await client.updateContact(
            id: contact,
            body: ContactUpdate(title: .value("Vice President of Operations"), fax: .null, tagIDs: [tag])
        ).body()
    }
    await check("updateContact every field") {
        _ = try await client.updateContact(
            id: contact,
            body: ContactUpdate(
                firstName: "Jane", lastName: "Doe", name: "Jane Doe", email: "jane.doe@acmecorp.com",
                title: .value("Vice President of Operations"),
                description: .value("Key stakeholder responsible for all \"technology\" decisions.\nSecond line."),
                officePhone: .value("1-508-367-0989"), mobilePhone: .value("1-339-908-7090"),
                fax: .value("1-508-367-0990"), websiteURL: .value("https://acmecorp.com/?ref=ruddr&x=1"),
                ownerID: .value(owner), timeZoneID: .value(timeZone), tagIDs: [tag, owner])
        ).body()
    }
    await check("updateContact clear every nullable field") {
        _ = try await provided.updateContact(
            id: contact,
            body: ContactUpdate(
                title: .null, description: .null, officePhone: .null, mobilePhone: .null, fax: .null, websiteURL: .null,
                ownerID: .null, timeZoneID: .null, tagIDs: [])
        ).body()
    }
    await check("updateContact empty body") {
        let output = try await client.updateContact(id: contact, body: ContactUpdate())
        guard case .ok(let updated) = output else { throw UnexpectedResponse(output: output) }
        _ = updated.id
    }

    // No credentials at all: refused before anything is sent.
    await check("missing credentials") {
        do {
            _ = try await SeedRuddrWireClient(serverURL: server, transport: transport).getContact(id: contact)
            throw UnexpectedResponse(output: "sent without credentials")
        } catch is MissingCredentials {
        }
    }
    return failures
}
