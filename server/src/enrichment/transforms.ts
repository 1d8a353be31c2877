// Turning a source cell into a field value. Each transform returns the value or a reason
// the cell cannot be used; the sync records the reason with the row and column.
import type { FieldKind } from "./targets";
import type { Lookups } from "./lookups";

export type Transformed =
  { ok: true; value: string | number | boolean | null } | { ok: false; reason: string };

const ok = (value: string | number | boolean | null): Transformed => ({ ok: true, value });
const fail = (reason: string): Transformed => ({ ok: false, reason });

export interface TransformConfig {
  format?: string;
  decimal?: "," | ".";
  percent?: boolean;
  /** LOOKUP: partners by "code" or "brand", staff by "email" or "name" (default: either). */
  by?: string;
  /** CUSTOM: source values (any case) → the values to use, e.g. { "Gold": "tier_1" }. */
  map?: Record<string, string | number | boolean | null>;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
}

/** Sheets serial dates count days from 1899-12-30. */
const fromSerial = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);

export function toDate(raw: string, config: TransformConfig = {}): Transformed {
  const s = raw.trim();
  const format = (config.format ?? "auto").toUpperCase();
  // Sheets gives unformatted dates as serial numbers whatever their display format.
  if (/^\d{4,6}(\.\d+)?$/.test(s)) return ok(fromSerial(Number(s)));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m && (format === "AUTO" || format === "YYYY-MM-DD")) {
    const day = isoDay(+m[1], +m[2], +m[3]);
    return day ? ok(day) : fail(`"${raw}" is not a real date`);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m && format !== "YYYY-MM-DD" && format !== "SERIAL") {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const [month, day] = format === "DD/MM/YYYY" ? [+m[2], +m[1]] : [+m[1], +m[2]];
    const iso = isoDay(year, month, day);
    return iso
      ? ok(iso)
      : fail(
          `"${raw}" is not a real date in ${format === "DD/MM/YYYY" ? "DD/MM/YYYY" : "MM/DD/YYYY"}`,
        );
  }
  return fail(
    `"${raw}" is not a date (expected ${format === "AUTO" ? "YYYY-MM-DD, MM/DD/YYYY or a Sheets serial number" : format})`,
  );
}

/** "$1,200.50", "1.200,50 €", "(300)", "-5", "3%" (with percent: 0.03). */
export function toNumber(raw: string, config: TransformConfig = {}): Transformed {
  let s = raw.trim().replace(/\s/g, "");
  if (!s) return ok(null);
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  const percent = s.endsWith("%");
  s = s.replace(/[%$€£¥]|USD|EUR|GBP/gi, "");
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  }
  // The decimal separator is the configured one, else the last of "," and "." when the
  // other also appears or the last group is not three digits long.
  let decimal = config.decimal;
  if (!decimal) {
    const lastComma = s.lastIndexOf(","),
      lastDot = s.lastIndexOf(".");
    decimal = lastComma > lastDot && (lastDot >= 0 || s.length - lastComma - 1 !== 3) ? "," : ".";
  }
  const thousands = decimal === "," ? "." : ",";
  s = s.split(thousands).join("").replace(decimal, ".");
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`"${raw}" is not a number`);
  let n = Number(s) * (negative ? -1 : 1);
  if (percent || config.percent) n = n / 100;
  return ok(Math.round(n * 1e8) / 1e8);
}

const TRUE = new Set(["yes", "y", "true", "t", "1", "✓", "✔", "x", "on"]);
const FALSE = new Set(["no", "n", "false", "f", "0", "✗", "✘", "off", ""]);

export function toBoolean(raw: string): Transformed {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return fail(`"${raw}" is not yes/no (use yes, no, true, false, 1, 0, ✓ or ✗)`);
}

/** A cell as the target field's kind, after the mapping's transform. */
export function transformCell(
  raw: string,
  transformType: string,
  config: TransformConfig,
  kind: FieldKind,
  lookups?: Lookups,
): Transformed {
  let s = raw.trim();
  if (transformType === "custom") {
    const map = Object.fromEntries(
      Object.entries(config.map ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]),
    );
    const key = s.toLowerCase();
    if (key in map) {
      const v = map[key];
      if (v === null || v === "") return ok(null);
      s = String(v);
    }
  }
  if (s === "") return ok(null);
  switch (transformType) {
    case "date":
      return toDate(s, config);
    case "currency":
    case "number":
      return toNumber(s, { ...config, percent: config.percent });
    case "boolean":
      return toBoolean(s);
    case "lookup":
      if (kind.type !== "ref")
        return fail("LOOKUP applies to fields that name a partner or staff member");
      break;
    case "none":
    case "custom":
      break;
    default:
      return fail(`transform ${transformType} does not apply here`);
  }
  switch (kind.type) {
    case "date":
      return toDate(s);
    case "boolean":
      return toBoolean(s);
    case "decimal":
    case "int": {
      const n = toNumber(s);
      if (!n.ok || n.value === null) return n;
      return kind.type === "int" && !Number.isInteger(n.value)
        ? fail(`"${raw}" is not a whole number`)
        : n;
    }
    case "enum": {
      const value = s.toLowerCase().replace(/[\s-]+/g, "_");
      return kind.values.includes(value)
        ? ok(value)
        : fail(`"${raw}" is not one of ${kind.values.join(", ")}`);
    }
    case "email": {
      const value = s.toLowerCase();
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)
        ? ok(value)
        : fail(`"${raw}" is not an email address`);
    }
    case "asin": {
      const value = s.toUpperCase();
      return /^[A-Z0-9]{10}$/.test(value)
        ? ok(value)
        : fail(`"${raw}" is not an ASIN (10 letters or digits, e.g. B0C1234567)`);
    }
    case "ref": {
      if (!lookups) return fail(`${kind.entity} lookups are not available here`);
      const found = lookups.find(kind.entity, s, config.by);
      return found.ok ? ok(found.id) : fail(found.reason);
    }
    default:
      return ok(s);
  }
}
