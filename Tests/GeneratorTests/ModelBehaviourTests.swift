import Foundation
import Testing

/// The behaviour of generated models, proven by an executable built against packages generated from
/// `Fixtures/behaviour/behaviour-3.0.yaml`, `Fixtures/behaviour/behaviour-3.1.yaml` and the Libredesk and Ruddr seeds.
///
/// The executable prints one line per check, `PASS <name>` or `FAIL <name>: <detail>`; the test expects every check
/// of ``expectedChecks`` to be printed once, as PASS.
@Suite("Model behaviour")
struct ModelBehaviourTests {
    /// Every check the executable performs, in order.
    static let expectedChecks: [String] = [
        // Tri-state nullability.
        "nullable-3.0 absent stays absent", "nullable-3.0 null stays null", "nullable-3.0 value stays value",
        "nullable-3.0 built in code", "nullable-3.0 allOf-ref absent, null, value",
        "nullable-3.1-type-array absent stays absent", "nullable-3.1-type-array null stays null",
        "nullable-3.1-type-array value stays value",
        "nullable-anyOf-null absent stays absent", "nullable-anyOf-null null stays null",
        "nullable-anyOf-null value stays value", "nullable-anyOf-null primitive branch",
        "nullable-oneOf-null absent, null, value",
        "nullable-3.1 date-time null and value",
        "libredesk avatar_url keep (absent)", "libredesk avatar_url remove (null)", "libredesk avatar_url set (value)",
        "libredesk avatar_url built in code", "libredesk update-contact request avatar_url keep, remove, set",
        "ruddr PATCH body tri-state", "ruddr PATCH body built in code", "ruddr PATCH example updateTitleAndTags",
        "ruddr PATCH uuid text kept",
        // Enums.
        "enum string known", "enum string unknown round-trips", "enum integer known",
        "enum integer unknown round-trips",
        // oneOf.
        "oneOf discriminator with mapping, first case", "oneOf discriminator with mapping, second case",
        "oneOf discriminator with mapping, unknown value kept raw",
        "oneOf discriminator with mapping, known value with an invalid body kept raw",
        "oneOf discriminator without mapping, schema names",
        "oneOf without discriminator, first case", "oneOf without discriminator, second case",
        "oneOf without discriminator, first matching case wins",
        "oneOf without discriminator, undecodable object kept raw",
        "oneOf without discriminator, undecodable scalar kept raw", "oneOf uuid case encodes lowercase",
        "properties beside a oneOf", "properties beside a oneOf, undecodable branch kept raw",
        "allOf of a oneOf type and properties", "anyOf of required lists only", "nullable reference through allOf",
        // Recursion.
        "recursive type round-trips", "recursive type built in code", "mutually recursive types round-trip",
        // Dictionaries.
        "dictionary additionalProperties schema", "dictionary additionalProperties true",
        "dictionary nullable values keep null",
        "dictionary known and additional properties", "dictionary known and additional properties built in code",
        "dictionary properties of a struct",
        // Spec defaults.
        "spec defaults in the memberwise initializer", "spec defaults can be overridden",
        // Dates.
        "date-time offsets decode to the same instant", "date-time encoding is UTC and stable",
        "date-time fractional seconds with offsets decode to the same instant",
        "date-time fractional seconds encoding is stable", "date-time lowercase t and z",
        "date-time milliseconds are kept", "date-time microseconds are kept",
    ]

