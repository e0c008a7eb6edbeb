import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseSpreadsheet } from "./imports.parse.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("parseSpreadsheet", () => {
  it("finds the delimiter (, ; tab) and drops a UTF-8 BOM", async () => {
    for (const d of [",", ";", "\t"]) {
      const t = await parseSpreadsheet(utf8(`\uFEFFName${d}Land\r\nMüller${d}DE\r\n`), "x.csv");
      expect(t).toMatchObject({ format: "csv", delimiter: d, columns: ["Name", "Land"], rows: [{ row: 2, cells: ["Müller", "DE"] }] });
    }
  });

  it("falls back to Windows-1252 and reads UTF-16 with BOM (Excel's 'Unicode text')", async () => {
    const cp1252 = new Uint8Array([...utf8("Name;Land\r\nM"), 0xfc, ...utf8("ller;DE\r\n")]);
    expect((await parseSpreadsheet(cp1252, "x.csv")).rows[0].cells[0]).toBe("Müller");
    const text = "Name\tLand\r\nMüller\tDE\r\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect((await parseSpreadsheet(utf16, "x.txt")).rows[0].cells).toEqual(["Müller", "DE"]);
  });

  it("numbers rows as the spreadsheet does, skips blank rows, names blank and repeated headers", async () => {
    const t = await parseSpreadsheet(utf8('Name,,Name,\r\n"Multi\nline",x,y,\r\n,,,\r\nB,,,\r\n'), "x.csv");
    expect(t.columns).toEqual(["Name", "Column 2", "Name (2)"]);
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(t.rows[0].cells).toEqual(["Multi\nline", "x", "y"]);
  });

  it("undoes the formula escaping of our CSV export", async () => {
    const t = await parseSpreadsheet(utf8("Description\r\n'=SUM(A1)\r\n'plain\r\n"), "x.csv");
    expect(t.rows.map((r) => r.cells[0])).toEqual(["=SUM(A1)", "'plain"]);
  });

  it("reads the first sheet of a workbook: text, numbers, dates, rich text, formulas", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("One");
    ws.addRow(["Name", "Reg", "Since", "Note", "Sum"]);
    ws.addRow([
      "Acme",
      12345,
      new Date(Date.UTC(2020, 4, 17)),
      { richText: [{ text: "bold" }, { text: " text" }] },
      { formula: "1+1", result: 2 },
    ]);
    ws.addRow([]);
    ws.addRow(["Beta"]);
    wb.addWorksheet("Two").addRow(["Ignored"]);
    const t = await parseSpreadsheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "x.xlsx");
    expect(t.columns).toEqual(["Name", "Reg", "Since", "Note", "Sum"]);
    expect(t.rows).toEqual([
      { row: 2, cells: ["Acme", "12345", "2020-05-17", "bold text", "2"] },
      { row: 4, cells: ["Beta", "", "", "", ""] },
    ]);
  });

  it("refuses old .xls, empty and oversized files", async () => {
    await expect(parseSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "old.xls")).rejects.toThrow(/\.xlsx or CSV/);
    await expect(parseSpreadsheet(utf8("\r\n"), "x.csv")).rejects.toThrow(/empty/);
    await expect(parseSpreadsheet(utf8("a,b\r\n1,2\r\n"), "x.csv", { maxBytes: 4 })).rejects.toMatchObject({ status: 413 });
  });
});

describe("spreadsheet limits", () => {
  it("refuses a sheet wider than 200 columns at its first wide row, without expanding it", async () => {
    const { xlsxWithRows, wideRows } = await import("../../../tests/setup/hostile-xlsx.js");
    const file = await xlsxWithRows(wideRows(200_000));
    expect(file.byteLength).toBeLessThan(2_000_000);
    const started = Date.now();
    const err = await parseSpreadsheet(file, "wide.xlsx").catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toMatchObject({
      code: "validation",
      message: expect.stringMatching(/wider than 200 columns \(row 2 has a cell in column XFD\)/),
    });
  });

  it("refuses an over-long cell, too many rows and a workbook that unpacks too large", async () => {
    const { xlsxWithRows, longCellRows } = await import("../../../tests/setup/hostile-xlsx.js");
    await expect(parseSpreadsheet(await xlsxWithRows(longCellRows(40_000)), "long.xlsx")).rejects.toThrow(
      /Cell A2 holds more than 32767 characters/,
    );
    await expect(parseSpreadsheet(utf8("Name\n" + "a\n".repeat(20)), "x.csv", { limits: { maxRows: 10 } })).rejects.toThrow(
      /more than 10 rows/,
    );
    await expect(parseSpreadsheet(utf8("Name\n" + "a".repeat(40_000) + "\n"), "x.csv")).rejects.toThrow(/Cell A2 holds more than 32767/);
    await expect(parseSpreadsheet(utf8("Name" + ",x".repeat(300) + "\n"), "x.csv")).rejects.toThrow(
      /wider than 200 columns \(row 1 has a cell in column KO\)/,
    );
    // A megabyte-long string packs into a few kilobytes; counted while unpacking, refused at the limit.
    const packed = await xlsxWithRows(longCellRows(3_000_000));
    expect(packed.byteLength).toBeLessThan(100_000);
    await expect(parseSpreadsheet(packed, "bomb.xlsx", { limits: { maxUnzippedBytes: 1024 * 1024 } })).rejects.toThrow(
      /unpacks to more than 1 MB/,
    );
  });
});
