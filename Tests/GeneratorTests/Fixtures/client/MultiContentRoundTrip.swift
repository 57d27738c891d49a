// Compiled against the package generated from multi-content.yaml (MultiContentTests): the generated client sends
// each case of a several-content body through `InProcessTransport` to the generated server, whose handler records
// the `Input` it received, and the bytes written for the multipart `encoding` (part content types and headers) and
// the form's `explode: false` are checked as sent. Prints `PASS`/`FAIL` lines (check, in Helpers.swift).
import Foundation
import MultiContent
import MultiContentServer

/// What the handler received and the last request the client wrote.
actor Received {
    var inputs: [String: String] = [:]
    var request: (headers: [ClientHeader], body: String)?
    func record(_ operationID: String, _ input: Any) { inputs[operationID] = String(reflecting: input) }
    func take(_ operationID: String) -> String? { inputs.removeValue(forKey: operationID) }
    func keep(_ headers: [ClientHeader], _ body: String) { request = (headers, body) }
}

struct Recorder: MultiContentHandler {
    let received: Received

    func createNote(_ input: Operations.CreateNote.Input, context: MultiContentAPIServer.Context) async throws
        -> Operations.CreateNote.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }

    func upload(_ input: Operations.Upload.Input, context: MultiContentAPIServer.Context) async throws
        -> Operations.Upload.Output
    {
        await received.record(context.operationID, input)
        return .noContent
    }
}

/// The in-process transport, keeping the request's headers and body.
struct Keeping: ClientTransport {
    let inner: InProcessTransport
    let received: Received

    func send(_ request: ClientRequest) async throws -> ClientResponse {
        let body = try await request.body?.collect() ?? Data()
        await received.keep(request.headers, String(decoding: body, as: UTF8.self))
        var forwarded = request
        forwarded.body = .data(body)
        return try await inner.send(forwarded)
    }
}

let received = Received()
let server = MultiContentAPIServer(handler: Recorder(received: received))
let client = MultiContentClient(
    transport: Keeping(inner: InProcessTransport { await server.respond(to: $0, body: $1) }, received: received))

/// Sends `input`, checks that it was answered 204 and that the handler got `expected` (the input itself unless
/// given), and returns the request as written.
@discardableResult
func roundTrip<Operation: ClientOperation>(
    _ name: String, _ operation: Operation.Type, _ input: Operation.Input, expected: Operation.Input? = nil
) async -> (headers: [ClientHeader], body: String) {
    do {
        let output = try await client.send(operation, input)
        let got = await received.take(Operation.operationID)
        let sent = String(reflecting: expected ?? input)
        check(name, got == sent, "sent \(sent), the handler got \(got ?? "nothing"); output \(output)")
    } catch {
        check(name, false, "threw \(describe(error))")
    }
    return await received.request ?? ([], "")
}

func contentType(_ headers: [ClientHeader]) -> String {
    headers.first { $0.name.lowercased() == "content-type" }?.value ?? ""
}

let note = Note(text: "Buy milk & eggs", pinned: true, meta: Note.Meta(author: "Ada"))
let json = await roundTrip(
    "a $ref body sent as JSON arrives as .json", Operations.CreateNote.self, .init(body: .json(note)))
check("the JSON case is sent as application/json", contentType(json.headers) == "application/json", "\(json.headers)")
let multipart = await roundTrip(
    "the same $ref body sent as multipart arrives as .multipart", Operations.CreateNote.self,
    .init(body: .multipart(note)))
check(
    "the multipart case is sent as multipart/form-data",
    contentType(multipart.headers).hasPrefix("multipart/form-data; boundary="), "\(multipart.headers)")
check(
    "the encoding's content type and header are written on the JSON part",
    multipart.body.contains(
        "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n"
            + "X-Part-Kind: metadata\r\n\r\n{\"author\":\"Ada\"}\r\n"),
    multipart.body)
check(
    "a part without encoding is plain text",
    multipart.body.contains("Content-Disposition: form-data; name=\"text\"\r\n\r\nBuy milk & eggs\r\n"), multipart.body)

await roundTrip(
    "an inline JSON body arrives as .json", Operations.Upload.self,
    .init(body: .json(UploadRequest(title: "holiday", size: 3))))
let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
let upload = UploadMultipartRequest(
    title: "holiday", image: MultipartFile(data: png, filename: "beach.png"),
    details: UploadMultipartRequest.Details(width: 640, height: 480))
var typed = upload
typed.image.contentType = "image/png"
let file = await roundTrip(
    "an inline multipart body arrives as .multipart, the file typed by the encoding", Operations.Upload.self,
    .init(body: .multipart(upload)), expected: .init(body: .multipart(typed)))
check(
    "the file part takes the encoding's content type and header",
    file.body.contains(
        "Content-Disposition: form-data; name=\"image\"; filename=\"beach.png\"\r\n"
            + "Content-Type: image/png\r\nX-Checksum: none\r\n\r\n"),
    file.body)
var jpeg = upload
jpeg.image.contentType = "image/jpeg"
let own = await roundTrip(
    "a file's own content type wins over the encoding's", Operations.Upload.self, .init(body: .multipart(jpeg)))
check(
    "the file part is sent with its own content type", own.body.contains("Content-Type: image/jpeg\r\n"), own.body)
let form = await roundTrip(
    "an inline form body arrives as .form", Operations.Upload.self,
    .init(body: .form(UploadFormRequest(title: "a b&c", tags: ["x", "y z"]))))
check(
    "the form body is urlencoded with explode: false for tags",
    contentType(form.headers) == "application/x-www-form-urlencoded" && form.body.contains("tags=x,y%20z"),
    "\(form.headers) \(form.body)")
