// An in-memory implementation of the real Libredesk API for the generated server: agents and contacts are really
// stored and read back, agents and teams really deleted (what names nothing answers 404); the other operations
// answer with the documented success body. Accepts the test
// credentials only (basic `testkey`/`testsecret`, or `Authorization: token testkey:testsecret`).
import Foundation
import LibredeskAPI
import LibredeskAPIServer

/// What the handler has stored.
actor LibredeskStore {
    var agents: [Int: Agent] = [
        12: Agent(id: 12, firstName: "Ann", lastName: "Lee", email: .value("ann@example.com"), enabled: true),
        13: deletableAgent,
    ]
    var teams: [Int: Team] = [2: Team(id: 2, name: "Support"), 3: deletableTeam]
    /// The agent and team the client's calls delete.
    static let deletableAgent = Agent(id: 13, firstName: "Bo", email: .value("bo@example.com"), enabled: true)
    static let deletableTeam = Team(id: 3, name: "Sales")
    var contacts: [Int: Contact] = [
        7: Contact(id: 7, firstName: "Ann", email: "ann@example.com", avatarURL: .value("https://example.com/old.png"))
    ]
    /// The avatar files received, in order.
    var avatarFiles: [MultipartFile] = []
    /// Contact 7's `avatar_url` after each update, in order (nil: null).
    var avatarHistory: [String?] = []
    var nextID = 100

    func newID() -> Int {
        nextID += 1
        return nextID
    }

    func store(_ agent: Agent) { if let id = agent.id { agents[id] = agent } }
    func removeAgent(_ id: Int) -> Bool { agents.removeValue(forKey: id) != nil }
    /// Puts back the agent and team the client's calls delete, so that each transport's calls find them.
    func restoreDeleted() {
        agents[13] = Self.deletableAgent
        teams[3] = Self.deletableTeam
    }

    func store(_ team: Team) { if let id = team.id { teams[id] = team } }
    func removeTeam(_ id: Int) -> Bool { teams.removeValue(forKey: id) != nil }

    func updateContact(_ id: Int, _ body: HandleUpdateContactRequest) -> Contact {
        var contact = contacts[id] ?? Contact(id: id)
        contact.firstName = body.firstName
        contact.email = body.email
        if let lastName = body.lastName { contact.lastName = lastName }
        if let phone = body.phoneNumber { contact.phoneNumber = .value(phone) }
        if let code = body.phoneNumberCountryCode { contact.phoneNumberCountryCode = .value(code) }
        if let enabled = body.enabled { contact.enabled = enabled }
        switch body.avatarURL {
        case .absent: break
        case .null: contact.avatarURL = .null
        case .value(let url): contact.avatarURL = .value(url)
        }
        if let file = body.files { avatarFiles.append(file) }
        contacts[id] = contact
        if case .value(let url) = contact.avatarURL { avatarHistory.append(url) } else { avatarHistory.append(nil) }
        return contact
    }

    func setContactEnabled(_ id: Int, _ enabled: Bool) -> Contact {
        var contact = contacts[id] ?? Contact(id: id)
        contact.enabled = enabled
        contacts[id] = contact
        return contact
    }
}

/// 404 with a problem+json body: the identifier names nothing stored (never stored, or deleted). The spec documents
/// no 404, so no output may carry it (the server refuses undocumented statuses); thrown as a `RequestProblem`, it is
/// the server's own refusal, as for an unknown path.
func notFound<Output>() throws -> Output {
    throw RequestProblem(status: 404, title: "Not Found", detail: "the identifier names nothing stored")
}

/// The handler over a store.
struct LibredeskMemory: LibredeskHandler {
    let store: LibredeskStore

    func authenticate(_ credentials: LibredeskServer.Credentials, context: LibredeskServer.Context) async throws -> Bool
    {
        if let basic = credentials.basicAuth { return basic.username == "testkey" && basic.password == "testsecret" }
        return credentials.tokenAuth == "token testkey:testsecret"
    }

