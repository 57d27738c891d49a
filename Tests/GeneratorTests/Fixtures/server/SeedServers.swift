// Runs the generated servers of the four seed specs on Hummingbird (127.0.0.1, free ports), each under its spec's
// server path and over a small handler that answers with the documented success bodies (and, for Luminous and
// Ruddr, refuses in the error shapes their specs document). The generated clients then call every operation of
// each (`runLibredesk` … in the Entry files, the wire tests' calls), and schemathesis runs against the Libredesk,
// Luminous and Ruddr servers (`seedCommands`, Env.swift: the seed's name → its command without `--url`; SuperOffice:
// see ServerTests.seeds). Prints `ok …` / `FAIL …` lines, schemathesis's output as `st <seed>| …`, and
// `done N failures`.
import Foundation
import Hummingbird
import SeedLibredeskAPI
import SeedLibredeskAPIHummingbird
import SeedLibredeskAPIServer
import SeedLuminousAPI
import SeedLuminousAPIHummingbird
import SeedLuminousAPIServer
import SeedRuddrAPI
import SeedRuddrAPIHummingbird
import SeedRuddrAPIServer
import SeedSuperOfficeAPI
import SeedSuperOfficeAPIHummingbird
import SeedSuperOfficeAPIServer

/// Starts a Hummingbird application with the routes `add` mounts and returns its port once it listens.
func serve(_ add: (Router<BasicRequestContext>) -> Void) async throws -> Int {
    let router = Router()
    add(router)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
    Task { try await app.runService() }
    for await port in ports { return port }
    throw CancellationError()
}

/// The seed Libredesk API (two multipart and JSON updates); refusals stay problem+json.
struct LibredeskSeed: SeedLibredeskHandler {
    func authenticate(_ credentials: SeedLibredeskServer.Credentials, context: SeedLibredeskServer.Context) async throws
        -> Bool
    {
        if let basic = credentials.basicAuth { return basic.username == "testkey" && basic.password == "testsecret" }
        return credentials.tokenAuth == "token testkey:testsecret"
    }

    func handleUpdateContact(
        _ input: SeedLibredeskAPI.Operations.HandleUpdateContact.Input, context: SeedLibredeskServer.Context
    ) async throws -> SeedLibredeskAPI.Operations.HandleUpdateContact.Output {
        .ok(SeedLibredeskAPI.ContactResponse())
    }

    func handleUpdateAgent(
        _ input: SeedLibredeskAPI.Operations.HandleUpdateAgent.Input, context: SeedLibredeskServer.Context
    ) async throws -> SeedLibredeskAPI.Operations.HandleUpdateAgent.Output {
        .ok(SeedLibredeskAPI.AgentResponse())
    }
}

/// The Luminous contact update; refusals in Luminous's shapes: `ValidationError` for 422, `MessageResponse` else.
struct LuminousSeed: SeedLuminousHandler {
    func authenticate(_ credentials: SeedLuminousServer.Credentials, context: SeedLuminousServer.Context) async throws
        -> Bool
    {
        credentials.bearerAuth == "test-token"
    }

    func refuse(_ problem: SeedLuminousAPIServer.RequestProblem, operationID: String?) async
        -> SeedLuminousAPIServer.ServerResponse
    {
        guard problem.status == 422 else {
            return problem.response(json: SeedLuminousAPI.MessageResponse(message: problem.detail))
        }
        var errors: [String: [String]] = [:]
        for entry in problem.errors { errors[entry.name ?? entry.pointer, default: []].append(entry.message) }
        return problem.response(json: SeedLuminousAPI.ValidationError(message: problem.detail, errors: errors))
    }

    func updateContact(_ input: SeedLuminousAPI.Operations.UpdateContact.Input, context: SeedLuminousServer.Context)
        async throws -> SeedLuminousAPI.Operations.UpdateContact.Output
    {
        .ok(SeedLuminousAPI.ContactResponse())
    }
}

/// The Ruddr contacts; refusals as Ruddr's `Error`.
struct RuddrSeed: SeedRuddrHandler {
    func authenticate(_ credentials: SeedRuddrServer.Credentials, context: SeedRuddrServer.Context)
        async throws -> Bool
    { credentials.bearerAuth == "test-token" }

