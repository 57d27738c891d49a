// A Libredesk server: the generated server (LibredeskAPIServer) mounted on Hummingbird, over an in-memory
// directory of contacts and agents. Only the business logic below is written by hand; routing, decoding,
// credentials and encoding are generated.
//
//     LibredeskServerExample [--port N]      (N = 0 picks a free port; the default is 8080)
//
// It accepts the API key and secret in LIBREDESK_API_KEY and LIBREDESK_API_SECRET (default `demo-key` and
// `demo-secret`), as HTTP Basic or as `Authorization: token key:secret`, prints `listening on URL` once it
// listens, and one line per request it answers.
import Foundation
import Hummingbird
import LibredeskAPI
import LibredeskAPIHummingbird
import LibredeskAPIServer

/// The contacts and agents the server keeps, by id.
actor Directory {
    private var contacts: [String: Contact] = [:]
    private var agents: [String: Agent] = [:]

    /// Applies an update to the contact `id` (created on first use) and returns it.
    func updateContact(_ id: String, with update: HandleUpdateContactRequest) -> Contact {
        var contact = contacts[id] ?? Contact(id: Int(id))
        contact.firstName = update.firstName
        contact.lastName = update.lastName ?? contact.lastName
        contact.email = update.email
        contact.enabled = update.enabled ?? contact.enabled
        if let phone = update.phoneNumber { contact.phoneNumber = .value(phone) }
        // `avatar_url`: absent keeps the avatar, null removes it, a value sets it; a new file replaces it.
        switch update.avatarURL {
        case .absent: break
        case .null: contact.avatarURL = .null
        case .value(let url): contact.avatarURL = .value(url)
        }
        if let file = update.files {
            contact.avatarURL = .value("/uploads/\(id)/\(file.filename ?? "avatar")?bytes=\(file.data.count)")
        }
        contacts[id] = contact
        return contact
    }

    /// Applies an update to the agent `id` (created on first use) and returns it.
    func updateAgent(_ id: String, with update: AgentRequest) -> Agent {
        var agent = agents[id] ?? Agent(id: Int(id))
        agent.firstName = update.firstName
        agent.lastName = update.lastName ?? agent.lastName
        agent.email = .value(update.email)
        agent.roles = update.roles
        agent.enabled = update.enabled ?? agent.enabled
        agent.availabilityStatus = update.availabilityStatus?.rawValue ?? agent.availabilityStatus
        agents[id] = agent
        return agent
    }
}

/// The hand-written part: credentials and the two operations of the seed spec.
struct Helpdesk: LibredeskHandler {
    let directory = Directory()
    let key: String
    let secret: String

    func authenticate(_ credentials: LibredeskServer.Credentials, context: LibredeskServer.Context) async throws
        -> Bool
    {
        if let basic = credentials.basicAuth { return basic.username == key && basic.password == secret }
        return credentials.tokenAuth == "token \(key):\(secret)"
    }

    func refuse(_ problem: RequestProblem, operationID: String?) async -> ServerResponse {
        log("\(problem.status) refused \(operationID ?? "no operation"): \(problem.detail)")
        return problem.response
    }

    func handleUpdateContact(
        _ input: Operations.HandleUpdateContact.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateContact.Output {
        let contact = await directory.updateContact(input.id, with: input.body)
        let file = input.body.files.map { " with file \($0.filename ?? "?") (\($0.data.count) bytes)" } ?? ""
        log("200 handleUpdateContact \(input.id): \(input.body.firstName) <\(input.body.email)>\(file)")
        return .ok(ContactResponse(status: "success", data: contact))
    }

    func handleUpdateAgent(
        _ input: Operations.HandleUpdateAgent.Input, context: LibredeskServer.Context
    ) async throws -> Operations.HandleUpdateAgent.Output {
        let agent = await directory.updateAgent(input.id, with: input.body)
        log("200 handleUpdateAgent \(input.id): roles \(input.body.roles.joined(separator: ","))")
        return .ok(AgentResponse(status: "success", data: agent))
    }
}

/// Prints a line at once (the output may be a pipe).
func log(_ line: String) {
    FileHandle.standardOutput.write(Data("server: \(line)\n".utf8))
}

let arguments = CommandLine.arguments
let port = arguments.firstIndex(of: "--port").flatMap {
    arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
}
let environment = ProcessInfo.processInfo.environment
let helpdesk = Helpdesk(
    key: environment["LIBREDESK_API_KEY"] ?? "demo-key", secret: environment["LIBREDESK_API_SECRET"] ?? "demo-secret")

let router = Router()
router.addLibredeskRoutes(helpdesk)
let app = Application(
    router: router, configuration: .init(address: .hostname("127.0.0.1", port: port ?? 8080)),
    onServerRunning: { channel in log("listening on http://127.0.0.1:\(channel.localAddress?.port ?? 0)") })
try await app.runService()
