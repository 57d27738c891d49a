// Calls every operation of the real Libredesk API through the generated client, against a Connexion server that
// validates each request and response against the spec, once with each transport. Prints one line per call:
// `ok <transport> <name>` or `FAIL <transport> <name>: …`. `wireServerURL` is declared by the test (Server.swift).
import Foundation
import LibredeskAPI
import LibredeskAPIAsyncHTTPClient

/// Marks its requests so that the server log shows they were meant to be refused.
struct ExpectStatus: ClientMiddleware {
    var status: Int
    func intercept(
        _ request: ClientRequest, next: @Sendable (ClientRequest) async throws -> ClientResponse
    ) async throws -> ClientResponse {
        var request = request
        request.setHeader("X-Wire-Expect", String(status))
        return try await next(request)
    }
}

/// Calls every operation with `transport`; returns the number of failed calls.
func callEverything(server: URL, transport: any ClientTransport, label: String) async -> Int {
    var failures = 0
    /// Runs one call and prints its outcome.
    func check(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
            print("ok \(label) \(name)")
        } catch {
            failures += 1
            print("FAIL \(label) \(name): \(error)")
        }
    }
    let basic = LibredeskClient(
        serverURL: server, transport: transport,
        credentials: .init(basicAuth: .value(BasicCredentials(username: "testkey", password: "testsecret"))))
    let token = LibredeskClient(
        serverURL: server, transport: transport, credentials: .init(tokenAuth: .value("token testkey:testsecret")))
    /// Fetches its token for every request, as a refreshing provider would.
    let provided = LibredeskClient(
        serverURL: server, transport: transport,
        credentials: .init(tokenAuth: .provider { "token testkey:" + "testsecret" }))
    let wrong = LibredeskClient(
        serverURL: server, transport: transport, credentials: .init(basicAuth: .value(BasicCredentials(username: "testkey", password: "nope"))),
        middlewares: [ExpectStatus(status: 401)])

    let avatar = MultipartFile(
        data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x10]), filename: "avatar.png",
        contentType: "image/png")
    let conversation = "5f0e6d8e-3b1a-4c2e-9d7f-1a2b3c4d5e6f"

    await check("handleGetAgents") { _ = try await basic.handleGetAgents().body() }
    await check("handleCreateAgent") {
        _ = try await basic.handleCreateAgent(
            body: AgentRequest(
                firstName: "Ann", lastName: "Lee", email: "ann@example.com", roles: ["Agent"], sendWelcomeEmail: false,
                teams: ["Support"], enabled: true, availabilityStatus: .online)
        ).body()
    }
    await check("handleGetCurrentAgent") { _ = try await token.handleGetCurrentAgent().body() }
    await check("handleUpdateAgentAvailability") {
        _ = try await basic.handleUpdateAgentAvailability(body: AvailabilityRequest(status: .away, source: nil)).body()
    }
    await check("handleDeleteAgent") { _ = try await basic.handleDeleteAgent(id: "13").body() }
    await check("handleGetAgent") { _ = try await provided.handleGetAgent(id: "12").body() }
    await check("handleUpdateAgent") {
        _ = try await basic.handleUpdateAgent(
            id: "12",
            body: AgentRequest(firstName: "Ann", email: "ann@example.com", roles: ["Admin", "Agent"], newPassword: "s3cret!"))
            .body()
    }
    await check("handleRevokeAPIKey") { _ = try await basic.handleRevokeAPIKey(id: "12").body() }
    await check("handleGenerateAPIKey") { _ = try await token.handleGenerateAPIKey(id: "12").body() }
    await check("handleAiCompletion") {
        _ = try await basic.handleAiCompletion(body: AiCompletionRequest(promptKey: "make_friendly", content: "hi there"))
            .body()
    }
    await check("handleGetAiPrompts") { _ = try await basic.handleGetAiPrompts().body() }
    await check("handleUpdateAiProvider") {
        _ = try await basic.handleUpdateAiProvider(body: AiProviderRequest(provider: "openai", apiKey: "sk-test")).body()
    }
    await check("handleGetContacts") { _ = try await basic.handleGetContacts(page: 2, pageSize: 50).body() }
    await check("handleSearchContacts") { _ = try await basic.handleSearchContacts(query: "ann lee & co/é").body() }
    await check("handleGetContact") { _ = try await basic.handleGetContact(id: "7").body() }
    await check("handleUpdateContact keep avatar") {
        _ = try await basic.handleUpdateContact(
            id: "7",
            body: HandleUpdateContactRequest(
                firstName: "Ann", lastName: "Lee", email: "ann@example.com", phoneNumber: "+15550100",
                phoneNumberCountryCode: "US", country: "US", files: avatar, avatarURL: .absent, enabled: true)
        ).body()
    }
    await check("handleUpdateContact remove avatar") {
        _ = try await token.handleUpdateContact(
            id: "7", body: HandleUpdateContactRequest(firstName: "Ann", email: "ann@example.com", avatarURL: .null)
        ).body()
    }
    await check("handleUpdateContact set avatar") {
        _ = try await basic.handleUpdateContact(
            id: "7",
            body: HandleUpdateContactRequest(
                firstName: "Ann", email: "ann@example.com", avatarURL: .value("https://example.com/a.png"))
        ).body()
    }
    await check("handleBlockContact") {
        _ = try await basic.handleBlockContact(id: "7", body: HandleBlockContactRequest(enabled: false)).body()
    }
    await check("handleGetContactNotes") { _ = try await basic.handleGetContactNotes(id: "7").body() }
    await check("handleCreateContactNote") {
        _ = try await basic.handleCreateContactNote(id: "7", body: ContactNoteRequest(note: "Called \"back\"")).body()
    }
    await check("handleDeleteContactNote") { _ = try await basic.handleDeleteContactNote(id: "7", noteID: "3").body() }
    await check("handleCreateConversation") {
        _ = try await basic.handleCreateConversation(
            body: CreateConversationRequest(
                subject: "Hello", content: "<p>Help</p>", inboxID: 1, teamID: .null, agentID: .value(4),
                contactEmail: "ann@example.com", firstName: "Ann", initiator: .contact,
                customAttributes: ["plan": .string("pro"), "seats": .integer(3)])
        ).body()
    }
    await check("handleGetAllConversations") { _ = try await basic.handleGetAllConversations(page: 1).body() }
    await check("handleGetAssignedConversations") {
        _ = try await basic.handleGetAssignedConversations(pageSize: 10).body()
    }
    await check("handleSearchConversations") { _ = try await basic.handleSearchConversations(query: "refund").body() }
    await check("handleGetUnassignedConversations") { _ = try await basic.handleGetUnassignedConversations().body() }
    await check("handleSendMessage") {
        _ = try await basic.handleSendMessage(
            cuuid: conversation,
            body: MessageRequest(message: "Thanks!", attachments: [1, 2], private: false, senderType: .agent)
        ).body()
    }
    await check("handleGetMessage") { _ = try await basic.handleGetMessage(cuuid: conversation, uuid: conversation).body() }
    await check("handleRetryMessage") {
        _ = try await basic.handleRetryMessage(cuuid: conversation, uuid: conversation).body()
    }
    await check("handleGetConversation") { _ = try await basic.handleGetConversation(uuid: conversation).body() }
    await check("handleUpdateTeamAssignee") {
        _ = try await basic.handleUpdateTeamAssignee(uuid: conversation, body: TeamAssignRequest(assigneeID: 2)).body()
    }
    await check("handleRemoveTeamAssignee") { _ = try await basic.handleRemoveTeamAssignee(uuid: conversation).body() }
    await check("handleUpdateUserAssignee") {
        _ = try await basic.handleUpdateUserAssignee(uuid: conversation, body: UserAssignRequest(assigneeID: 4)).body()
    }
    await check("handleRemoveUserAssignee") { _ = try await basic.handleRemoveUserAssignee(uuid: conversation).body() }
    await check("handleUpdateConversationAssigneeLastSeen") {
        _ = try await basic.handleUpdateConversationAssigneeLastSeen(uuid: conversation).body()
    }
    await check("handleGetMessages") {
        _ = try await basic.handleGetMessages(
            uuid: conversation, page: 1, pageSize: 30, private: true, type: [.incoming, .outgoing]
        ).body()
    }
    await check("handleGetConversationParticipants") {
        _ = try await basic.handleGetConversationParticipants(uuid: conversation).body()
    }
    await check("handleUpdateConversationPriority") {
        _ = try await basic.handleUpdateConversationPriority(uuid: conversation, body: PriorityUpdateRequest(priority: .high))
            .body()
    }
    await check("handleUpdateConversationStatus") {
        _ = try await basic.handleUpdateConversationStatus(
            uuid: conversation, body: StatusUpdateRequest(status: "Snoozed", snoozedUntil: "2h")
        ).body()
    }
    await check("handleUpdateConversationtags") {
        _ = try await basic.handleUpdateConversationtags(
            uuid: conversation, body: TagsUpdateRequest(tags: ["billing", "vip"], action: .addTags)
        ).body()
    }
    await check("handleMediaUpload") {
        _ = try await basic.handleMediaUpload(
            body: HandleMediaUploadRequest(files: avatar, inline: "true", linkedModel: .messages)
        ).body()
    }
    await check("handleSearchMessages") { _ = try await basic.handleSearchMessages(query: "invoice #42").body() }
    await check("handleGetPriorities") { _ = try await basic.handleGetPriorities().body() }
    await check("handleGetStatuses") { _ = try await basic.handleGetStatuses().body() }
    await check("handleCreateStatus") {
        _ = try await basic.handleCreateStatus(body: StatusRequest(name: "Pending", category: .waiting)).body()
    }
    await check("handleDeleteStatus") { _ = try await basic.handleDeleteStatus(id: "5").body() }
    await check("handleUpdateStatus") {
        _ = try await basic.handleUpdateStatus(id: "5", body: StatusRequest(name: "Open", category: .open)).body()
    }
    await check("handleGetTeams") { _ = try await basic.handleGetTeams().body() }
    await check("handleCreateTeam") {
        _ = try await basic.handleCreateTeam(
            body: TeamRequest(name: "Billing", emoji: "💸", conversationAssignmentType: "Round robin", timezone: "UTC"))
            .body()
    }
    await check("handleDeleteTeam") { _ = try await basic.handleDeleteTeam(id: "3").body() }
    await check("handleGetTeam") { _ = try await basic.handleGetTeam(id: "2").body() }
    await check("handleUpdateTeam") {
        _ = try await basic.handleUpdateTeam(
            id: "2", body: TeamRequest(name: "Billing", conversationAssignmentType: "Manual", maxAutoAssignedConversations: 5)
        ).body()
    }
    await check("handleGetViewConversations") { _ = try await basic.handleGetViewConversations(id: "3", page: 1).body() }
    await check("handleGetTeamUnassignedConversations") {
        _ = try await basic.handleGetTeamUnassignedConversations(id: "2", pageSize: 5).body()
    }
    await check("handleHealthCheck") { _ = try await token.handleHealthCheck().body() }

    // Refusals: a wrong password gets the documented 401 case; no credentials at all is refused before sending.
    await check("wrong credentials") {
        let output = try await wrong.handleGetAgents()
        guard case .unauthorized = output else { throw UnexpectedResponse(output: output) }
    }
    await check("missing credentials") {
        do {
            _ = try await LibredeskClient(serverURL: server, transport: transport).handleGetAgents()
            throw UnexpectedResponse(output: "sent without credentials")
        } catch is MissingCredentials {
        }
    }
    return failures
}

var failures = 0
failures += await callEverything(server: wireServerURL, transport: URLSessionTransport(), label: "urlsession")
failures += await callEverything(
    server: wireServerURL, transport: AsyncHTTPClientTransport(), label: "async-http-client")
print("done \(failures) failures")