    func refuse(_ problem: SeedRuddrAPIServer.RequestProblem, operationID: String?) async
        -> SeedRuddrAPIServer.ServerResponse
    {
        let errors = problem.errors.map { "\($0.name ?? $0.pointer): \($0.message)" }
        return problem.response(
            json: SeedRuddrAPI.Error(
                status: problem.status, message: problem.detail, errors: errors.isEmpty ? nil : errors))
    }

    func listContacts(_ input: SeedRuddrAPI.Operations.ListContacts.Input, context: SeedRuddrServer.Context)
        async throws -> SeedRuddrAPI.Operations.ListContacts.Output
    {
        .ok(SeedRuddrAPI.ContactList(results: [SeedRuddrAPI.Contact(id: UUID())], hasMore: false))
    }

    func getContact(_ input: SeedRuddrAPI.Operations.GetContact.Input, context: SeedRuddrServer.Context)
        async throws -> SeedRuddrAPI.Operations.GetContact.Output
    {
        .ok(SeedRuddrAPI.Contact(id: input.id))
    }

    func updateContact(_ input: SeedRuddrAPI.Operations.UpdateContact.Input, context: SeedRuddrServer.Context)
        async throws -> SeedRuddrAPI.Operations.UpdateContact.Output
    {
        .ok(SeedRuddrAPI.Contact(id: input.id))
    }
}

/// The SuperOffice contact update, in every body format the spec takes; refusals stay problem+json.
struct SuperOfficeSeed: SeedSuperOfficeHandler {
    func authenticate(_ credentials: SeedSuperOfficeServer.Credentials, context: SeedSuperOfficeServer.Context)
        async throws -> Bool
    {
        if let basic = credentials.basicAuth { return basic.username == "testkey" && basic.password == "testsecret" }
        return credentials.soTicket == "test-api-key" || credentials.bearerAuth == "test-token"
    }

    func putContactEntity(
        _ input: SeedSuperOfficeAPI.Operations.PutContactEntity.Input, context: SeedSuperOfficeServer.Context
    ) async throws -> SeedSuperOfficeAPI.Operations.PutContactEntity.Output {
        .ok(.json(SeedSuperOfficeAPI.ContactEntityWithLinks(contactID: input.id, name: "Acme")))
    }
}

var failures = 0
@MainActor func check(_ name: String, _ condition: Bool, _ detail: @autoclosure () -> String = "") {
    if condition {
        print("ok \(name)")
    } else {
        failures += 1
        print("FAIL \(name): \(detail())")
    }
}

let roots: [(name: String, url: String)] = [
    (
        "libredesk",
        "http://127.0.0.1:\(try await serve { _ = $0.addSeedLibredeskRoutes(LibredeskSeed()) })"
            + SeedLibredeskServer(handler: LibredeskSeed()).basePath
    ),
    (
        "luminous",
        "http://127.0.0.1:\(try await serve { _ = $0.addSeedLuminousRoutes(LuminousSeed()) })"
            + SeedLuminousServer(handler: LuminousSeed()).basePath
    ),
    (
        "ruddr",
        "http://127.0.0.1:\(try await serve { _ = $0.addSeedRuddrRoutes(RuddrSeed()) })"
            + SeedRuddrServer(handler: RuddrSeed()).basePath
    ),
    (
        "superoffice",
        "http://127.0.0.1:\(try await serve { _ = $0.addSeedSuperOfficeRoutes(SuperOfficeSeed()) })"
            + SeedSuperOfficeServer(handler: SuperOfficeSeed()).basePath
    ),
]

// Every operation of each seed through its generated client, as the wire tests call them on Connexion.
for (name, url) in roots {
    let calls: (String) async -> Int
    switch name {
    case "libredesk": calls = runLibredesk
    case "luminous": calls = runLuminous
    case "ruddr": calls = runRuddr
    default: calls = runSuperOffice
    }
    let failed = await calls(url)
    check("client calls \(name)", failed == 0, "\(failed) calls failed")
}

for (name, url) in roots {
    print("serving \(name) at \(url)")
    guard let command = seedCommands[name] else { continue }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst()) + ["--url", url]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    for line in String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
        print("st \(name)| \(line)")
    }
    check("schemathesis \(name)", process.terminationStatus == 0, "exit \(process.terminationStatus)")
}
print("done \(failures) failures")
// The servers' threads are still running; leave without running exit handlers, which can wait on them.
fflush(nil)
_exit(0)