    @Test("tri-state nullability, unknown enum values, oneOf, recursion, dictionaries and dates behave")
    func behaviour() async throws {
        let specs: [(path: String, module: String)] = [
            (try Fixtures.path("behaviour/behaviour-3.0.yaml"), "Behaviour30Models"),
            (try Fixtures.path("behaviour/behaviour-3.1.yaml"), "Behaviour31Models"),
            (try Fixtures.path("libredesk.yaml"), "SeedLibredeskModels"),
            (try Fixtures.path("ruddr.yaml"), "SeedRuddrModels"),
        ]
        var dependencies: [GeneratedRunner.Dependency] = []
        for spec in specs {
            dependencies.append(try #require(GeneratedRunner.generate(specPath: spec.path, module: spec.module)))
        }
        let output = try await GeneratedRunner.run(
            name: "ModelBehaviour", dependencies: dependencies,
            sources: [
                "Helpers.swift": GeneratedRunner.helpersSource,
                "Behaviour30.swift": Self.behaviour30,
                "Behaviour31.swift": Self.behaviour31,
                "Seeds.swift": Self.seeds,
                "main.swift": "checks30()\nchecks31()\nchecksSeeds()\n",
            ])
        let lines = GeneratedRunner.expectAllPassed(output)
        guard !output.buildFailed else { return }
        // The behaviour packages are only built here, so their warnings show in this log.
        let warnings = output.buildLog.split(separator: "\n").filter {
            $0.contains("warning:") && $0.contains("/packages/Behaviour")
        }
        #expect(warnings.isEmpty, "the generated behaviour packages warned:\n\(warnings.joined(separator: "\n"))")
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

    static let behaviour30 = #"""
        import Foundation
        import Behaviour30Models

        func checks30() {
            let decoder = ModelCoding.makeDecoder()
            let encoder = ModelCoding.makeEncoder()
            func json<T: Swift.Encodable>(_ value: T) throws -> Swift.String {
                Swift.String(decoding: try encoder.encode(value), as: Swift.UTF8.self)
            }

            // MARK: 3.0 `nullable: true`, optional
            var name = "nullable-3.0 absent stays absent"
            checking(name) {
                let r = try roundTrip(Profile.self, #"{"id":1}"#, decoder, encoder)
                check(name, r.value.nickname == .absent && r.json == #"{"id":1}"#, "\(r.value.nickname) \(r.json)")
            }
            name = "nullable-3.0 null stays null"
            checking(name) {
                let r = try roundTrip(Profile.self, #"{"id":1,"nickname":null}"#, decoder, encoder)
                check(name, r.value.nickname == .null && r.json == #"{"id":1,"nickname":null}"#, "\(r.value.nickname) \(r.json)")
            }
            name = "nullable-3.0 value stays value"
            checking(name) {
                let r = try roundTrip(Profile.self, #"{"id":1,"nickname":"Bo"}"#, decoder, encoder)
                check(name, r.value.nickname == .value("Bo") && r.json == #"{"id":1,"nickname":"Bo"}"#, "\(r.value.nickname) \(r.json)")
            }
            name = "nullable-3.0 built in code"
            checking(name) {
                let texts = [
                    try json(Profile(id: 1)), try json(Profile(id: 1, nickname: .null)),
                    try json(Profile(id: 1, nickname: .value("Bo"))), try json(Profile(id: 1, nickname: OptionalNullable(nil))),
                ]
                check(
                    name,
                    texts == [#"{"id":1}"#, #"{"id":1,"nickname":null}"#, #"{"id":1,"nickname":"Bo"}"#, #"{"id":1,"nickname":null}"#],
                    "\(texts)")
            }

            name = "nullable-3.0 allOf-ref absent, null, value"
            checking(name) {
                let a = try roundTrip(Profile.self, #"{"id":1}"#, decoder, encoder)
                let b = try roundTrip(Profile.self, #"{"id":1,"mentor":null}"#, decoder, encoder)
                let c = try roundTrip(Profile.self, #"{"id":1,"mentor":{"petType":"cat"}}"#, decoder, encoder)
                check(
                    name,
                    a.value.mentor == .absent && b.value.mentor == .null && c.value.mentor.wrapped?.petType == "cat"
                        && [a.json, b.json, c.json] == [#"{"id":1}"#, #"{"id":1,"mentor":null}"#, #"{"id":1,"mentor":{"petType":"cat"}}"#],
                    "\([a.json, b.json, c.json])")
            }

            // MARK: Enums keep unknown values
            name = "enum string known"
            checking(name) {
                let r = try roundTrip(Profile.self, #"{"id":1,"status":"archived"}"#, decoder, encoder)
                check(name, r.value.status == .archived && r.json == #"{"id":1,"status":"archived"}"#, r.json)
            }
            name = "enum string unknown round-trips"
            checking(name) {
                let r = try roundTrip(Profile.self, #"{"id":1,"status":"deleted"}"#, decoder, encoder)
                check(name, r.value.status == .unknown("deleted") && r.json == #"{"id":1,"status":"deleted"}"#, "\(Swift.String(describing: r.value.status)) \(r.json)")
            }
            name = "enum integer known"
            checking(name) {
                let r = try roundTrip(Profile.self, #"{"id":1,"priority":2}"#, decoder, encoder)
                check(name, r.value.priority == ._2 && r.json == #"{"id":1,"priority":2}"#, r.json)
            }
            name = "enum integer unknown round-trips"
            checking(name) {
                let r = try roundTrip([Priority].self, #"[7,-1,3]"#, decoder, encoder)
                check(name, r.value == [.unknown(7), .unknown(-1), ._3] && r.json == "[7,-1,3]", "\(r.value) \(r.json)")
            }

            // MARK: oneOf
            name = "oneOf discriminator with mapping, first case"
            checking(name) {
                let r = try roundTrip(MappedPet.self, #"{"petType":"kitty","meows":true}"#, decoder, encoder)
                guard case .cat(let cat) = r.value else { return check(name, false, "decoded \(r.value)") }
                check(name, cat.meows == true && r.json == #"{"meows":true,"petType":"kitty"}"#, r.json)
            }
            name = "oneOf discriminator with mapping, second case"
            checking(name) {
                let r = try roundTrip(MappedPet.self, #"{"petType":"doggo","barks":false}"#, decoder, encoder)
                guard case .dog(let dog) = r.value else { return check(name, false, "decoded \(r.value)") }
                check(name, dog.barks == false && r.json == #"{"barks":false,"petType":"doggo"}"#, r.json)
            }
            name = "oneOf discriminator with mapping, unknown value kept raw"
            checking(name) {
                let input = #"{"petType":"lizard","scales":[1,2],"meows":true}"#
                let r = try roundTrip(MappedPet.self, input, decoder, encoder)
                guard case .undecodable = r.value else { return check(name, false, "decoded \(r.value)") }
                check(name, jsonDifferences(input, r.json).isEmpty, r.json)
            }
            name = "oneOf discriminator with mapping, known value with an invalid body kept raw"
            checking(name) {
                // `petType` says Cat but the body is not a Cat (meows must be a boolean): like any other value that
                // matches no case, it is kept as JSON instead of failing the whole document.
                let input = #"[{"petType":"kitty","meows":"loudly"},{"petType":"doggo","barks":true}]"#
                let r = try roundTrip([MappedPet].self, input, decoder, encoder)
                guard r.value.count == 2, case .undecodable = r.value[0], case .dog = r.value[1] else { return check(name, false, "decoded \(r.value)") }
                check(name, jsonDifferences(input, r.json).isEmpty, r.json)
            }
            name = "oneOf discriminator without mapping, schema names"
            checking(name) {
                let r = try roundTrip([UnmappedPet].self, #"[{"petType":"Cat","meows":true},{"petType":"Dog","barks":true}]"#, decoder, encoder)
                guard r.value.count == 2, case .cat = r.value[0], case .dog = r.value[1] else { return check(name, false, "decoded \(r.value)") }
                check(name, r.json == #"[{"meows":true,"petType":"Cat"},{"barks":true,"petType":"Dog"}]"#, r.json)
            }
            name = "oneOf without discriminator, first case"
            checking(name) {
                let r = try roundTrip(Shape.self, #"{"radius":1.5}"#, decoder, encoder)
                guard case .circle(let circle) = r.value else { return check(name, false, "decoded \(r.value)") }
                check(name, circle.radius == 1.5 && r.json == #"{"radius":1.5}"#, r.json)
            }
            name = "oneOf without discriminator, second case"
            checking(name) {
                let r = try roundTrip(Shape.self, #"{"side":2}"#, decoder, encoder)
                guard case .square(let square) = r.value else { return check(name, false, "decoded \(r.value)") }
                check(name, square.side == 2 && r.json == #"{"side":2}"#, r.json)
            }
            name = "oneOf without discriminator, first matching case wins"
            checking(name) {
                let value = try decoder.decode(Shape.self, from: Foundation.Data(#"{"side":2,"radius":1}"#.utf8))
                guard case .circle = value else { return check(name, false, "decoded \(value)") }
                check(name, true)
            }
            name = "oneOf without discriminator, undecodable object kept raw"
            checking(name) {
                let input = #"{"edges":[1,2.5,"x",null,{"deep":[true]}],"name":"triangle"}"#
                let r = try roundTrip(Shape.self, input, decoder, encoder)
                guard case .undecodable(let raw) = r.value else { return check(name, false, "decoded \(r.value)") }
                check(name, raw.objectValueCount == 2 && jsonDifferences(input, r.json).isEmpty, r.json)
            }
            name = "oneOf without discriminator, undecodable scalar kept raw"
            checking(name) {
                let r = try roundTrip([Shape].self, #"["hexagon",6,null]"#, decoder, encoder)
                guard r.value.count == 3, case .undecodable(.string("hexagon")) = r.value[0], case .undecodable(.integer(6)) = r.value[1],
                    case .undecodable(.null) = r.value[2]
                else { return check(name, false, "decoded \(r.value)") }
                check(name, r.json == #"["hexagon",6,null]"#, r.json)
            }

            name = "oneOf uuid case encodes lowercase"
            checking(name) {
                let input = #""0f8fad5b-d9cb-469f-a165-70867728950e""#
                let r = try roundTrip(Identifier.self, input, decoder, encoder)
                guard case .uuid(let uuid) = r.value else { return check(name, false, "decoded \(r.value)") }
                let built = try json(Identifier.uuid(uuid))
                check(name, r.json == input && built == input, "\(r.json) \(built)")
            }

            // MARK: Properties beside a `oneOf`, `allOf` with a `oneOf` branch
            name = "properties beside a oneOf"
            checking(name) {
                let input = #"{"meows":true,"noticeId":"n1","petType":"Cat"}"#
                let r = try roundTrip(PetNotice.self, input, decoder, encoder)
                guard case .cat(let cat) = r.value.oneOf else { return check(name, false, "decoded \(r.value)") }
                let built = try json(PetNotice(noticeID: "n2", oneOf: .dog(Dog(petType: "Dog", barks: true))))
                check(
                    name,
                    r.value.noticeID == "n1" && cat.meows == true && r.json == input
                        && built == #"{"barks":true,"noticeId":"n2","petType":"Dog"}"#,
                    "\(r.json) \(built)")
            }
            name = "properties beside a oneOf, undecodable branch kept raw"
            checking(name) {
                let input = #"{"noticeId":"n1","petType":"Lizard","scales":3}"#
                let r = try roundTrip(PetNotice.self, input, decoder, encoder)
                guard case .undecodable = r.value.oneOf else { return check(name, false, "decoded \(r.value)") }
                check(name, r.value.noticeID == "n1" && jsonDifferences(input, r.json).isEmpty, r.json)
            }
            name = "allOf of a oneOf type and properties"
            checking(name) {
                let input = #"{"label":"big","side":4}"#
                let r = try roundTrip(LabelledShape.self, input, decoder, encoder)
                guard case .square(let square) = r.value.shape else { return check(name, false, "decoded \(r.value)") }
                check(name, r.value.label == "big" && square.side == 4 && r.json == input, r.json)
            }
            name = "anyOf of required lists only"
            checking(name) {
                let r = try roundTrip(Firewall.self, #"{"inbound":"tcp"}"#, decoder, encoder)
                let built = try json(Firewall(inbound: "a", outbound: "b"))
                check(
                    name, r.value.inbound == "tcp" && r.json == #"{"inbound":"tcp"}"# && built == #"{"inbound":"a","outbound":"b"}"#,
                    "\(r.json) \(built)")
            }
            name = "nullable reference through allOf"
            checking(name) {
                let a = try roundTrip(Kennel.self, #"{}"#, decoder, encoder)
                let b = try roundTrip(Kennel.self, #"{"resident":null}"#, decoder, encoder)
                let c = try roundTrip(Kennel.self, #"{"resident":{"radius":2}}"#, decoder, encoder)
                let resident: OptionalNullable<Shape> = c.value.resident
                guard case .value(.circle(let circle)) = resident else { return check(name, false, "decoded \(c.value)") }
                check(
                    name,
                    a.value.resident == .absent && b.value.resident == .null && circle.radius == 2
                        && [a.json, b.json, c.json] == ["{}", #"{"resident":null}"#, #"{"resident":{"radius":2}}"#],
                    "\([a.json, b.json, c.json])")
            }

            // MARK: Recursion
            name = "recursive type round-trips"
            checking(name) {
                let input = #"{"children":[{"children":[{"name":"b"}],"name":"a"},{"name":"c"}],"name":"root","parent":{"name":"up","parent":{"name":"top"}}}"#
                let r = try roundTrip(TreeNode.self, input, decoder, encoder)
                check(
                    name,
                    r.value.parent?.parent?.name == "top" && r.value.children?.first?.children?.first?.name == "b" && r.json == input,
                    r.json)
            }
            name = "recursive type built in code"
            checking(name) {
                var node = TreeNode(name: "leaf", parent: TreeNode(name: "mid", parent: TreeNode(name: "top")))
                node.parent?.parent?.name = "TOP"
                let text = try json(node)
                check(name, text == #"{"name":"leaf","parent":{"name":"mid","parent":{"name":"TOP"}}}"#, text)
            }
            name = "mutually recursive types round-trip"
            checking(name) {
                let input = #"{"department":{"head":{"department":{"title":"Lab"},"name":"Bob"},"title":"R&D"},"name":"Ann"}"#
                let r = try roundTrip(Employee.self, input, decoder, encoder)
                check(name, r.value.department?.head?.department?.title == "Lab" && r.json == input, r.json)
            }

            // MARK: Dictionaries
            name = "dictionary additionalProperties schema"
            checking(name) {
                let r = try roundTrip(Counts.self, #"{"a":1,"b":-2}"#, decoder, encoder)
                check(name, r.value == ["a": 1, "b": -2] && r.json == #"{"a":1,"b":-2}"#, r.json)
            }
            name = "dictionary additionalProperties true"
            checking(name) {
                let input = #"{"x":[1,{"y":null}],"z":"s","n":1.5,"t":true}"#
                let r = try roundTrip(FreeForm.self, input, decoder, encoder)
                check(name, r.value["x"] == .array([.integer(1), .object(["y": .null])]) && jsonDifferences(input, r.json).isEmpty, r.json)
            }
            name = "dictionary nullable values keep null"
            checking(name) {
                let input = #"{"a":1,"b":null}"#
                let r = try roundTrip(NullableCounts.self, input, decoder, encoder)
                check(name, r.value.count == 2 && r.value["b"] == .some(nil) && r.json == input, r.json)
            }
            name = "dictionary known and additional properties"
            checking(name) {
                let input = #"{"label":"L","size":3,"extra":"e","more":"m"}"#
                let r = try roundTrip(Labelled.self, input, decoder, encoder)
                check(
                    name,
                    r.value.label == "L" && r.value.size == 3 && r.value.additionalProperties == ["extra": "e", "more": "m"]
                        && r.json == #"{"extra":"e","label":"L","more":"m","size":3}"#,
                    "\(r.value) \(r.json)")
            }
            name = "dictionary known and additional properties built in code"
            checking(name) {
                let text = try json(Labelled(label: "L", additionalProperties: ["b": "2", "a": "1"]))
                check(name, text == #"{"a":"1","b":"2","label":"L"}"#, text)
            }
            name = "dictionary properties of a struct"
            checking(name) {
                let input = #"{"anything":{"c":[true,{}]},"counts":{"a":1},"inlineCounts":{"b":2}}"#
                let r = try roundTrip(Holder.self, input, decoder, encoder)
                check(name, r.value.counts == ["a": 1] && r.value.inlineCounts == ["b": 2] && r.json == input, r.json)
            }

            // MARK: The spec's `default` values in the memberwise initializer
            name = "spec defaults in the memberwise initializer"
            checking(name) {
                let settings = Settings()
                let extra: JSONValue = .object(["nested": .array([.integer(1), .number(2.5), .null, .string("x")])])
                check(
                    name,
                    settings.title == #"Say "hi" \(now)"# && settings.pageSize == 25 && settings.ratio == 0.5
                        && settings.enabled == true && settings.status == nil && settings.mode == .safe
                        && settings.priority == ._2 && settings.legacyStatus == .retired && settings.tags == ["a", "b"]
                        && settings.limits == ["daily": 10] && settings.extra == extra && settings.note == .value("none")
                        && settings.since == nil && settings.tooLarge == nil && settings.wrongType == nil
                        && settings.level == Settings.Level.none,
                    "\(settings)")
            }
            name = "spec defaults can be overridden"
            checking(name) {
                let settings = Settings(title: "t", pageSize: 1, mode: .fast, legacyStatus: nil, note: .absent)
                let text = try json(settings)
                check(
                    name,
                    text == #"{"enabled":true,"extra":{"nested":[1,2.5,null,"x"]},"level":"none","limits":{"daily":10},"mode":"fast","pageSize":1,"priority":2,"ratio":0.5,"tags":["a","b"],"title":"t"}"#,
                    text)
            }

            // MARK: Dates
            func date(_ text: Swift.String) throws -> Foundation.Date? {
                try decoder.decode(Profile.self, from: Foundation.Data(("{\"id\":1,\"seenAt\":\"" + text + "\"}").utf8)).seenAt
            }
            func encoded(_ date: Foundation.Date?) throws -> Swift.String {
                try json(Profile(id: 1, seenAt: date))
            }
            name = "date-time offsets decode to the same instant"
            checking(name) {
                let texts = ["2025-03-01T10:00:00Z", "2025-03-01T12:00:00+02:00", "2025-03-01T05:00:00-05:00", "2025-03-01T11:30:00+01:30", "2025-03-01T10:00:00.000Z"]
                let dates = try texts.map(date)
                check(name, Swift.Set(dates).count == 1 && dates[0] == Foundation.Date(timeIntervalSince1970: 1_740_823_200), "\(dates.map { $0?.timeIntervalSince1970 })")
            }
            name = "date-time encoding is UTC and stable"
            checking(name) {
                let once = try encoded(date("2025-03-01T12:00:00+02:00"))
                let twice = try encoded(decoder.decode(Profile.self, from: Foundation.Data(once.utf8)).seenAt)
                check(name, once == #"{"id":1,"seenAt":"2025-03-01T10:00:00Z"}"# && once == twice, "\(once) then \(twice)")
            }
            name = "date-time fractional seconds with offsets decode to the same instant"
            checking(name) {
                let texts = ["2025-03-01T10:00:00.250Z", "2025-03-01T12:00:00.250+02:00", "2025-03-01T09:00:00.25-01:00"]
                let dates = try texts.map(date)
                check(name, Swift.Set(dates).count == 1 && dates[0] == Foundation.Date(timeIntervalSince1970: 1_740_823_200.25), "\(dates.map { $0?.timeIntervalSince1970 })")
            }
            name = "date-time fractional seconds encoding is stable"
            checking(name) {
                let once = try encoded(date("2025-03-01T12:00:00.250+02:00"))
                let twice = try encoded(decoder.decode(Profile.self, from: Foundation.Data(once.utf8)).seenAt)
                check(name, once == #"{"id":1,"seenAt":"2025-03-01T10:00:00.250Z"}"# && once == twice, "\(once) then \(twice)")
            }
            name = "date-time lowercase t and z"
            checking(name) {
                let value = try date("2025-03-01t10:00:00z")
                check(name, value == Foundation.Date(timeIntervalSince1970: 1_740_823_200), "\(Swift.String(describing: value))")
            }
            name = "date-time milliseconds are kept"
            checking(name) {
                // From the Ruddr seed: a date with milliseconds must come back with the same milliseconds.
                let input = #"{"id":1,"seenAt":"2026-01-16T17:42:58.653Z"}"#
                let r = try roundTrip(Profile.self, input, decoder, encoder)
                check(name, r.json == input, "re-encoded \(r.json)")
            }
            name = "date-time microseconds are kept"
            checking(name) {
                // Servers backed by PostgreSQL send microseconds (the Libredesk corpus: "2025-08-30T15:44:51.110888Z");
                // a value sent back must name the same instant.
                let input = #"{"id":1,"seenAt":"2025-08-30T15:44:51.110888Z"}"#
                let r = try roundTrip(Profile.self, input, decoder, encoder)
                check(name, jsonDifferences(input, r.json).isEmpty, "re-encoded \(r.json)")
            }
        }

        extension JSONValue {
            var objectValueCount: Swift.Int {
                if case .object(let members) = self { return members.count }
                return -1
            }
        }
        """#

    static let behaviour31 = #"""
        import Foundation
        import Behaviour31Models

        func checks31() {
            let decoder = ModelCoding.makeDecoder()
            let encoder = ModelCoding.makeEncoder()

            // MARK: 3.1 `type: [string, "null"]`, optional
            var name = "nullable-3.1-type-array absent stays absent"
            checking(name) {
                let r = try roundTrip(Settings.self, #"{}"#, decoder, encoder)
                check(name, r.value.title == .absent && r.json == "{}", "\(r.value.title) \(r.json)")
            }
            name = "nullable-3.1-type-array null stays null"
            checking(name) {
                let r = try roundTrip(Settings.self, #"{"title":null}"#, decoder, encoder)
                check(name, r.value.title == .null && r.json == #"{"title":null}"#, "\(r.value.title) \(r.json)")
            }
            name = "nullable-3.1-type-array value stays value"
            checking(name) {
                let r = try roundTrip(Settings.self, #"{"title":"T"}"#, decoder, encoder)
                check(name, r.value.title == .value("T") && r.json == #"{"title":"T"}"#, "\(r.value.title) \(r.json)")
            }

            // MARK: `anyOf: [X, {type: "null"}]`, optional
            name = "nullable-anyOf-null absent stays absent"
            checking(name) {
                let r = try roundTrip(Settings.self, #"{"title":"T"}"#, decoder, encoder)
                check(name, r.value.badge == .absent && r.json == #"{"title":"T"}"#, "\(r.value.badge) \(r.json)")
            }
            name = "nullable-anyOf-null null stays null"
            checking(name) {
                let r = try roundTrip(Settings.self, #"{"badge":null}"#, decoder, encoder)
                check(name, r.value.badge == .null && r.json == #"{"badge":null}"#, "\(r.value.badge) \(r.json)")
            }
            name = "nullable-anyOf-null value stays value"
            checking(name) {
                let r = try roundTrip(Settings.self, #"{"badge":{"name":"gold"}}"#, decoder, encoder)
                check(name, r.value.badge == .value(Badge(name: "gold")) && r.json == #"{"badge":{"name":"gold"}}"#, "\(r.value.badge) \(r.json)")
            }
            name = "nullable-anyOf-null primitive branch"
            checking(name) {
                let a = try roundTrip(Settings.self, #"{"level":null}"#, decoder, encoder)
                let b = try roundTrip(Settings.self, #"{"level":3}"#, decoder, encoder)
                let c = try roundTrip(Settings.self, #"{}"#, decoder, encoder)
                check(
                    name,
                    a.value.level == .null && b.value.level == .value(3) && c.value.level == .absent
                        && [a.json, b.json, c.json] == [#"{"level":null}"#, #"{"level":3}"#, "{}"],
                    "\([a.json, b.json, c.json])")
            }
            name = "nullable-oneOf-null absent, null, value"
            checking(name) {
                let a = try roundTrip(Settings.self, #"{}"#, decoder, encoder)
                let b = try roundTrip(Settings.self, #"{"owner":null}"#, decoder, encoder)
                let c = try roundTrip(Settings.self, #"{"owner":{"name":"o"}}"#, decoder, encoder)
                check(
                    name,
                    a.value.owner == .absent && b.value.owner == .null && c.value.owner == .value(Badge(name: "o"))
                        && [a.json, b.json, c.json] == ["{}", #"{"owner":null}"#, #"{"owner":{"name":"o"}}"#],
                    "\([a.json, b.json, c.json])")
            }
            name = "nullable-3.1 date-time null and value"
            checking(name) {
                let a = try roundTrip(Settings.self, #"{"updatedAt":null}"#, decoder, encoder)
                let b = try roundTrip(Settings.self, #"{"updatedAt":"2025-03-01T12:00:00+02:00"}"#, decoder, encoder)
                check(
                    name,
                    a.value.updatedAt == .null && b.value.updatedAt == .value(Foundation.Date(timeIntervalSince1970: 1_740_823_200))
                        && a.json == #"{"updatedAt":null}"# && b.json == #"{"updatedAt":"2025-03-01T10:00:00Z"}"#,
                    "\(a.json) \(b.json)")
            }
        }
        """#

    static let seeds = #"""
        import Foundation
        import SeedLibredeskModels
        import SeedRuddrModels

        func checksSeeds() {
            let decoder = SeedLibredeskModels.ModelCoding.makeDecoder()
            let encoder = SeedLibredeskModels.ModelCoding.makeEncoder()
            func json<T: Swift.Encodable>(_ value: T) throws -> Swift.String {
                Swift.String(decoding: try encoder.encode(value), as: Swift.UTF8.self)
            }

            // MARK: Libredesk `avatar_url`: keep (leave out), remove (null), set (a URL)
            var name = "libredesk avatar_url keep (absent)"
            checking(name) {
                let r = try roundTrip(SeedLibredeskModels.Contact.self, #"{"first_name":"Jane"}"#, decoder, encoder)
                check(name, r.value.avatarURL == .absent && r.json == #"{"first_name":"Jane"}"#, "\(r.value.avatarURL) \(r.json)")
            }
            name = "libredesk avatar_url remove (null)"
            checking(name) {
                let r = try roundTrip(SeedLibredeskModels.Contact.self, #"{"first_name":"Jane","avatar_url":null}"#, decoder, encoder)
                check(name, r.value.avatarURL == .null && r.json == #"{"avatar_url":null,"first_name":"Jane"}"#, "\(r.value.avatarURL) \(r.json)")
            }
            name = "libredesk avatar_url set (value)"
            checking(name) {
                let r = try roundTrip(SeedLibredeskModels.Contact.self, #"{"avatar_url":"/avatars/new.png"}"#, decoder, encoder)
                check(name, r.value.avatarURL == .value("/avatars/new.png") && r.json == #"{"avatar_url":"/avatars/new.png"}"#, "\(r.value.avatarURL) \(r.json)")
            }
            name = "libredesk avatar_url built in code"
            checking(name) {
                var contact = SeedLibredeskModels.Contact()
                let keep = try json(contact)
                contact.avatarURL = .null
                let remove = try json(contact)
                contact.avatarURL = .value("https://example.com/a.png")
                let set = try json(contact)
                check(
                    name, [keep, remove, set] == ["{}", #"{"avatar_url":null}"#, #"{"avatar_url":"https://example.com/a.png"}"#],
                    "\([keep, remove, set])")
            }

            // The request body of PUT /api/v1/contacts/{id} (inline multipart schema): `avatar_url` left out keeps the
            // avatar, null removes it, a URL sets it.
            name = "libredesk update-contact request avatar_url keep, remove, set"
            checking(name) {
                let keep = try roundTrip(HandleUpdateContactRequest.self, #"{"first_name":"Jane","email":"j@x.io"}"#, decoder, encoder)
                let remove = try roundTrip(HandleUpdateContactRequest.self, #"{"first_name":"Jane","email":"j@x.io","avatar_url":null}"#, decoder, encoder)
                let set = try roundTrip(HandleUpdateContactRequest.self, #"{"first_name":"Jane","email":"j@x.io","avatar_url":"/a.png"}"#, decoder, encoder)
                let built = try json(HandleUpdateContactRequest(firstName: "Jane", email: "j@x.io", avatarURL: .null))
                check(
                    name,
                    keep.value.avatarURL == .absent && remove.value.avatarURL == .null && set.value.avatarURL == .value("/a.png")
                        && [keep.json, remove.json, set.json, built] == [
                            #"{"email":"j@x.io","first_name":"Jane"}"#, #"{"avatar_url":null,"email":"j@x.io","first_name":"Jane"}"#,
                            #"{"avatar_url":"/a.png","email":"j@x.io","first_name":"Jane"}"#, #"{"avatar_url":null,"email":"j@x.io","first_name":"Jane"}"#,
                        ],
                    "\([keep.json, remove.json, set.json, built])")
            }

            // MARK: Ruddr PATCH /contacts/{id} body: only present fields change, null clears
            let ruddrDecoder = SeedRuddrModels.ModelCoding.makeDecoder()
            let ruddrEncoder = SeedRuddrModels.ModelCoding.makeEncoder()
            name = "ruddr PATCH body tri-state"
            checking(name) {
                let r = try roundTrip(ContactUpdate.self, #"{"title":"VP","fax":null}"#, ruddrDecoder, ruddrEncoder)
                check(
                    name,
                    r.value.title == .value("VP") && r.value.fax == .null && r.value.mobilePhone == .absent
                        && r.value.ownerID == .absent && r.value.firstName == nil && r.json == #"{"fax":null,"title":"VP"}"#,
                    "\(r.value) \(r.json)")
            }
            name = "ruddr PATCH body built in code"
            checking(name) {
                let texts = [
                    Swift.String(decoding: try ruddrEncoder.encode(ContactUpdate()), as: Swift.UTF8.self),
                    Swift.String(decoding: try ruddrEncoder.encode(ContactUpdate(title: .null)), as: Swift.UTF8.self),
                    Swift.String(decoding: try ruddrEncoder.encode(ContactUpdate(description: .value("d"), fax: .null)), as: Swift.UTF8.self),
                ]
                check(name, texts == ["{}", #"{"title":null}"#, #"{"description":"d","fax":null}"#], "\(texts)")
            }
            name = "ruddr PATCH example updateTitleAndTags"
            checking(name) {
                let input = #"{"title":"Vice President of Operations","fax":null,"tagIds":["63081c77-52ef-45d5-92f5-7131c74df008"]}"#
                let r = try roundTrip(ContactUpdate.self, input, ruddrDecoder, ruddrEncoder)
                check(
                    name, r.value.fax == .null && r.value.tagIDs?.count == 1 && r.value.websiteURL == .absent,
                    "\(r.value)")
            }
            name = "ruddr PATCH uuid text kept"
            checking(name) {
                // RFC 4122: UUIDs are written in lowercase; a client sending back an id must not change it.
                let input = #"{"ownerId":"df15e83f-5353-4b89-b2cd-d7018ff11b07","tagIds":["63081c77-52ef-45d5-92f5-7131c74df008"]}"#
                let r = try roundTrip(ContactUpdate.self, input, ruddrDecoder, ruddrEncoder)
                check(name, jsonDifferences(input, r.json).isEmpty, "re-encoded \(r.json)")
            }
        }
        """#
}
