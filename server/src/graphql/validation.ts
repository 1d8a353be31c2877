// Input checks shared by every service; each failure names the input field.
import { badInput } from "../lib/errors";

type Maybe<T> = T | null | undefined;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ASIN = /^[A-Z0-9]{10}$/;

export function nonBlank(field: string, value: Maybe<string>): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? "";
  if (!trimmed) throw badInput(field, `${field} must not be empty.`);
  return trimmed;
}

/** Lower-cased, trimmed email or a BAD_USER_INPUT naming the field. */
export function email<T extends Maybe<string>>(field: string, value: T): T {
  if (value === undefined || value === null) return value;
  const v = value.trim().toLowerCase();
  if (!EMAIL.test(v))
    throw badInput(
      field,
      `${field} must be an email address like name@example.com (got "${value}").`,
    );
  return v as T;
}

export function url<T extends Maybe<string>>(field: string, value: T): T {
  if (value === undefined || value === null) return value;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value.trim());
  } catch {
    /* reported below */
  }
  if (!parsed || !["http:", "https:"].includes(parsed.protocol))
    throw badInput(field, `${field} must be an http(s) URL (got "${value}").`);
  return value.trim() as T;
}

export function asinCode<T extends Maybe<string>>(field: string, value: T): T {
  if (value === undefined || value === null) return value;
  const v = value.trim().toUpperCase();
  if (!ASIN.test(v))
    throw badInput(
      field,
      `${field} must be an ASIN: 10 letters or digits, e.g. B08N5WRWNW (got "${value}").`,
    );
  return v as T;
}

/** An upper-cased ISO 4217 code such as USD. */
export function currencyCode(field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code))
    throw badInput(
      field,
      `${field.split(".").pop()} is a three-letter ISO 4217 code such as USD or EUR (got "${value}").`,
    );
  return code;
}

export function inRange(
  field: string,
  value: Maybe<number | { toNumber(): number }>,
  min: number,
  max: number,
): void {
  if (value === undefined || value === null) return;
  const n = typeof value === "number" ? value : value.toNumber();
  if (!(n >= min && n <= max))
    throw badInput(field, `${field} must be between ${min} and ${max} (got ${n}).`);
}

export function atLeast(
  field: string,
  value: Maybe<number | { toNumber(): number }>,
  min: number,
): void {
  if (value === undefined || value === null) return;
  const n = typeof value === "number" ? value : value.toNumber();
  if (!(n >= min)) throw badInput(field, `${field} must be at least ${min} (got ${n}).`);
}

/** end ≥ start, using the stored value for whichever side the input leaves out. */
export function dateOrder(
  startField: string,
  start: Maybe<Date>,
  endField: string,
  end: Maybe<Date>,
): void {
  if (start && end && end.getTime() < start.getTime()) {
    throw badInput(
      endField,
      `${endField} (${end.toISOString().slice(0, 10)}) must not be before ${startField} (${start.toISOString().slice(0, 10)}).`,
    );
  }
}

/** Drops undefined keys so Prisma leaves those columns alone. */
export function defined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A generated code given explicitly (imports): PREFIX-0001 with four or more digits. */
export function generatedCode(field: string, value: Maybe<string>, prefix: "SO" | "ST"): void {
  if (value !== undefined && value !== null && !new RegExp(`^${prefix}-\\d{4,}$`).test(value)) {
    throw badInput(
      field,
      `${field.split(".").pop()} must look like ${prefix}-0001 (got "${value}").`,
    );
  }
}
