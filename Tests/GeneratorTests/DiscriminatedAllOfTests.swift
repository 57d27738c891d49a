import Foundation
import Testing

/// Discriminated `allOf` bases (`Pet` with a `discriminator`, `Cat: allOf [Pet, …]`), proven by an executable
/// built against the package generated from `Fixtures/behaviour/discriminated-allof.yaml`.
///
/// `Pet` maps keys that differ from the schema names (`cat`, and both `dog` and `hound` for `Dog`); `Shape` has no
/// mapping, so its values are the subtypes' schema names. Wherever the spec refers to a base, a payload of each
/// subtype decodes as that subtype with its own and inherited properties and re-encodes every property; a payload
/// with an unknown discriminator value (or a body that does not fit the subtype it names) is kept as received.
@Suite("Discriminated allOf")
struct DiscriminatedAllOfTests {
    /// Every check the executable performs.
    static let expectedChecks: [String] = [
        "allOf mapping key decodes as the subtype (cat)", "allOf mapping key decodes as the subtype (dog)",
        "allOf second mapping key decodes as the same subtype (hound)",
        "allOf mapped schema name that is not a mapping key kept as unknown",
        "allOf unknown value kept and re-encoded (mapping)",
        "allOf known value with an invalid body kept and re-encoded",
        "allOf missing discriminator kept and re-encoded",
        "allOf schema name decodes as the subtype (Circle)", "allOf schema name decodes as the subtype (Polygon)",
        "allOf subtype that adds nothing decodes as itself (Square)",
        "allOf unknown value kept and re-encoded (no mapping)",
        "allOf container property and arrays of bases", "allOf subtype decoded directly keeps every property",
        "allOf built in code writes every property",
    ]

