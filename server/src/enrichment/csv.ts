// RFC 4180 CSV: quoted fields with commas, quotes ("") and line breaks; CRLF or LF; a
// UTF-8 byte-order mark is dropped. Rows keep their 1-based line number in the file so
// errors can point at them.

export interface CsvRow {
  line: number;
  cells: string[];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted)
    throw new CsvError(`The CSV has an unterminated quoted field starting on line ${rowLine}.`);
  if (cell !== "" || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

export const isBlankRow = (row: CsvRow) => row.cells.every((c) => c.trim() === "");
