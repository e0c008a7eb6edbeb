import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { pagesOf, tableStream, type Cell } from "./exports.writer.js";

async function bytes(stream: ReadableStream<Uint8Array>): Promise<ArrayBuffer> {
  return new Response(stream).arrayBuffer();
}

describe("export machinery", () => {
  it("pages a query until a short page, asking only for what it streams", async () => {
    const calls: Array<[number, number]> = [];
    const data = Array.from({ length: 1203 }, (_, i) => i);
    const pages = pagesOf(async (limit, offset) => {
      calls.push([limit, offset]);
      return data.slice(offset, offset + limit);
    }, 500);
    const sizes: number[] = [];
    for await (const p of pages) sizes.push(p.length);
    expect(sizes).toEqual([500, 500, 203]);
    expect(calls).toEqual([
      [500, 0],
      [500, 500],
      [500, 1000],
    ]);
    // An exact multiple ends on an empty page, which is not yielded.
    const exact: number[] = [];
    for await (const p of pagesOf(async (limit, offset) => data.slice(0, 1000).slice(offset, offset + limit), 500)) exact.push(p.length);
    expect(exact).toEqual([500, 500]);
  });

  it("streams CSV page by page: BOM, header, formulas escaped, dates as ISO, empty cells for null", async () => {
    let pulled = 0;
    async function* rows(): AsyncGenerator<Cell[][]> {
      for (let p = 0; p < 3; p++) {
        pulled++;
        yield [[`=SUM(A${p})`, p, new Date("2026-01-02T03:04:05Z"), null]];
      }
    }
    const stream = tableStream("csv", "Sheet", ["A", "B", "C", "D"], rows());
    expect(pulled).toBe(0); // nothing is read before the client reads
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytes(stream));
    expect(text.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["A", "B", "C", "D"],
      ["'=SUM(A0)", "0", "2026-01-02T03:04:05.000Z", ""],
      ["'=SUM(A1)", "1", "2026-01-02T03:04:05.000Z", ""],
      ["'=SUM(A2)", "2", "2026-01-02T03:04:05.000Z", ""],
    ]);
    expect(pulled).toBe(3);
  });

  it("writes XLSX cells as values: a formula-like text stays a string", async () => {
    async function* rows(): AsyncGenerator<Cell[][]> {
      yield [["+1+1", 42]];
      yield [["@cmd", null]];
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await bytes(tableStream("xlsx", "Things", ["Text", "Number"], rows())));
    const ws = wb.getWorksheet("Things")!;
    expect(ws.getRow(1).values).toEqual([undefined, "Text", "Number"]);
    expect(ws.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(2).getCell(1).value).toBe("+1+1");
    expect(ws.getRow(2).getCell(2).value).toBe(42);
    expect(ws.getRow(3).getCell(1).value).toBe("@cmd");
  });
});