    @Test("subtypes of a discriminated allOf base decode as themselves and round-trip; unknown values are kept")
    func behaviour() async throws {
        let spec = try Fixtures.path("behaviour/discriminated-allof.yaml")
        let dependency = try #require(GeneratedRunner.generate(specPath: spec, module: "DiscriminatedAllOfModels"))
        let output = try await GeneratedRunner.run(
            name: "DiscriminatedAllOf", dependencies: [dependency],
            sources: [
                "Helpers.swift": GeneratedRunner.helpersSource,
                "Checks.swift": Self.checks,
                "main.swift": "checksDiscriminatedAllOf()\n",
            ])
        let lines = GeneratedRunner.expectAllPassed(output)
        guard !output.buildFailed else { return }
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/DiscriminatedAllOfModels")
        }
        #expect(warnings.isEmpty, "the generated package warned:\n\(warnings.joined(separator: "\n"))")
        let printed = lines.map { line in
            let name = line.dropFirst(5)
            return String(name.range(of: ": ").map { name[..<$0.lowerBound] } ?? name)
        }
        for name in Self.expectedChecks where !printed.contains(name) {
            Issue.record("the check '\(name)' was not run")
        }
        for name in printed where !Self.expectedChecks.contains(name) {
            Issue.record("an unexpected check '\(name)' was run")
        }
        #expect(printed.count == Self.expectedChecks.count)
    }

    static let checks = #"""
        import DiscriminatedAllOfModels
        import Foundation

        func checksDiscriminatedAllOf() {
            let decoder = ModelCoding.makeDecoder()
            let encoder = ModelCoding.makeEncoder()
            func json<T: Swift.Encodable>(_ value: T) throws -> Swift.String {
                Swift.String(decoding: try encoder.encode(value), as: Swift.UTF8.self)
            }
            /// Checks that `input` decodes as `T`, that `accept` holds for the value, and that re-encoding gives the
            /// same JSON (every property, nothing added).
            func expectRoundTrip<T: Swift.Codable>(
                _ name: Swift.String, _ type: T.Type, _ input: Swift.String, _ accept: (T) -> Swift.Bool
            ) {
                checking(name) {
                    let r = try roundTrip(T.self, input, decoder, encoder)
                    guard accept(r.value) else { return check(name, false, "decoded \(r.value)") }
                    let differences = jsonDifferences(input, r.json)
                    check(name, differences.isEmpty, "\(differences) in \(r.json)")
                }
            }

            // MARK: With a mapping whose keys differ from the schema names
            expectRoundTrip(
                "allOf mapping key decodes as the subtype (cat)", Pet.self,
                #"{"petType":"cat","name":"Tom","nickname":null,"huntingSkill":"adventurous","lives":9,"favouriteToys":["mouse","string"]}"#
            ) {
                guard case .cat(let cat) = $0 else { return false }
                return cat.petType == "cat" && cat.name == "Tom" && cat.nickname == .null
                    && cat.huntingSkill == .adventurous && cat.lives == 9 && cat.favouriteToys == ["mouse", "string"]
            }
            expectRoundTrip(
                "allOf mapping key decodes as the subtype (dog)", Pet.self,
                #"{"petType":"dog","name":"Rex","nickname":"Rexy","packSize":4,"owner":{"firstName":"Ann","phone":"555"},"friend":{"petType":"cat","name":"Tom","huntingSkill":"lazy"}}"#
            ) {
                guard case .dog(let dog) = $0, case .cat(let friend)? = dog.friend else { return false }
                return dog.petType == "dog" && dog.name == "Rex" && dog.nickname == .value("Rexy") && dog.packSize == 4
                    && dog.owner?.firstName == "Ann" && dog.owner?.phone == "555" && friend.name == "Tom"
                    && friend.huntingSkill == .lazy
            }
            expectRoundTrip(
                "allOf second mapping key decodes as the same subtype (hound)", Pet.self,
                #"{"petType":"hound","name":"Bo","packSize":1}"#
            ) {
                guard case .dog(let dog) = $0 else { return false }
                return dog.petType == "hound" && dog.name == "Bo" && dog.packSize == 1 && dog.owner == nil
                    && dog.nickname == .absent
            }
            expectRoundTrip(
                "allOf mapped schema name that is not a mapping key kept as unknown", Pet.self,
                #"{"petType":"Cat","name":"Tom","huntingSkill":"lazy"}"#
            ) {
                guard case .unknown = $0 else { return false }
                return true
            }
            expectRoundTrip(
                "allOf unknown value kept and re-encoded (mapping)", Pet.self,
                #"{"petType":"parrot","name":"Polly","words":["hello","bye"],"wings":{"span":30.5,"clipped":false}}"#
            ) {
                guard case .unknown(let raw) = $0, case .object(let object) = raw else { return false }
                return object["petType"] == .string("parrot") && object["name"] == .string("Polly")
            }
            expectRoundTrip(
                "allOf known value with an invalid body kept and re-encoded", [Pet].self,
                #"[{"petType":"cat","name":"Tom","lives":"nine"},{"petType":"dog","name":"Rex","packSize":2}]"#
            ) {
                guard $0.count == 2, case .unknown = $0[0], case .dog = $0[1] else { return false }
                return true
            }
            expectRoundTrip(
                "allOf missing discriminator kept and re-encoded", Pet.self, #"{"name":"Nobody","extra":[1,2]}"#
            ) {
                guard case .unknown = $0 else { return false }
                return true
            }

            // MARK: Without a mapping: the subtypes' schema names
            expectRoundTrip(
                "allOf schema name decodes as the subtype (Circle)", Shape.self,
                #"{"kind":"Circle","label":"c","radius":2.5}"#
            ) {
                guard case .circle(let circle) = $0 else { return false }
                return circle.kind == "Circle" && circle.label == "c" && circle.radius == 2.5
            }
            expectRoundTrip(
                "allOf schema name decodes as the subtype (Polygon)", Shape.self,
                #"{"kind":"Polygon","points":[{"x":0,"y":0},{"x":3,"y":4}],"closed":true}"#
            ) {
                guard case .polygon(let polygon) = $0 else { return false }
                return polygon.kind == "Polygon" && polygon.label == nil && polygon.points.count == 2
                    && polygon.points[1].x == 3 && polygon.points[1].y == 4 && polygon.closed == true
            }
            expectRoundTrip(
                "allOf subtype that adds nothing decodes as itself (Square)", Shape.self,
                #"{"kind":"Square","label":"s"}"#
            ) {
                guard case .square(let square) = $0 else { return false }
                return square.kind == "Square" && square.label == "s"
            }
            expectRoundTrip(
                "allOf unknown value kept and re-encoded (no mapping)", Shape.self,
                #"{"kind":"Triangle","label":"t","sides":[3,4,5],"rightAngled":true}"#
            ) {
                guard case .unknown(let raw) = $0, case .object(let object) = raw else { return false }
                return object["kind"] == .string("Triangle") && object.count == 4
            }

            // MARK: Where the bases are used
            expectRoundTrip(
                "allOf container property and arrays of bases", Household.self,
                #"{"favourite":{"petType":"hound","name":"Bo","packSize":1},"pets":[{"petType":"cat","name":"Tom","huntingSkill":"lazy"},{"petType":"dog","name":"Rex","packSize":3,"owner":{"firstName":"Ann"}},{"petType":"fish","name":"Nemo","fins":2}],"shape":{"kind":"Circle","radius":1},"shapes":[{"kind":"Square"},{"kind":"Polygon","points":[]},{"kind":"Blob","wobbly":true}],"cat":{"petType":"cat","name":"Kit","huntingSkill":"clueless"}}"#
            ) { household in
                guard case .dog(let favourite)? = household.favourite, household.pets.count == 3,
                    case .cat(let tom) = household.pets[0], case .dog(let rex) = household.pets[1],
                    case .unknown = household.pets[2], case .circle(let circle)? = household.shape,
                    let shapes = household.shapes, shapes.count == 3, case .square = shapes[0],
                    case .polygon(let polygon) = shapes[1], case .unknown = shapes[2]
                else { return false }
                return favourite.name == "Bo" && tom.huntingSkill == .lazy && rex.owner?.firstName == "Ann"
                    && circle.radius == 1 && polygon.points.isEmpty && household.cat?.name == "Kit"
            }
            expectRoundTrip(
                "allOf subtype decoded directly keeps every property", Cat.self,
                #"{"petType":"cat","name":"Tom","nickname":"T","huntingSkill":"aggressive","lives":3,"favouriteToys":[]}"#
            ) { cat in
                cat.petType == "cat" && cat.name == "Tom" && cat.nickname == .value("T")
                    && cat.huntingSkill == .aggressive && cat.lives == 3 && cat.favouriteToys == []
            }

            let name = "allOf built in code writes every property"
            checking(name) {
                let pets: [Pet] = [
                    .cat(Cat(petType: "cat", name: "Tom", nickname: .null, huntingSkill: .lazy, lives: 9, favouriteToys: ["ball"])),
                    .dog(Dog(petType: "dog", name: "Rex", packSize: 2, owner: Dog.Owner(firstName: "Ann"))),
                    .unknown(.object(["petType": .string("fish"), "name": .string("Nemo")])),
                ]
                let text = try json(pets)
                let expected = #"[{"petType":"cat","name":"Tom","nickname":null,"huntingSkill":"lazy","lives":9,"favouriteToys":["ball"]},{"petType":"dog","name":"Rex","packSize":2,"owner":{"firstName":"Ann"}},{"petType":"fish","name":"Nemo"}]"#
                let differences = jsonDifferences(expected, text)
                check(name, differences.isEmpty, "\(differences) in \(text)")
            }
        }
        """#
}
