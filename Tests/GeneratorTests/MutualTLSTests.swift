import Foundation
import GeneratorCore
import Testing

/// A `mutualTLS` security scheme: the generated client builds without a warning, sends nothing for it, and still
/// refuses an operation that requires it when it is not marked available.
@Suite("Mutual TLS", .serialized)
struct MutualTLSTests {
    @Test func theSchemeIsTheTransportsAndStillRequired() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = workspace.path("Vault")
        let outcome = PackageGenerator.generate(
            PackageGenerator.Options(
                specPath: try Fixtures.path("client/mutual-tls.yaml"), outputDirectory: output.path,
                moduleName: "Vault", modes: [.models, .client]))
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let client = try String(
            contentsOf: output.appendingPathComponent("Sources/Vault/VaultClient.swift"), encoding: .utf8)
        #expect(client.contains("Mutual TLS is the transport's job"))
        let main = #"""
            import Foundation
            import Vault

            final class Recorder: ClientTransport, @unchecked Sendable {
                var headers: [[ClientHeader]] = []
                func send(_ request: ClientRequest) async throws -> ClientResponse {
                    headers.append(request.headers)
                    let list = request.url.path == "/secrets"
                    return ClientResponse(
                        status: list ? 200 : 204,
                        headers: list ? [ClientHeader(name: "Content-Type", value: "application/json")] : [],
                        body: .data(Data((list ? #"["a"]"# : "").utf8)))
                }
            }

            let recorder = Recorder()
            let url = URL(string: "https://vault.example.com")!
            let anonymous = VaultClient(serverURL: url, transport: recorder)
            do {
                _ = try await anonymous.listSecrets()
                check("refused without the scheme", false, "the call went out")
            } catch {
                check("refused without the scheme", error is MissingCredentials, "\(error)")
            }
            let withCertificate = VaultClient(
                serverURL: url, transport: recorder, credentials: .init(clientCert: .value("vault client")))
            do {
                let secrets: [String] = try await withCertificate.listSecrets().body()
                check("sent when marked available", secrets == ["a"], "\(secrets)")
                let health = try await withCertificate.health()
                check("the first alternative is enough", health.status == 204, "\(health)")
                let sent = recorder.headers.flatMap { $0.map(\.name) }
                check("nothing goes into the request", !sent.contains("Authorization") && !sent.contains("X-Key"), "\(sent)")
            } catch {
                check("calls with the certificate", false, "\(error)")
            }

            """#
        try await GeneratedRunner.expectCleanRun(
            name: "VaultRunner", package: output, module: "Vault", main: main, expectedCount: 4)
    }
}
