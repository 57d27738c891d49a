// Compiled against the package generated from parameters.yaml (ServerParameterTests): the generated client sends
// each operation through `InProcessTransport` to the generated server, whose handler records the `Input` it
// received. Every position, style and explode value must arrive as the client sent it: reserved characters,
// non-ASCII text, a `/` inside a path parameter. Prints `PASS`/`FAIL` lines (check, in Helpers.swift).
import Foundation
import ParameterRoundTrip
import ParameterRoundTripServer

/// What the handler received, by operation id, as `String(reflecting:)` of the input.
actor Received {
    var inputs: [String: String] = [:]
    func record(_ operationID: String, _ input: Any) { inputs[operationID] = String(reflecting: input) }
    func take(_ operationID: String) -> String? { inputs.removeValue(forKey: operationID) }
}

struct Recorder: ParameterRoundTripHandler {
    let received: Received

    func pathPrimitive(_ input: Operations.PathPrimitive.Input, context: ParameterRoundTripAPIServer.Context)
        async throws -> Operations.PathPrimitive.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func pathArray(_ input: Operations.PathArray.Input, context: ParameterRoundTripAPIServer.Context) async throws
        -> Operations.PathArray.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func pathObject(_ input: Operations.PathObject.Input, context: ParameterRoundTripAPIServer.Context) async throws
        -> Operations.PathObject.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func twoInOneSegment(_ input: Operations.TwoInOneSegment.Input, context: ParameterRoundTripAPIServer.Context)
        async throws -> Operations.TwoInOneSegment.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func queryStyles(_ input: Operations.QueryStyles.Input, context: ParameterRoundTripAPIServer.Context)
        async throws -> Operations.QueryStyles.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func queryExplodedObject(
        _ input: Operations.QueryExplodedObject.Input, context: ParameterRoundTripAPIServer.Context
    ) async throws -> Operations.QueryExplodedObject.Output {
        await received.record(context.operationID, input)
        return .noContent
    }

    func headerStyles(_ input: Operations.HeaderStyles.Input, context: ParameterRoundTripAPIServer.Context)
        async throws -> Operations.HeaderStyles.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func cookieStyles(_ input: Operations.CookieStyles.Input, context: ParameterRoundTripAPIServer.Context)
        async throws -> Operations.CookieStyles.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }
}

/// The in-process transport, keeping the last response's body to show in a failure.
struct Keeping: ClientTransport {
    let inner: InProcessTransport
    let received: Received

    func send(_ request: ClientRequest) async throws -> ClientResponse {
        let response = try await inner.send(request)
        await received.record("last response", String(decoding: try await response.body.collect(), as: UTF8.self))
        return response
    }
}

let received = Received()
let server = ParameterRoundTripAPIServer(handler: Recorder(received: received))
let client = ParameterRoundTripClient(
    transport: Keeping(inner: InProcessTransport { await server.respond(to: $0, body: $1) }, received: received))

/// Sends `input` and checks that the handler got exactly it.
func roundTrip<Operation: ClientOperation>(_ name: String, _ operation: Operation.Type, _ input: Operation.Input)
    async
{
    do {
        let output = try await client.send(operation, input)
        let got = await received.take(Operation.operationID)
        let sent = String(reflecting: input)
        let body = await received.take("last response") ?? ""
        check(name, got == sent, "sent \(sent), the handler got \(got ?? "nothing"); output \(output) \(body)")
    } catch {
        check(name, false, "threw \(describe(error))")
    }
}

let colors: Colors = ["blue", "black", "brown"]
let awkward: Colors = ["a b", "c/d", "é,ü", "x;y=z"]
let color = Color(r: 100, g: 200, b: 150)

await roundTrip(
    "path primitives, reserved and non-ASCII text, a slash inside a parameter", Operations.PathPrimitive.self,
    .init(
        simple: "a/b?c#d e%f", simpleExplode: "café ☕", label: "x.y", labelExplode: "dot.ted", matrix: "semi;colon=eq",
        matrixExplode: -42))
