import Foundation
import GeneratorCore
import Testing

/// Format type overrides: every schema with an overridden `format` is the user's type, in the models, the client and
/// the server, and nothing of the format's built-in type applies to it.
@Suite("Format overrides", .serialized)
struct FormatOverrideTests {
    /// Schemas, parameters, bodies and headers of the formats `money` and `uuid` (and `int64`).
    static let specFixture = "format-overrides.yaml"

    /// Overrides as the config file's `type-overrides.formats` section labels them.
    static func overrides(_ list: [(String, String, String?)]) -> [PackageGenerator.FormatTypeOverride] {
        list.map {
            .init(format: $0.0, type: $0.1, module: $0.2, label: "type-overrides.formats.\($0.0)", location: nil)
        }
    }

    func generate(
        _ workspace: Workspace, overrides: [PackageGenerator.FormatTypeOverride], modes: Set<GenerationMode>
    ) throws -> (PackageGenerator.Outcome, URL) {
        let spec = try String(contentsOfFile: try Fixtures.path(Self.specFixture), encoding: .utf8)
        return try workspace.generateShop(spec: spec, modes: modes) { $0.formatTypeOverrides = overrides }
    }

    @Test func theUsersTypeIsUsedEverywhere() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let list = Self.overrides([
            ("money", "Money", "MoneyKit"), ("uuid", "Swift.String", "Swift"), ("int64", "Counter", nil),
            ("cash", "Money", nil),
        ])
        let (outcome, output) = try generate(workspace, overrides: list, modes: [.models, .client, .server])
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(
            outcome.diagnostics.map(\.description) == [
                "warning: type-overrides.formats.cash: no schema of the spec has format 'cash'"
            ])
        func file(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        let amount = try file("Sources/Shop/Amount.swift")
        #expect(amount.contains("public typealias Amount = Money\n"), "top-level schema")
        let price = try file("Sources/Shop/Price.swift")
        for line in [
            "public var amount: Money\n", "public var id: Swift.String\n", "public var history: [Money]?\n",
            "public var byCurrency: [Swift.String: Money]?\n", "public var count: Counter?\n",
            // The spec defaults of overridden formats are dropped.
            "amount: Money,\n", "count: Counter? = nil\n",
        ] {
            #expect(price.contains(line), "\(line)")
        }
        let getPrice = try file("Sources/Shop/Operations+GetPrice.swift")
        for line in [
            "public var id: Swift.String\n", "public var min: Money?\n", "public var xLimit: Money?\n",
            "public var session: Money?\n", "public var xTotal: Money?\n",
            "ResponseDecoding.header(\"X-Total\", as: Money.self, in: response)",
        ] {
            #expect(getPrice.contains(line), "\(line)")
        }
        let createPrice = try file("Sources/Shop/Operations+CreatePrice.swift")
        #expect(createPrice.contains("public var body: Money?\n"), "request body")
        #expect(createPrice.contains("case ok([Money])\n"), "response body")
        // The module is imported by every file of the models and client target and of the server target, once.
        for path in outcome.files where path.hasPrefix("Sources/") {
            let text = try file(path)
            #expect(text.components(separatedBy: "\nimport MoneyKit\n").count == 2, "\(path)")
            #expect(!text.contains("import Swift\n"), "\(path)")
        }
        // The server does not validate an overridden format: its schemas say `format` for none of them.
        let server = try file("Sources/ShopServer/ShopAPIServer.swift")
        #expect(!server.contains(#"\"format\""#))
    }

