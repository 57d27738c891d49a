import Foundation
import Testing

/// Inline schemas written out more than once are declared once (`Fixtures/behaviour/shared-inline.yaml`): the
/// first copy in spec order gets the type and each later equal copy, in the same object, another component or a
/// request body, is a typealias to it under its own name with its own documentation. Copies that differ in any
/// keyword keep types of their own, and a typealias that closes a cycle of stored structs is boxed like the type
/// it stands for. An executable built against the generated package proves the names are the same types and that
/// values round-trip through them.
@Suite("Shared inline types")
struct SharedInlineTypesTests {
    /// Every check the executable performs.
    static let expectedChecks = [
        "a later equal enum in the same object is the first one's type",
        "an equal enum in another component is the first one's type",
        "an equal object in another component is the first one's type",
        "an equal object in a request body is the first one's type",
        "an enum with other values keeps a type of its own",
        "an object with another keyword keeps a type of its own",
        "a value round-trips through the shared types",
        "a cycle through a typealias is stored boxed and round-trips",
    ]

    @Test("later copies of an inline schema are typealiases to the first one's type, with their own names and docs")
    func generated() throws {
        let dependency = try #require(
            GeneratedRunner.generate(
                specPath: try Fixtures.path("behaviour/shared-inline.yaml"), module: "SharedInlineModels",
                modes: [.models, .client]))
        let sources = dependency.directory.appendingPathComponent("Sources/SharedInlineModels")
        func text(_ file: String) throws -> String {
            try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
        }
        let order = try text("Order.swift")
        #expect(order.contains("    /// Where it goes.\n    public typealias ShipTo = Account.Address\n"))
        #expect(order.contains("public typealias Status = Account.CardStatus"))
        #expect(order.contains("public struct BillTo"))
        let account = try text("Account.swift")
        #expect(
            account.contains("    /// The bank capability.\n    public typealias BankStatus = Account.CardStatus\n"))
        #expect(account.contains("public enum Tier"))
        #expect(try text("CreateOrderRequest.swift").contains("public typealias ShipTo = Account.Address"))
        #expect(try text("Leaf.swift").contains("public typealias Info = Tree.Meta"))
        // The three-value enum and the address are declared once in the whole package.
        let all = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
            .map(text).joined()
        #expect(all.components(separatedBy: "case pending").count == 2)
        #expect(all.components(separatedBy: "public struct Geo").count == 2)
    }

    @Test("the shared names are the same types, and values round-trip through them")
    func behaviour() async throws {
        let dependency = try #require(
            GeneratedRunner.generate(
                specPath: try Fixtures.path("behaviour/shared-inline.yaml"), module: "SharedInlineModels",
                modes: [.models, .client]))
        let output = try await GeneratedRunner.run(
            name: "SharedInline", dependencies: [dependency],
            sources: ["Helpers.swift": GeneratedRunner.helpersSource, "main.swift": Self.checks])
        let lines = GeneratedRunner.expectAllPassed(output, expectedCount: Self.expectedChecks.count)
        guard !output.buildFailed else { return }
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/SharedInlineModels")
        }
        #expect(warnings.isEmpty, "the generated package warned:\n\(warnings.joined(separator: "\n"))")
        for name in Self.expectedChecks where !lines.contains(where: { $0.hasPrefix("PASS \(name)") }) {
            Issue.record("the check '\(name)' did not pass")
        }
    }

    static let checks = #"""
        import Foundation
        import SharedInlineModels

        func same(_ a: Any.Type, _ b: Any.Type) -> Bool { ObjectIdentifier(a) == ObjectIdentifier(b) }

        check(
            "a later equal enum in the same object is the first one's type",
            same(Account.BankStatus.self, Account.CardStatus.self))
        check(
            "an equal enum in another component is the first one's type",
            same(Order.Status.self, Account.CardStatus.self))
        check(
            "an equal object in another component is the first one's type",
            same(Order.ShipTo.self, Account.Address.self))
        check(
            "an equal object in a request body is the first one's type",
            same(CreateOrderRequest.ShipTo.self, Account.Address.self))
        check("an enum with other values keeps a type of its own", !same(Account.Tier.self, Account.CardStatus.self))
        check("an object with another keyword keeps a type of its own", !same(Order.BillTo.self, Account.Address.self))

        let decoder = ModelCoding.makeDecoder()
        let encoder = ModelCoding.makeEncoder()
        checking("a value round-trips through the shared types") {
            let json = #"{"status":"pending","ship_to":{"city":"Oslo","geo":{"lat":59.9,"lng":10.7}}}"#
            let r = try roundTrip(Order.self, json, decoder, encoder)
            let address: Account.Address? = r.value.shipTo
            check(
                "a value round-trips through the shared types",
                r.value.status == .pending && address?.geo?.lat == 59.9
                    && jsonDifferences(json, r.json).isEmpty, r.json)
        }
        checking("a cycle through a typealias is stored boxed and round-trips") {
            let json = #"{"name":"a","info":{"owner":{"name":"b","info":{"owner":{"name":"c"}}}}}"#
            let r = try roundTrip(Leaf.self, json, decoder, encoder)
            check(
                "a cycle through a typealias is stored boxed and round-trips",
                r.value.info?.owner?.info?.owner?.name == "c" && jsonDifferences(json, r.json).isEmpty, r.json)
        }
        """#
}
