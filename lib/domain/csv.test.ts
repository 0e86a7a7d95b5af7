import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, toCsv } from "./csv";

describe("csv", () => {
  it("starts with a UTF-8 BOM, separates with ; and ends lines with CRLF, keeping æøå", () => {
    const csv = toCsv(["Navn", "Foretak"], [["Bjørn Ærlig", "Helgelandssykehuset HF"]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}Navn;Foretak\r\nBjørn Ærlig;Helgelandssykehuset HF\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+47 123")).toBe("'+47 123");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell("Ola = Kari")).toBe("Ola = Kari");
  });

  it("quotes separators, quotes and line breaks, and leaves empty values empty", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('si "hei"')).toBe('"si ""hei"""');
    expect(csvCell("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(3)).toBe("3");
  });
});
