// Calls every operation of the Luminous seed spec (luminous.yaml) through the generated client, against a
// Connexion server that validates each request and response against the spec. Prints one line per call:
// `ok luminous <name>` or `FAIL luminous <name>: …`.
import Foundation
import SeedLuminousWire

/// Calls every operation with `transport`; returns the number of failed calls.
func callLuminous(server: URL, transport: any ClientTransport) async -> Int {
    var failures = 0
    /// Runs one call and prints its outcome.
    func check(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
            print("ok luminous \(name)")
        } catch {
            failures += 1
            print("FAIL luminous \(name): \(error)")
        }
    }
    let client = SeedLuminousWireClient(
        serverURL: server, transport: transport, credentials: .init(bearerAuth: .value("test-token")))
    /// Fetches its token for every request, as a refreshing provider would.
    let provided = SeedLuminousWireClient(
        serverURL: server, transport: transport, credentials: .init(bearerAuth: .provider { "test-" + "token" }))

    // POST /contacts/{contactId}
    await check("updateContact only email") {
        _ = try await client.updateContact(
            contactID: 123, body: ContactUpdateRequest(email: .value("newemail@example.com"))
        ).body()
    }
    await check("updateContact several fields") {
        _ = try await client.updateContact(
            contactID: 123,
            body: ContactUpdateRequest(
                firstName: .value("Updated"), lastName: .value("Name"), phone1: .value("555-1234"),
                phone2: .value("555-555-5555"))
        ).body()
    }
    await check("updateContact change company, primary, pdf flags") {
        _ = try await provided.updateContact(
            contactID: 789_123,
            body: ContactUpdateRequest(
                companyID: .value(456), isPrimary: true, receiveQuotationPDF: false, receivePurchaseOrderPDF: true,
                receivePurchaseOrderInvoicePDF: false)
        ).body()
    }
    await check("updateContact portal password") {
        _ = try await client.updateContact(
            contactID: 1,
            body: ContactUpdateRequest(email: .value("john.smith@acmecorp.com"), password: "minimum8chars"))
            .body()
    }
    await check("updateContact multiple companies and tags") {
        _ = try await client.updateContact(
            contactID: 123, body: ContactUpdateRequest(companyIDs: [123, 456], tags: ["sales", "primary", "näïve & co"])
        ).body()
    }
    await check("updateContact clear nullable fields, bank details") {
        _ = try await client.updateContact(
            contactID: 123,
            body: ContactUpdateRequest(
                lastName: .null, phone1: .null, phone2: .null, receivingBankName: .value("First \"National\" Bank"),
                receivingBankAddress: .value("1 Main St\nSpringfield"))
        ).body()
    }
    await check("updateContact empty body") {
        let output = try await provided.updateContact(contactID: 0, body: ContactUpdateRequest())
        guard case .ok(let response) = output else { throw UnexpectedResponse(output: output) }
        _ = response.data
    }

    // No credentials at all: refused before anything is sent.
    await check("missing credentials") {
        do {
            _ = try await SeedLuminousWireClient(serverURL: server, transport: transport).updateContact(
                contactID: 123, body: ContactUpdateRequest())
            throw UnexpectedResponse(output: "sent without credentials")
        } catch is MissingCredentials {
        }
    }
    return failures
}
