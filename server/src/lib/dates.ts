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
