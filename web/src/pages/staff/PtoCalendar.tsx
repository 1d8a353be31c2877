// Time off as a calendar: the next three months, days off marked by type and status.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Section, formatDate, humanize } from "../../ui/ui";

const PTO = graphql(`
  fragment StaffPtoCalendar on Staff {
    id
    ptoRecords {
      id
      type
      status
      startDate
      endDate
      notes
    }
  }
`);

const day = (d: Date) => d.toISOString().slice(0, 10);

function Month({ year, month, off }: { year: number; month: number; off: Map<string, string> }) {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // weeks start on Monday
  return (
    <figure className="month">
      <figcaption>
        {first.toLocaleDateString(undefined, { month: "long", year: "numeric", timeZone: "UTC" })}
      </figcaption>
      <div className="month-grid">
        {["M", "T", "W", "T", "F", "S", "S"].map((d, i) => (
          <span key={i} className="dow" aria-hidden="true">
            {d}
          </span>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <span key={`x${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const date = day(new Date(Date.UTC(year, month, i + 1)));
          const kind = off.get(date);
          return (
            <span
              key={date}
              className={kind ? `day off ${kind}` : "day"}
              title={kind ? `${formatDate(date)}: ${kind.replace(/-/g, " ")}` : undefined}
            >
              {i + 1}
            </span>
          );
        })}
      </div>
    </figure>
  );
}

export function PtoCalendar({ person }: { person: FragmentType<typeof PTO> }) {
  const s = getFragmentData(PTO, person);
  if (!s.ptoRecords) return null;
  const off = new Map<string, string>();
  for (const r of s.ptoRecords.filter((r) => r.status !== "CANCELLED" && r.status !== "REJECTED")) {
    for (
      let d = new Date(`${r.startDate}T00:00:00Z`);
      day(d) <= r.endDate;
      d.setUTCDate(d.getUTCDate() + 1)
    )
      off.set(day(d), `${r.type.toLowerCase()} ${r.status.toLowerCase()}`);
  }
  const now = new Date();
  const months = [0, 1, 2].map(
    (i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1)),
  );
  return (
    <Section title="Time off">
      <div className="months">
        {months.map((m) => (
          <Month
            key={m.toISOString()}
            year={m.getUTCFullYear()}
            month={m.getUTCMonth()}
            off={off}
          />
        ))}
      </div>
      <ul className="plain">
        {s.ptoRecords.map((r) => (
          <li key={r.id}>
            {humanize(r.type)}: {formatDate(r.startDate)} – {formatDate(r.endDate)}{" "}
            <span className="muted">{humanize(r.status)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
