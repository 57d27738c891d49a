// Calls every operation of the SuperOffice seed spec (superoffice.yaml) through the generated client, against a
// Connexion server that validates each request and response against the spec. Prints one line per call:
// `ok superoffice <name>` or `FAIL superoffice <name>: …`.
import Foundation
import SeedSuperOfficeWire

/// Calls every operation with `transport`; returns the number of failed calls.
func callSuperOffice(server: URL, transport: any ClientTransport) async -> Int {
    var failures = 0
    /// Runs one call and prints its outcome.
    func check(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
            print("ok superoffice \(name)")
        } catch {
            failures += 1
            print("FAIL superoffice \(name): \(error)")
        }
    }
    /// Requires the documented success case.
    func ok(_ output: Operations.PutContactEntity.Output) throws {
        guard case .ok = output else { throw UnexpectedResponse(output: output) }
    }
    let basic = SeedSuperOfficeWireClient(
        serverURL: server, transport: transport,
        credentials: .init(basicAuth: .value(BasicCredentials(username: "testkey", password: "testsecret"))))
    let ticket = SeedSuperOfficeWireClient(
        serverURL: server, transport: transport, credentials: .init(soTicket: .value("test-api-key")))
    let bearer = SeedSuperOfficeWireClient(
        serverURL: server, transport: transport, credentials: .init(bearerAuth: .provider { "test-" + "token" }))

    let updated = Date(timeIntervalSince1970: 1_526_521_619.847)
    let created = Date(timeIntervalSince1970: 1_442_195_219)
    let email = EntityElement(
        value: "info@douglas-spinka.example", strippedValue: "info@douglas-spinka.example", description: "Main address")
    let person = Person(
        position: "CEO", personID: 597, mrmrs: "Ms", firstname: "Vivien", lastname: "Cremin",
        middleName: "Reynolds-Sauer", email: "vivien@douglas-spinka.example", directPhone: "554.963.8497 x992",
        countryID: 578, contactID: 623, retired: 0, rank: 1, usePersonAddress: false, personNumber: "1048334",
        tableRight: .null)
    let full = ContactEntity(
        contactID: 623, name: "Douglas, Spinka and Nader", department: "", orgNr: "727497", number1: "803666",
        number2: "1180542", updatedDate: updated, createdDate: created, emails: [email, email],
        interests: [
            SelectableMdoListItem(
                id: 284, name: "Ortiz Inc and Sons", toolTip: "Quia facere distinctio.", deleted: false, rank: 418,
                type: "consequatur", colorBlock: 5, iconHint: "non", selected: true, lastChanged: created,
                childItems: [SelectableMdoListItem(), SelectableMdoListItem(id: 285, name: "Child")], hidden: false)
        ],
        urls: [EntityElement(value: "https://douglas-spinka.example/?a=1&b=2", description: "Homepage")],
        phones: [EntityElement(value: "+47 22 33 44 55", strippedValue: "4722334455")],
        faxes: [],
        description: "Fully-configurable object-oriented budgetary management\nwith a second line",
        updatedBy: .null,
        associate: .value(
            Associate(
                associateID: 5, name: "ADM", personID: 12, type: .internalAssociate, fullName: "Admin Istrator",
                deleted: false, userName: "adm")),
        business: .value(Business(id: 3, value: "IT", tooltip: "Information technology")),
        category: .value(Category(id: 1, value: "VIP Customer")),
        country: .value(Country(countryID: 578, name: "Norway", twoLetterIsoCountry: "NO", threeLetterIsoCountry: "NOR")),
        persons: [person],
        noMailing: false, kananame: "dicta", xstop: false, activeInterests: 1, groupID: 564,
        activeStatusMonitorID: 247,
        supportAssociate: .null,
        ticketPriority: .value(TicketPriority(id: 2, value: "High")),
        customerLanguage: .value(CustomerLanguage(id: 1, value: "English")),
        deleted: 0, dbiAgentID: 754, dbiLastSyncronized: updated, dbiKey: "unde", dbiLastModified: updated,
        supportPerson: .value(person),
        address: .value(
            Address(
                wgs84Latitude: 59.9139, wgs84Longitude: 10.7522,
                localizedAddress: [
                    [LocalizedField(name: "Address1", value: "Wergelandsveien 1", label: "Street", valueLength: 50)],
                    [LocalizedField(name: "Zipcode", value: "0167"), LocalizedField(name: "City", value: "Oslo")],
                ],
                street: .value(
                    StructuredAddress(
                        atypeIdx: .contactStreetAddress, address1: "Wergelandsveien 1", city: "Oslo", zipcode: "0167")),
                postal: .null, formatted: "Wergelandsveien 1\n0167 Oslo")),
        source: 42, activeErpLinks: 0,
        bounceEmails: ["keenan_wisozk@ruecker.name", "laurianne@lebsack.com"],
        domains: ["douglas-spinka.example", "ut.example"],
        initialUtmParameters: .value(InitalUtmParameters(source: "newsletter", medium: "email", campaign: "spring")),
        userDefinedFields: ["SuperOffice:1": "False", "SuperOffice:2": "Della Shields"],
        extraFields: ["ExtraFields1": "provident"],
        customFields: ["CustomFields1": "ut", "CustomFields2": "laboriosam"])

    // PUT /api/v1/Contact/{id}, once in each request content type.
    await check("putContactEntity json, every field") {
        try ok(try await basic.putContactEntity(id: 623, body: .json(full)))
    }
    await check("putContactEntity json, $select and headers") {
        try ok(
            try await basic.putContactEntity(
                id: 623, select: "name,department,category/id", xXsrfToken: "xsrf-4f9a", acceptLanguage: "nb",
                soLanguage: "no", soCulture: "nb-NO", soTimeZone: "CET", soAppToken: "app-token-123",
                ifUnmodifiedSince: "Wed, 21 Oct 2015 07:28:00 GMT",
                body: .json(ContactEntity(contactID: 623, name: "Douglas, Spinka & Nader"))))
    }
    await check("putContactEntity text/json, soTicket") {
        try ok(try await ticket.putContactEntity(id: 1, body: .jsonText(ContactEntity(name: "Acme", noMailing: true))))
    }
    await check("putContactEntity merge-patch+json, bearer") {
        try ok(
            try await bearer.putContactEntity(
                id: 623, select: "Name",
                body: .mergePatchJSON(ContactEntity(department: "Sales", category: .null, country: .null, address: .null))))
    }
    await check("putContactEntity json-patch+json") {
        try ok(
            try await basic.putContactEntity(
                id: 623, acceptLanguage: "de", body: .jsonPatchJSON(ContactEntity(orgNr: "NO 123 456 789 MVA"))))
    }
    await check("putContactEntity form-urlencoded") {
        try ok(
            try await basic.putContactEntity(
                id: 623,
                body: .form(
                    ContactEntity(
                        contactID: 623, name: "Douglas, Spinka & Nader", department: "R&D / ÆØÅ",
                        updatedDate: updated, noMailing: false, xstop: true, deleted: 0,
                        domains: ["douglas-spinka.example", "ut.example"]))))
    }
    await check("putContactEntity application/xml") {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><ContactEntity><ContactId>623</ContactId><Name>Douglas</Name></ContactEntity>"#
        try ok(try await basic.putContactEntity(id: 623, body: .xml(.data(Data(xml.utf8)))))
    }
    await check("putContactEntity text/xml") {
        try ok(
            try await ticket.putContactEntity(
                id: 623, soTimeZone: "UTC", body: .xmlText("<ContactEntity><Name>Smørbrød &amp; Co</Name></ContactEntity>")))
    }

    // No credentials at all: refused before anything is sent.
    await check("missing credentials") {
        do {
            _ = try await SeedSuperOfficeWireClient(serverURL: server, transport: transport).putContactEntity(
                id: 623, body: .json(ContactEntity()))
            throw UnexpectedResponse(output: "sent without credentials")
        } catch is MissingCredentials {
        }
    }
    return failures
}
