// swift-tools-version: 6.0
// The Libredesk examples: a command-line client and a server, both built on the generated package in
// ../../Generated/LibredeskAPI, consumed by path exactly as an app consumes it.

import PackageDescription

let package = Package(
    name: "LibredeskExamples",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "LibredeskCLI", targets: ["LibredeskCLI"]),
        .executable(name: "LibredeskServerExample", targets: ["LibredeskServerExample"]),
    ],
    dependencies: [
        .package(path: "../../Generated/LibredeskAPI"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "LibredeskCLI",
            dependencies: [.product(name: "LibredeskAPI", package: "LibredeskAPI")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "LibredeskServerExample",
            dependencies: [
                .product(name: "LibredeskAPI", package: "LibredeskAPI"),
                .product(name: "LibredeskAPIServer", package: "LibredeskAPI"),
                .product(name: "LibredeskAPIHummingbird", package: "LibredeskAPI"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
