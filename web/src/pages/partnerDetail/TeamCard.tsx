// The partner's team: current assignments (with squads) and, folded away, who held them before.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Link } from "../../app/router";
import { Section, formatDate, humanize } from "../../ui/ui";

const TEAM = graphql(`
  fragment PartnerTeam on Partner {
    id
    assignments(first: 200, includeInactive: true, orderBy: [{ assignedAt: DESC }]) {
      edges {
        node {
          id
          assignmentRole
          isActive
          isPrimary
          assignedAt
          unassignedAt
          staff {
            id
            fullName
            title
            squads {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export function TeamCard({ partner }: { partner: FragmentType<typeof TEAM> }) {
  const p = getFragmentData(TEAM, partner);
  const all = p.assignments.edges.map((e) => e.node);
  const current = all.filter((a) => a.isActive);
  const past = all.filter((a) => !a.isActive);
  return (
    <Section title="Team">
      {current.length ? (
        <ul className="plain">
          {current.map((a) => (
            <li key={a.id}>
              <Link to={`/staff/${a.staff.id}`}>{a.staff.fullName}</Link> ·{" "}
              {humanize(a.assignmentRole)}
              {a.isPrimary ? " (primary)" : ""}
              <div className="muted">
                since {formatDate(a.assignedAt)}
                {a.staff.squads.length ? ` · ${a.staff.squads.map((s) => s.name).join(", ")}` : ""}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nobody is assigned.</p>
      )}
      {past.length > 0 && (
        <details>
          <summary>History ({past.length} earlier assignments)</summary>
          <ul className="plain">
            {past.map((a) => (
              <li key={a.id}>
                {a.staff.fullName} · {humanize(a.assignmentRole)}{" "}
                <span className="muted">
                  {formatDate(a.assignedAt)} – {formatDate(a.unassignedAt)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}
