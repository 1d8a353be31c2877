// One way to name and compare field values across the pipeline: seed column names
// (snake_case) and GraphQL/Prisma names (camelCase), and values as staged JSON holds them.

export const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
export const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A stored value as staged JSON shows it: ISO days for dates, plain numbers for decimals. */
export function comparable(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "toNumber" in (v as object)) return (v as { toNumber(): number }).toNumber();
  return v as string | number | boolean;
}
