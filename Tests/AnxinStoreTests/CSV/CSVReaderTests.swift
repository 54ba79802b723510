import AnxinStore
import Testing

@Suite("CSV reader: rows as Excel numbers them, lines as the file has them")
struct CSVReaderTests {
    func read(_ text: String) -> CSVReader.Result { CSVReader.read(Array(text.utf8)) }

    @Test("CRLF, LF and a lone CR each end a record; a last record without a line break is kept")
    func lineEnds() {
        let result = read("a,b\r\nc,d\ne,f\rg,h")
        #expect(result.records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(result.records.map(\.row) == [1, 2, 3, 4])
        #expect(result.records.map(\.firstLine) == [1, 2, 3, 4])
        #expect(result.unterminatedQuote == nil)
    }

    @Test("a quoted field holds commas, doubled quotes and line breaks; the row stays one, the lines advance")
    func quotedFields() {
        let result = read("名称,代码\r\n\"保定\"\"新\"\"机械,有限公司\",1\r\n\"两行\r\n名称\",2\r\n三,3\r\n")
        #expect(result.records.map(\.fields) == [["名称", "代码"], ["保定\"新\"机械,有限公司", "1"], ["两行\r\n名称", "2"], ["三", "3"]])
        #expect(result.records.map(\.row) == [1, 2, 3, 4])
        #expect(result.records.map(\.firstLine) == [1, 2, 3, 5])
        #expect(result.records.map(\.lastLine) == [1, 2, 4, 5])
    }

    @Test("empty fields, a trailing comma and an empty quoted field are empty strings")
    func emptyFields() {
        #expect(read("a,,\"\",\n").records.map(\.fields) == [["a", "", "", ""]])
    }

    @Test("a blank row and a row of commas are blank; a row with a space-only cell is blank too")
    func blankRows() {
        let records = read("a,b\n\n,,\n　, \nx,\n").records
        #expect(records.map(\.isBlank) == [false, true, true, true, false])
    }

    @Test("lenient where Excel is: a quote inside an unquoted field is text, text after a closing quote is kept")
    func strayQuotes() {
        #expect(read("5\"寸管,\"ab\"cd\n").records.map(\.fields) == [["5\"寸管", "abcd"]])
    }

    @Test("a quote still open at the end of the text is reported with its row, line and field")
    func unterminated() {
        let result = read("a,b\r\nc,\"d\r\nstill open")
        #expect(result.records.map(\.fields) == [["a", "b"]])
        #expect(result.unterminatedQuote?.row == 2)
        #expect(result.unterminatedQuote?.line == 2)
        #expect(result.unterminatedQuote?.fieldIndex == 1)
    }
}

@Suite("CSV writer: what Excel opens")
struct CSVWriterTests {
    @Test("a BOM, CRLF after each record, quotes only where needed")
    func shape() {
        var writer = CSVWriter()
        writer.append(["企业名称", "a,b", "say \"hi\"", "two\nlines", " padded", "plain"])
        let expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("企业名称,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",plain\r\n".utf8)
        #expect(writer.bytes == expected)
    }

    @Test("without a BOM when asked (GB18030 output)")
    func noBOM() {
        var writer = CSVWriter(byteOrderMark: false)
        writer.append(["a"])
        #expect(writer.bytes == Array("a\r\n".utf8))
    }
}
