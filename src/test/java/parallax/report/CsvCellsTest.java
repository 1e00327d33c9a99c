package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void quotesPerRfc4180() {
    assertEquals(
        "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"",
        CsvCells.line("a", "b,c", "say \"hi\"", "two\nlines"));
  }

  @Test
  void writesNullAsEmptyAndDecimalsWithFourPlaces() {
    assertEquals("a,,0.1235,-2.0000,3,true", CsvCells.line("a", null, 0.123456, -2.0, 3L, true));
    assertEquals("0.0001", CsvCells.cell(1e-4));
    assertEquals("", CsvCells.cell(Double.NaN));
  }

  @Test
  void neutralisesTextASpreadsheetWouldRunAsAFormula() {
    assertEquals("'=SUM(A1)", CsvCells.cell("=SUM(A1)"));
    assertEquals("'+1", CsvCells.cell("+1"));
    assertEquals("'-cmd", CsvCells.cell("-cmd"));
    assertEquals("'@x", CsvCells.cell("@x"));
    assertEquals("'\tx", CsvCells.cell("\tx"));
    assertEquals("\"'\rx\"", CsvCells.line("\rx"));
    assertEquals("plain", CsvCells.cell("plain"));
  }

  @Test
  void leavesNegativeNumbersAsNumbers() {
    assertEquals("-0.5000", CsvCells.cell(-0.5));
    assertEquals("-3", CsvCells.cell(-3));
  }

  @Test
  void endsEveryLineWithCrLf() {
    StringBuilder out = new StringBuilder();
    CsvCells.appendLine(out, "a", "b");
    assertEquals("a,b\r\n", out.toString());
  }

  @Test
  void spellsEveryLineAsCommonsCsvFormatsTheRecord() {
    Object[][] records = {
      {"", "", ""},
      {" lead", "trail ", " both "},
      {"#comment", "a\"b", "x\r\ny", "semi;colon", "tab\tin"},
      {"é ünïcode", "日本", "\u0000", null, 1.5},
      {"", null},
      {"one"},
    };
    for (Object[] record : records) {
      Object[] cells = java.util.Arrays.stream(record).map(CsvCells::cell).toArray();
      assertEquals(CsvCells.FORMAT.format(cells), CsvCells.line(record));
    }
  }
}