    @Test func withoutOverridesTheBuiltInTypesStay() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (outcome, output) = try generate(workspace, overrides: [], modes: [.models, .client, .server])
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let price = try String(
            contentsOf: output.appendingPathComponent("Sources/Shop/Price.swift"), encoding: .utf8)
        #expect(price.contains("public var id: Foundation.UUID\n"))
        #expect(price.contains("count: Swift.Int64? = 3\n"))
        let server = try String(
            contentsOf: output.appendingPathComponent("Sources/ShopServer/ShopAPIServer.swift"), encoding: .utf8)
        #expect(server.contains(#"\"format\":\"uuid\""#))
    }

    @Test func aTypeThatIsNotASwiftTypeIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let list = Self.overrides([("money", "Money<", nil), ("uuid", "Swift.Dictionary<Swift.String, Money>", nil)])
        let (outcome, output) = try generate(workspace, overrides: list, modes: [.models])
        #expect(!outcome.succeeded)
        #expect(
            outcome.diagnostics.map(\.description) == [
                "error: type-overrides.formats.money: 'Money<' is not a Swift type name such as 'Decimal' or "
                    + "'MoneyKit.Money'"
            ])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// The user's type: an amount of cents that encodes as a JSON string (`"12.50"`).
    static let moneySource = """
        import Foundation

        /// An amount of money, as a JSON string with two decimals.
        public struct Money: Codable, Hashable, Sendable {
            /// The amount in cents.
            public var cents: Int

            /// Creates an amount.
            public init(cents: Int) {
                self.cents = cents
            }

            /// Reads `"12.50"`.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                let text = try container.decode(String.self)
                let parts = text.split(separator: ".")
                guard parts.count == 2, let units = Int(parts[0]), let hundredths = Int(parts[1]) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "not money: \\(text)")
                }
                cents = units * 100 + hundredths
            }

            /// Writes `"12.50"`.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                let hundredths = cents % 100
                try container.encode("\\(cents / 100).\\(hundredths < 10 ? "0" : "")\\(hundredths)")
            }
        }

        """

    @Test func anOverriddenPackageBuildsAndRoundTrips() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let list = Self.overrides([("money", "Money", nil), ("uuid", "Swift.String", nil)])
        let (first, output) = try generate(workspace, overrides: list, modes: [.models, .client])
        try #require(first.succeeded, "\(first.diagnostics)")
        // The user's type lives beside the generated sources; generate keeps the files it did not write.
        let money = output.appendingPathComponent("Sources/Shop/Money.swift")
        try Data(Self.moneySource.utf8).write(to: money)
        let (second, _) = try generate(workspace, overrides: list, modes: [.models, .client])
        try #require(second.succeeded, "\(second.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: money.path))
        let main = """
            import Foundation
            import Shop

            final class Recorder: @unchecked Sendable {
                var requests: [ClientRequest] = []
            }

            struct Stub: ClientTransport {
                let recorder: Recorder
                func send(_ request: ClientRequest) async throws -> ClientResponse {
                    recorder.requests.append(request)
                    let json =
                        request.method == "POST"
                        ? #"["1.05", "20.00"]"#
                        : #"{"amount": "12.50", "id": "price-7", "history": ["1.00"], "byCurrency": {"EUR": "3.40"}}"#
                    return ClientResponse(
                        status: 200,
                        headers: [
                            ClientHeader(name: "Content-Type", value: "application/json"),
                            ClientHeader(name: "X-Total", value: "99.99"),
                        ],
                        body: .data(Data(json.utf8)))
                }
            }

            let recorder = Recorder()
            let client = ShopClient(serverURL: URL(string: "https://example.com")!, transport: Stub(recorder: recorder))
            do {
                let output = try await client.getPrice(
                    id: "price-7", min: Money(cents: 1250), xLimit: Money(cents: 300), session: Money(cents: 5))
                let request = recorder.requests[0]
                check("path and query", request.url.absoluteString == "https://example.com/prices/price-7?min=12.50",
                    request.url.absoluteString)
                let headers = Dictionary(request.headers.map { ($0.name, $0.value) }) { first, _ in first }
                check("header", headers["X-Limit"] == "3.00", "\\(request.headers)")
                check("cookie", headers["Cookie"] == "session=0.05", "\\(request.headers)")
                guard case .ok(let price, let okHeaders) = output else {
                    check("ok", false, "\\(output)")
                    exit(1)
                }
                check("response header", okHeaders.xTotal == Money(cents: 9999), "\\(okHeaders)")
                check(
                    "response body",
                    price.amount == Money(cents: 1250) && price.id == "price-7" && price.history == [Money(cents: 100)]
                        && price.byCurrency == ["EUR": Money(cents: 340)], "\\(price)")
                exampleRoundTrip(
                    "JSON round trip", Price.self,
                    #"{"amount": "12.50", "id": "price-7", "history": ["1.00"], "byCurrency": {"EUR": "3.40"}}"#,
                    JSONDecoder(), JSONEncoder())
                let list = try await client.createPrice(body: Money(cents: 725)).body()
                let sent = try await recorder.requests[1].body?.collect() ?? Data()
                check("request body", String(decoding: sent, as: UTF8.self) == #""7.25""#,
                    String(decoding: sent, as: UTF8.self))
                check("response array", list == [Money(cents: 105), Money(cents: 2000)], "\\(list)")
                let amount: Amount = Money(cents: 1)
                check("top-level schema", amount.cents == 1)
            } catch {
                check("calls", false, "\\(error)")
            }

            """
        try await GeneratedRunner.expectCleanRun(
            name: "FormatOverrideRunner", package: output, module: "Shop", main: main, expectedCount: 9)
    }
}
