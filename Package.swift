// swift-tools-version:6.0
import PackageDescription

/// Release builds of the journal's hot path skip the run-time exclusivity checks (the compile-time ones stay;
/// debug builds and tests keep both). See docs/performance.md.
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "anxin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "anxin", targets: ["anxin"]),
        .executable(name: "anxin-demo", targets: ["anxin-demo"]),
        .executable(name: "anxin-bench", targets: ["anxin-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Display width, truncation and padding of terminal text (no dependencies).
        .target(name: "AnxinText"),
        // The domain: pure values and rules, no I/O, no clock.
        // A processor hint the fold uses to fetch memory ahead (Swift has no prefetch of its own).
        .target(name: "CPrefetch"),
        // glibc's heap tuning (malloc.h), for preparing the heap the fold grows into.
        .target(name: "CHeap"),
        .target(name: "AnxinCore", dependencies: ["CPrefetch"], swiftSettings: releaseSpeed),
        // The plain-file store: configuration, journal, lock, diagnostics.
        .target(name: "AnxinStore", dependencies: [
            "AnxinCore", "AnxinText", "CPrefetch", "CHeap",
            .product(name: "Yams", package: "Yams"),
        ], swiftSettings: releaseSpeed),
        // The campaign's documents (lists, letters, acceptance records) rendered from editable Mustache templates.
        .target(name: "AnxinDocuments", dependencies: [
            "AnxinCore",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The terminal interface as pure values: state, key map, reducer, layout, render to a screen buffer.
        .target(name: "AnxinTUI", dependencies: ["AnxinCore", "AnxinText"]),
        // ncursesw, wide-character build (libncursesw5-dev).
        .systemLibrary(name: "CNcursesW", providers: [.apt(["libncursesw5-dev"])]),
        // The one module that imports curses: reads keys, presents screen buffers.
        .target(name: "AnxinTerminal", dependencies: ["AnxinTUI", "CNcursesW"]),
        // Deterministic generator of demo and benchmark campaigns.
        .target(name: "AnxinDemo", dependencies: ["AnxinCore", "AnxinStore"]),
        // Command-line commands, one file per command.
        .target(name: "AnxinCLI", dependencies: [
            "AnxinCore", "AnxinStore", "AnxinText", "AnxinTUI", "AnxinTerminal", "AnxinDocuments",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "anxin", dependencies: ["AnxinCLI"]),
        .executableTarget(name: "anxin-demo", dependencies: [
            "AnxinDemo",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "anxin-bench", dependencies: [
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // What the test targets share: the seeded generator their property tests replay from.
        .target(name: "AnxinTestSupport", path: "Tests/Support"),
        .testTarget(name: "AnxinTextTests", dependencies: ["AnxinText", "AnxinTestSupport"]),
        .testTarget(name: "AnxinCoreTests", dependencies: ["AnxinCore", "AnxinTestSupport"]),
        .testTarget(name: "AnxinStoreTests", dependencies: ["AnxinStore", "AnxinCore", "AnxinTestSupport"]),
        .testTarget(name: "AnxinTUITests", dependencies: ["AnxinTUI", "AnxinDemo", "AnxinCore", "AnxinText", "AnxinTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "AnxinDocumentsTests", dependencies: ["AnxinDocuments", "AnxinCore"]),
        .testTarget(name: "AnxinDemoTests", dependencies: ["AnxinDemo", "AnxinStore", "AnxinCore"]),
        .testTarget(name: "AnxinCLITests", dependencies: ["AnxinCLI", "AnxinDemo", "AnxinStore", "AnxinCore", "anxin", "AnxinTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