await roundTrip(
    "path arrays, every style and explode value", Operations.PathArray.self,
    .init(
        simple: colors, simpleExplode: colors, label: colors, labelExplode: colors, matrix: colors,
        matrixExplode: [1, 2, 3]))
await roundTrip(
    "path arrays with reserved and non-ASCII items", Operations.PathArray.self,
    .init(
        simple: awkward, simpleExplode: awkward, label: awkward, labelExplode: awkward, matrix: awkward,
        matrixExplode: [0]))
await roundTrip(
    "path objects, every style and explode value", Operations.PathObject.self,
    .init(simple: color, simpleExplode: color, label: color, labelExplode: color, matrix: color, matrixExplode: color))
await roundTrip(
    "two parameters in one path segment", Operations.TwoInOneSegment.self, .init(name: "report 2026", extension: .txt))
await roundTrip(
    "two parameters in one segment, the first holding the separator", Operations.TwoInOneSegment.self,
    .init(name: "report.final", extension: .json))
await roundTrip(
    "query primitives, form/spaceDelimited/pipeDelimited/deepObject, allowReserved and a content parameter",
    Operations.QueryStyles.self,
    .init(
        text: "a&b=c d+e/f ü", number: 3.25, flag: true, day: OpenAPIDate(year: 2026, month: 12, day: 7),
        formArray: colors, formArrayExplode: awkward, formObject: color, spaceArray: colors, pipeArray: colors,
        deep: color, reserved: "a/b?c:d@e", filter: Filter(name: "x y&z", tags: ["a", "ß"])))
await roundTrip("query with every parameter absent", Operations.QueryStyles.self, .init())
await roundTrip("query form exploded object", Operations.QueryExplodedObject.self, .init(formObjectExplode: color))
await roundTrip(
    "headers: primitives, arrays, objects with and without explode", Operations.HeaderStyles.self,
    .init(xText: "hello wörld", xCount: 7, xArray: colors, xObject: color, xObjectExplode: color))
await roundTrip(
    "cookies: primitives and a non-exploded array, reserved characters", Operations.CookieStyles.self,
    .init(session: "a b;c=d", count: 3, colors: colors))

// The API protocol: the client conforms to it, and an in-memory implementation of it is served by the APIHandler.
let api: any ParameterRoundTripAPIProtocol = client
do {
    _ = try await api.headerStyles(.init(xCount: 11))
    let got = await received.take("headerStyles")
    check(
        "the client as ParameterRoundTripAPIProtocol sends the operation", got?.contains("xCount: 11") == true,
        "\(got ?? "nothing")")
} catch {
    check("the client as ParameterRoundTripAPIProtocol sends the operation", false, "threw \(describe(error))")
}

/// An in-memory implementation of one operation; the others answer 501.
struct Memory: ParameterRoundTripAPIProtocol {
    let received: Received

    func cookieStyles(_ input: Operations.CookieStyles.Input) async throws -> Operations.CookieStyles.Output {
        await received.record("memory", input)
        return .noContent
    }
}

let served = ParameterRoundTripAPIServer(handler: ParameterRoundTripAPIHandler(api: Memory(received: received)))
let memoryClient = ParameterRoundTripClient(transport: InProcessTransport { await served.respond(to: $0, body: $1) })
do {
    let sent = Operations.CookieStyles.Input(session: "s;1", count: 2)
    let output = try await memoryClient.cookieStyles(sent)
    let got = await received.take("memory")
    check(
        "an API implementation served by the APIHandler gets the input",
        got == String(reflecting: sent) && output.status == 204,
        "\(got ?? "nothing"), \(output)")
    let missing = try await memoryClient.pathObject(
        simple: color, simpleExplode: color, label: color, labelExplode: color, matrix: color, matrixExplode: color)
    check("an operation the implementation leaves out answers 501", missing.status == 501, "\(missing)")
} catch {
    check("an API implementation served by the APIHandler gets the input", false, "threw \(describe(error))")
}