    private func agent(from body: AgentRequest, id: Int) -> Agent {
        Agent(
            id: id, createdAt: Date(timeIntervalSince1970: 1_700_000_000), firstName: body.firstName,
            lastName: body.lastName, email: .value(body.email), availabilityStatus: body.availabilityStatus?.rawValue,
            enabled: body.enabled ?? true, roles: body.roles, teams: [])
    }

    // MARK: Agents

    func handleGetAgents(_ input: Operations.HandleGetAgents.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetAgents.Output
    {
        .ok(AgentListResponse(status: "success"))
    }

    func handleCreateAgent(_ input: Operations.HandleCreateAgent.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleCreateAgent.Output
    {
        let agent = agent(from: input.body, id: await store.newID())
        await store.store(agent)
        return .ok(AgentResponse(status: "success", data: agent))
    }

    func handleGetCurrentAgent(_ input: Operations.HandleGetCurrentAgent.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleGetCurrentAgent.Output
    {
        .ok(AgentResponse(status: "success", data: await store.agents[12]))
    }

    func handleUpdateAgentAvailability(
        _ input: Operations.HandleUpdateAgentAvailability.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateAgentAvailability.Output {
        guard var agent = await store.agents[12] else { return .ok(AgentResponse(status: "success")) }
        agent.availabilityStatus = input.body.status.rawValue
        await store.store(agent)
        return .ok(AgentResponse(status: "success", data: agent))
    }

    func handleDeleteAgent(_ input: Operations.HandleDeleteAgent.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleDeleteAgent.Output
    {
        guard let id = Int(input.id), await store.removeAgent(id) else { return try notFound() }
        return .ok(SuccessResponse(status: "success", data: true))
    }

    func handleGetAgent(_ input: Operations.HandleGetAgent.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetAgent.Output
    {
        guard let id = Int(input.id), let agent = await store.agents[id] else { return try notFound() }
        return .ok(AgentResponse(status: "success", data: agent))
    }

    func handleUpdateAgent(_ input: Operations.HandleUpdateAgent.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleUpdateAgent.Output
    {
        guard let id = Int(input.id), await store.agents[id] != nil else { return try notFound() }
        let agent = agent(from: input.body, id: id)
        await store.store(agent)
        return .ok(AgentResponse(status: "success", data: agent))
    }

    func handleRevokeAPIKey(_ input: Operations.HandleRevokeAPIKey.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleRevokeAPIKey.Output
    {
        .ok(SuccessResponse(status: "success", data: true))
    }

    func handleGenerateAPIKey(_ input: Operations.HandleGenerateAPIKey.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleGenerateAPIKey.Output
    {
        .ok(APIKeyResponse(status: "success"))
    }

    // MARK: Contacts

    func handleGetContacts(_ input: Operations.HandleGetContacts.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetContacts.Output
    {
        .ok(ContactListResponse(status: "success"))
    }

    func handleSearchContacts(_ input: Operations.HandleSearchContacts.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleSearchContacts.Output
    {
        .ok(ContactSearchResponse(status: "success"))
    }

    func handleGetContact(_ input: Operations.HandleGetContact.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetContact.Output
    {
        var contact: Contact?
        if let id = Int(input.id) { contact = await store.contacts[id] }
        return .ok(ContactResponse(status: "success", data: contact))
    }

    func handleUpdateContact(_ input: Operations.HandleUpdateContact.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleUpdateContact.Output
    {
        let contact = await store.updateContact(Int(input.id) ?? 0, input.body)
        return .ok(ContactResponse(status: "success", data: contact))
    }

    func handleBlockContact(_ input: Operations.HandleBlockContact.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleBlockContact.Output
    {
        let contact = await store.setContactEnabled(Int(input.id) ?? 0, input.body.enabled)
        return .ok(ContactResponse(status: "success", data: contact))
    }

    func handleGetContactNotes(_ input: Operations.HandleGetContactNotes.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleGetContactNotes.Output
    {
        .ok(ContactNoteListResponse(status: "success"))
    }

    func handleCreateContactNote(_ input: Operations.HandleCreateContactNote.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleCreateContactNote.Output
    {
        .ok(ContactNoteResponse(status: "success"))
    }

    func handleDeleteContactNote(_ input: Operations.HandleDeleteContactNote.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleDeleteContactNote.Output
    {
        .ok(SuccessResponse(status: "success", data: true))
    }

    // MARK: Everything else: the documented success body.

    func handleAiCompletion(_ input: Operations.HandleAiCompletion.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleAiCompletion.Output
    { .ok(AiCompletionResponse(status: "success")) }

    func handleGetAiPrompts(_ input: Operations.HandleGetAiPrompts.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleGetAiPrompts.Output
    { .ok(AiPromptListResponse(status: "success")) }

    func handleUpdateAiProvider(_ input: Operations.HandleUpdateAiProvider.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleUpdateAiProvider.Output
    { .ok(SuccessResponse(status: "success", data: true)) }

    func handleCreateConversation(_ input: Operations.HandleCreateConversation.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleCreateConversation.Output
    { .ok(ConversationResponse(status: "success")) }

    func handleGetAllConversations(
        _ input: Operations.HandleGetAllConversations.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleGetAllConversations.Output { .ok(ConversationListResponse(status: "success")) }

    func handleGetAssignedConversations(
        _ input: Operations.HandleGetAssignedConversations.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleGetAssignedConversations.Output {
        .ok(ConversationListResponse(status: "success"))
    }

    func handleSearchConversations(
        _ input: Operations.HandleSearchConversations.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleSearchConversations.Output { .ok(ConversationSearchResponse(status: "success")) }

    func handleGetUnassignedConversations(
        _ input: Operations.HandleGetUnassignedConversations.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleGetUnassignedConversations.Output {
        .ok(ConversationListResponse(status: "success"))
    }

    func handleSendMessage(_ input: Operations.HandleSendMessage.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleSendMessage.Output
    { .ok(MessageResponse(status: "success")) }

    func handleGetMessage(_ input: Operations.HandleGetMessage.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetMessage.Output
    { .ok(MessageResponse(status: "success")) }

    func handleRetryMessage(_ input: Operations.HandleRetryMessage.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleRetryMessage.Output
    { .ok(MessageResponse(status: "success")) }

    func handleGetConversation(_ input: Operations.HandleGetConversation.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleGetConversation.Output
    { .ok(ConversationResponse(status: "success")) }

    func handleUpdateTeamAssignee(_ input: Operations.HandleUpdateTeamAssignee.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleUpdateTeamAssignee.Output
    { .ok(SuccessResponse(status: "success", data: true)) }

    func handleRemoveTeamAssignee(_ input: Operations.HandleRemoveTeamAssignee.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleRemoveTeamAssignee.Output
    { .ok(SuccessResponse(status: "success", data: true)) }

    func handleUpdateUserAssignee(_ input: Operations.HandleUpdateUserAssignee.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleUpdateUserAssignee.Output
    { .ok(SuccessResponse(status: "success", data: true)) }

    func handleRemoveUserAssignee(_ input: Operations.HandleRemoveUserAssignee.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleRemoveUserAssignee.Output
    { .ok(SuccessResponse(status: "success", data: true)) }

    func handleUpdateConversationAssigneeLastSeen(
        _ input: Operations.HandleUpdateConversationAssigneeLastSeen.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateConversationAssigneeLastSeen.Output {
        .ok(SuccessResponse(status: "success", data: true))
    }

    func handleGetMessages(_ input: Operations.HandleGetMessages.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetMessages.Output
    { .ok(MessageListResponse(status: "success")) }

    func handleGetConversationParticipants(
        _ input: Operations.HandleGetConversationParticipants.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleGetConversationParticipants.Output {
        .ok([ConversationParticipantsResponseItem(id: 4, firstName: "Ann")])
    }

    func handleUpdateConversationPriority(
        _ input: Operations.HandleUpdateConversationPriority.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateConversationPriority.Output {
        .ok(SuccessResponse(status: "success", data: true))
    }

    func handleUpdateConversationStatus(
        _ input: Operations.HandleUpdateConversationStatus.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateConversationStatus.Output {
        .ok(SuccessResponse(status: "success", data: true))
    }

    func handleUpdateConversationtags(
        _ input: Operations.HandleUpdateConversationtags.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateConversationtags.Output {
        .ok(SuccessResponse(status: "success", data: true))
    }

    func handleMediaUpload(_ input: Operations.HandleMediaUpload.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleMediaUpload.Output
    { .ok(MediaResponse(status: "success")) }

    func handleSearchMessages(_ input: Operations.HandleSearchMessages.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleSearchMessages.Output
    { .ok(MessageSearchResponse(status: "success")) }

    func handleGetPriorities(_ input: Operations.HandleGetPriorities.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleGetPriorities.Output
    { .ok(PriorityListResponse(status: "success")) }

    func handleGetStatuses(_ input: Operations.HandleGetStatuses.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetStatuses.Output
    { .ok(StatusListResponse(status: "success")) }

    func handleCreateStatus(_ input: Operations.HandleCreateStatus.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleCreateStatus.Output
    { .ok(StatusResponse(status: "success")) }

    func handleDeleteStatus(_ input: Operations.HandleDeleteStatus.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleDeleteStatus.Output
    { .ok(SuccessResponse(status: "success", data: true)) }

    func handleUpdateStatus(_ input: Operations.HandleUpdateStatus.Input, context: LibredeskServer.Context)
        async throws -> Operations.HandleUpdateStatus.Output
    { .ok(StatusResponse(status: "success")) }

    func handleGetTeams(_ input: Operations.HandleGetTeams.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetTeams.Output
    { .ok(TeamListResponse(status: "success")) }

    func handleCreateTeam(_ input: Operations.HandleCreateTeam.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleCreateTeam.Output
    {
        let team = Team(id: await store.newID(), name: input.body.name)
        await store.store(team)
        return .ok(TeamResponse(status: "success", data: team))
    }

    func handleDeleteTeam(_ input: Operations.HandleDeleteTeam.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleDeleteTeam.Output
    {
        guard let id = Int(input.id), await store.removeTeam(id) else { return try notFound() }
        return .ok(SuccessResponse(status: "success", data: true))
    }

    func handleGetTeam(_ input: Operations.HandleGetTeam.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleGetTeam.Output
    {
        guard let id = Int(input.id), let team = await store.teams[id] else { return try notFound() }
        return .ok(TeamResponse(status: "success", data: team))
    }

    func handleUpdateTeam(_ input: Operations.HandleUpdateTeam.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleUpdateTeam.Output
    {
        guard let id = Int(input.id), var team = await store.teams[id] else { return try notFound() }
        team.name = input.body.name
        await store.store(team)
        return .ok(TeamResponse(status: "success", data: team))
    }

    func handleGetViewConversations(
        _ input: Operations.HandleGetViewConversations.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleGetViewConversations.Output { .ok(ConversationListResponse(status: "success")) }

    func handleGetTeamUnassignedConversations(
        _ input: Operations.HandleGetTeamUnassignedConversations.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleGetTeamUnassignedConversations.Output {
        guard let id = Int(input.id), await store.teams[id] != nil else { return try notFound() }
        return .ok(ConversationListResponse(status: "success"))
    }

    func handleHealthCheck(_ input: Operations.HandleHealthCheck.Input, context: LibredeskServer.Context) async throws
        -> Operations.HandleHealthCheck.Output
    { .ok(SuccessResponse(status: "success", data: true)) }
}
