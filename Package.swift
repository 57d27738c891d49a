// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every Swift target: Swift 6 language mode with strict concurrency.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "openapi-swift",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "openapi-swift", targets: ["openapi-swift"]),
        .library(name: "GeneratorCore", targets: ["GeneratorCore"]),
        .library(name: "OpenAPILoader", targets: ["OpenAPILoader"]),
        .library(name: "OpenAPIModel", targets: ["OpenAPIModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "SpecDiagnostics", swiftSettings: strictSettings),
        .target(name: "YAMLParser", dependencies: ["CLibYAML", "SpecDiagnostics"], swiftSettings: strictSettings),
        .target(
            name: "OpenAPIModel",
            dependencies: ["SpecDiagnostics", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "OpenAPILoader",
            dependencies: [
                "YAMLParser", "OpenAPIModel", "SpecDiagnostics",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Translator",
            dependencies: [
                "OpenAPIModel", "SpecDiagnostics", "TemplateEngine",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TemplateEngine",
            dependencies: ["SpecDiagnostics", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "GeneratorCore",
            dependencies: [
                "OpenAPILoader", "OpenAPIModel", "Translator", "TemplateEngine", "SpecDiagnostics", "YAMLParser",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "openapi-swift",
            dependencies: [
                "GeneratorCore", "OpenAPILoader", "SpecDiagnostics", "TemplateEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "LoadBenchmark",
            dependencies: ["OpenAPILoader", "YAMLParser", "SpecDiagnostics", "GeneratorCore", "TemplateEngine"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "YAMLParserTests", dependencies: ["YAMLParser"], swiftSettings: strictSettings),
        .testTarget(
            name: "OpenAPILoaderTests",
            dependencies: ["OpenAPILoader", "OpenAPIModel", "YAMLParser", "SpecDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine", "SpecDiagnostics", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "TranslatorTests", dependencies: ["Translator"], swiftSettings: strictSettings),
        .testTarget(name: "CLITests", dependencies: ["openapi-swift", "GeneratorCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "GeneratorTests",
            dependencies: [
                "GeneratorCore", "OpenAPILoader", "OpenAPIModel", "Translator", "TemplateEngine", "YAMLParser",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "GoldenTests",
            dependencies: ["openapi-swift", "GeneratorCore", "OpenAPILoader", "TemplateEngine"],
            resources: [.copy("Cases")],
            swiftSettings: strictSettings
        ),
    ]
)
