// Calendar dates are handled in UTC: a DATE column round-trips as midnight UTC.

const DAY_MS = 86_400_000;

/** Midnight UTC of the given instant's calendar day. */
export function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(utcDay(d).getTime() + days * DAY_MS);
}

/** The Monday (ISO week start) of the week containing d. */
export function mondayOf(d: Date): Date {
  const day = utcDay(d);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/** The Sunday that ends the (Monday–Sunday) week of d, in UTC. */
export function weekEndingOf(d: Date): Date {
  const day = utcDay(d);
  return addDays(day, (7 - day.getUTCDay()) % 7);
}

/** The fiscal year (named for the calendar year it ends in) and quarter of a day, for a year starting in startMonth (1–12). */
export function fiscalQuarterParts(d: Date, startMonth: number): { year: number; quarter: number } {
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth() - (startMonth - 1);
  return {
    year: Math.floor(months / 12) + (startMonth === 1 ? 0 : 1),
    quarter: Math.floor((months % 12) / 3) + 1,
  };
}

/** The fiscal quarter of a day, e.g. "FY2027-Q1". */
export function fiscalQuarterOf(d: Date, startMonth: number): string {
  const { year, quarter } = fiscalQuarterParts(d, startMonth);
  return `FY${year}-Q${quarter}`;
}

/** The first day of fiscal quarter q of fiscal year fy (named for the calendar year it ends in), and the day after its last. */
export function fiscalQuarterRange(
  fy: number,
  q: number,
  startMonth: number,
): { start: Date; end: Date } {
  const first = (fy - (startMonth === 1 ? 0 : 1)) * 12 + (startMonth - 1) + (q - 1) * 3;
  return {
    start: new Date(Date.UTC(Math.floor(first / 12), first % 12, 1)),
    end: new Date(Date.UTC(Math.floor((first + 3) / 12), (first + 3) % 12, 1)),
  };
}
