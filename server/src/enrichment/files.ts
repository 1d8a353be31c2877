// Uploaded files as source tabs: a CSV is one tab; an XLSX workbook has one tab per
// worksheet. The kind is told by the content (an XLSX is a zip), not trusted from the name.
import type ExcelJS from "exceljs";
import { CsvError, parseCsv, type CsvRow } from "./csv";
import { SourceReadError, type SourceTable } from "./sync";

export interface UploadedFile {
  name: string;
  content: Buffer;
}

const isZip = (b: Buffer) =>
  b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export const fileKind = (file: UploadedFile): "xlsx" | "csv" =>
  isZip(file.content) ? "xlsx" : "csv";

/** A cell as the unformatted text transforms read: dates as ISO days, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}

async function readXlsx(file: UploadedFile): Promise<SourceTable[]> {
  // Loaded on the first workbook: exceljs costs ~27 MB that CSV and Sheets sources never need.
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
  } catch (err) {
    throw new SourceReadError(
      `${file.name} is not a readable XLSX workbook (${(err as Error).message}); save it again as .xlsx or as CSV.`,
    );
  }
  return workbook.worksheets.map((sheet) => {
    const rows: CsvRow[] = [];
    const shown: CsvRow[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, line) => {
      const values: string[] = [];
      const texts: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged range keeps its value in its first cell only, as Google Sheets reports it.
        const own = cell.isMerged && cell.master !== cell ? "" : null;
        values.push(own ?? cellText(cell.value));
        texts.push(own ?? (cell.value === null ? "" : cell.text));
      }
      rows.push({ line, cells: values });
      shown.push({ line, cells: texts });
    });
    return { tab: sheet.name, name: sheet.name, rows, raw: shown };
  });
}

/**
 * The file's tabs. Mappings without a tab read a CSV, or an XLSX's first worksheet; mappings
 * with tabs read the worksheets of those names.
 */
export function readFile(file: UploadedFile, mappedTabs: (string | null)[], sourceName: string) {
  return async (): Promise<SourceTable[]> => {
    if (fileKind(file) === "csv") {
      if (mappedTabs.some((t) => t !== null))
        throw new SourceReadError(
          `${file.name} is a CSV file (one tab), but the mappings name tabs; upload the XLSX workbook or clear sourceTab.`,
        );
      try {
        return [{ tab: null, name: sourceName, rows: parseCsv(file.content.toString("utf8")) }];
      } catch (err) {
        throw err instanceof CsvError ? new SourceReadError(err.message) : err;
      }
    }
    const sheets = await readXlsx(file);
    if (!sheets.length) throw new SourceReadError(`${file.name} has no worksheets.`);
    const missing = mappedTabs.filter(
      (t): t is string => t !== null && !sheets.some((s) => s.tab === t),
    );
    if (missing.length)
      throw new SourceReadError(
        `Tab ${missing.map((t) => `'${t}'`).join(", ")} is not in ${file.name} (its tabs: ${sheets.map((s) => `'${s.tab}'`).join(", ")}); it may have been renamed.`,
      );
    return sheets.flatMap((s, i) => [
      s,
      ...(i === 0 && mappedTabs.includes(null) ? [{ ...s, tab: null }] : []),
    ]);
  };
}
