import Testing
import YAMLParser

/// Large mappings are looked up through their index.
struct MappingIndexTests {
    @Test(arguments: [3, YAMLMapping.indexThreshold - 1, YAMLMapping.indexThreshold, 500])
    func lookupFindsEveryKey(count: Int) throws {
        var text = ""
        for index in 0..<count { text += "key\(index): \(index)\n" }
        for file in ["t.yaml", "t.json"] {
            let source =
                file == "t.json"
                ? "{" + (0..<count).map { "\"key\($0)\": \($0)" }.joined(separator: ", ") + "}" : text
            let mapping = try #require(try parse(source, file: file).mapping)
            #expect(mapping.entries.count == count)
            for index in 0..<count {
                #expect(mapping["key\(index)"]?.scalar?.intValue == index)
            }
            #expect(mapping["missing"] == nil)
        }
    }

    @Test func mergedLargeMappingIsIndexed() throws {
        var text = "base: &b\n"
        for index in 0..<20 { text += "  k\(index): \(index)\n" }
        text += "m:\n  <<: *b\n  extra: x\n"
        let mapping = try #require(try parse(text).mapping?["m"]?.mapping)
        #expect(mapping.entries.count == 21)
        #expect(mapping["k19"]?.scalar?.value == "19")
        #expect(mapping["extra"]?.scalar?.value == "x")
    }
}
