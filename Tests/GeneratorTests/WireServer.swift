import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A Connexion server (PyPI `connexion`, run by `Tests/Wire/connexion_server.py`) serving one spec on 127.0.0.1,
/// with request and response validation on: the peer that judges the generated client on the wire.
///
/// The Python comes from `OPENAPI_SWIFT_PYTHON` (set by `Scripts/test.sh`, which creates the virtual environment)
/// or `.build-venv/bin/python`. There is no fallback: without it the test fails and says how to set it up.
final class WireServer: @unchecked Sendable {
    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The server's base URL: `http://127.0.0.1:<port>`.
    let url: URL
    /// The JSON Lines log of every request the server saw.
    let log: URL
    private let process: Process

    /// The Python interpreter with Connexion, or nil (with the reason recorded as an issue).
    static func python() -> String? {
        let configured = ProcessInfo.processInfo.environment["OPENAPI_SWIFT_PYTHON"]
        let candidates: [String?] = [configured, repository.appendingPathComponent(".build-venv/bin/python").path]
        for candidate in candidates.compactMap({ $0 }) where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        Issue.record(
            "no Python with Connexion: run the tests with Scripts/test.sh (it creates .build-venv), or set OPENAPI_SWIFT_PYTHON"
        )
        return nil
    }

    /// Starts a server for the spec at `spec` and waits until it answers.
    init(spec: String, python: String) async throws {
        let port = try Self.freePort()
        url = URL(string: "http://127.0.0.1:\(port)")!
        log = FileManager.default.temporaryDirectory.appendingPathComponent("wire-\(port)-\(UUID().uuidString).jsonl")
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            Self.repository.appendingPathComponent("Tests/Wire/connexion_server.py").path, "--spec", spec, "--port",
            String(port), "--log", log.path,
        ]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("wire-\(port).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        // Both a time and a number of tries: on a 2-core machine the tests that wait for `swift build` can hold
        // every thread of the concurrency pool for minutes, and a deadline alone would pass while this task sleeps.
        let start = Date()
        let deadline = start.addingTimeInterval(300)
        var tries = 0
        while Date() < deadline || tries < 300 {
            tries += 1
            if !process.isRunning {
                let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
                throw WireError.serverExited(text)
            }
            if await Self.answers(url.appendingPathComponent("__wire/ping")) { return }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        stop()
        throw WireError.serverExited(
            "not answering after \(tries) tries in \(Int(Date().timeIntervalSince(start))) s: "
                + ((try? String(contentsOf: output, encoding: .utf8)) ?? ""))
    }

    /// Stops the server.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        // uvicorn waits for open keep-alive connections on SIGTERM; give it a moment, then kill it.
        let deadline = Date().addingTimeInterval(3)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Every request the server logged, as JSON objects.
    func requests() throws -> [[String: Any]] {
        let text = try String(contentsOf: log, encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    private static func answers(_ url: URL) async -> Bool {
        // A plain socket, not URLSession: a shared session that another test left busy must not make a server
        // that is up look down.
        guard let port = url.port else { return false }
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { return false }
        let request = Array("GET \(url.path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(socket, $0.baseAddress, $0.count, 0) }) == request.count else {
            return false
        }
        var buffer = [UInt8](repeating: 0, count: 16)
        let received = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        return received >= 5 && Array(buffer[0..<5]) == Array("HTTP/".utf8)
    }

    /// A TCP port nothing listens on now.
    private static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw WireError.noPort }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(socket, raw, length) == 0 && getsockname(socket, raw, &length) == 0
            }
        }
        guard bound else { throw WireError.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Why a wire server could not be used.
enum WireError: Error, CustomStringConvertible {
    case noPort
    case serverExited(String)

    var description: String {
        switch self {
        case .noPort: "no free TCP port on 127.0.0.1"
        case .serverExited(let output): "the Connexion server did not start:\n\(output)"
        }
    }
}
