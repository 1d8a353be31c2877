// One way to compare field values across the pipeline, as staged JSON holds them.

/** A stored value as staged JSON shows it: ISO days for dates, plain numbers for decimals. */
export function comparable(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "toNumber" in (v as object))
    return (v as { toNumber(): number }).toNumber();
  return v as string | number | boolean;
}
