// swift-tools-version: 6.0
// The server benchmark of bench/run.sh: times the generated server of the Libredesk corpus spec answering requests
// in-process, with validation on and off. It depends on the package bench/run.sh generates into
// .build-bench/libredesk (`openapi-swift generate ... --mode server --module-name LibredeskBench`); that package is
// never checked in, so build it through bench/run.sh.
import PackageDescription

let package = Package(
    name: "ServerBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../../.build-bench/libredesk"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
    ],
    targets: [
        .executableTarget(
            name: "ServerBenchmark",
            dependencies: [
                .product(name: "LibredeskBench", package: "libredesk"),
                .product(name: "LibredeskBenchServer", package: "libredesk"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
