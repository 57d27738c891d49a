// A Libredesk command-line client on the generated package (LibredeskAPI): it updates contacts and agents and
// prints what it sent and what came back.
//
//     LibredeskCLI update-contact ID --first-name NAME --email EMAIL [--last-name NAME]
//                  [--avatar FILE | --avatar-url URL | --remove-avatar]
//     LibredeskCLI update-agent ID --first-name NAME --email EMAIL --role ROLE [--role ROLE ...]
//
// The server is LIBREDESK_URL (default http://localhost:8080); the credentials are LIBREDESK_API_KEY and
// LIBREDESK_API_SECRET, sent as HTTP Basic (or as `Authorization: token key:secret` with LIBREDESK_AUTH=token).
import Foundation
import LibredeskAPI

/// Prints each request the client sends and the status that answers it.
struct Transcript: ClientMiddleware {
    func intercept(_ request: ClientRequest, next: @Sendable (ClientRequest) async throws -> ClientResponse)
        async throws -> ClientResponse
    {
        let type = request.header("Content-Type").map { " (\($0.split(separator: ";")[0]))" } ?? ""
        print("client: \(request.method) \(request.url.path)\(type)")
        let response = try await next(request)
        print("client: <- \(response.status)")
        return response
    }
}

/// The command line: a command, an id and `--name value` options (repeatable).
struct Arguments {
    var command = ""
    var id = ""
    var options: [String: [String]] = [:]
    var flags: Set<String> = []

    init(_ words: [String]) throws {
        var rest = words[...]
        guard let command = rest.popFirst(), let id = rest.popFirst() else { throw Usage() }
        self.command = command
        self.id = id
        while let word = rest.popFirst() {
            guard word.hasPrefix("--") else { throw Usage() }
            if word == "--remove-avatar" {
                flags.insert(word)
            } else if let value = rest.popFirst() {
                options[word, default: []].append(value)
            } else {
                throw Usage()
            }
        }
    }

    /// The value of a required option.
    func required(_ name: String) throws -> String {
        guard let value = options[name]?.last else { throw Usage(missing: name) }
        return value
    }
}

/// A command line the client does not understand.
struct Usage: Error, CustomStringConvertible {
    var missing: String?
    var description: String {
        (missing.map { "missing \($0)\n" } ?? "")
            + "usage: LibredeskCLI update-contact ID --first-name NAME --email EMAIL [--last-name NAME] "
            + "[--avatar FILE | --avatar-url URL | --remove-avatar]\n"
            + "       LibredeskCLI update-agent ID --first-name NAME --email EMAIL --role ROLE [--role ROLE ...]"
    }
}

/// Runs one command and returns the process's exit status.
func run(_ arguments: Arguments, client: LibredeskClient) async throws -> Int32 {
    switch arguments.command {
    case "update-contact":
        var body = HandleUpdateContactRequest(
            firstName: try arguments.required("--first-name"), lastName: arguments.options["--last-name"]?.last,
            email: try arguments.required("--email"))
        if let path = arguments.options["--avatar"]?.last {
            let url = URL(fileURLWithPath: path)
            body.files = MultipartFile(
                data: try Data(contentsOf: url), filename: url.lastPathComponent, contentType: "image/png")
        } else if let avatar = arguments.options["--avatar-url"]?.last {
            body.avatarURL = .value(avatar)
        } else if arguments.flags.contains("--remove-avatar") {
            body.avatarURL = .null
        }
        switch try await client.handleUpdateContact(id: arguments.id, body: body) {
        case .ok(let response):
            let contact = response.data
            let avatar: String
            switch contact?.avatarURL ?? .absent {
            case .absent: avatar = "unchanged"
            case .null: avatar = "none"
            case .value(let url): avatar = url
            }
            print(
                "contact \(contact?.id.map(String.init) ?? arguments.id): \(contact?.firstName ?? "") "
                    + "\(contact?.lastName ?? "") <\(contact?.email ?? "")>, avatar \(avatar)")
            return 0
        case let other:
            print("refused: status \(other.status)")
            return 1
        }
    case "update-agent":
        let body = AgentRequest(
            firstName: try arguments.required("--first-name"), email: try arguments.required("--email"),
            roles: arguments.options["--role"] ?? [])
        switch try await client.handleUpdateAgent(id: arguments.id, body: body) {
        case .ok(let response):
            let agent = response.data
            print(
                "agent \(agent?.id.map(String.init) ?? arguments.id): \(agent?.firstName ?? ""), "
                    + "roles \((agent?.roles ?? []).joined(separator: ", "))")
            return 0
        case let other:
            print("refused: status \(other.status)")
            return 1
        }
    default:
        throw Usage()
    }
}

let environment = ProcessInfo.processInfo.environment
let key = environment["LIBREDESK_API_KEY"] ?? ""
let secret = environment["LIBREDESK_API_SECRET"] ?? ""
let credentials =
    environment["LIBREDESK_AUTH"] == "token"
    ? LibredeskClient.Credentials(tokenAuth: .value("token \(key):\(secret)"))
    : LibredeskClient.Credentials(basicAuth: .value(BasicCredentials(username: key, password: secret)))
let address = environment["LIBREDESK_URL"] ?? "http://localhost:8080"
guard let server = URL(string: address), server.host != nil else {
    FileHandle.standardError.write(Data("LibredeskCLI: LIBREDESK_URL is not a URL: \(address)\n".utf8))
    exit(2)
}
let client = LibredeskClient(serverURL: server, credentials: credentials, middlewares: [Transcript()])
do {
    exit(try await run(Arguments(Array(CommandLine.arguments.dropFirst())), client: client))
} catch {
    FileHandle.standardError.write(Data("LibredeskCLI: \(error)\n".utf8))
    exit(2)
}
