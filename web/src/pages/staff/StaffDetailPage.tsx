// One person: role and contact, squads, capacity with their partners, training progress and
// a PTO calendar (training and PTO when the viewer may see them; the API answers null otherwise).
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Link } from "../../app/router";
import { Badge, ErrorState, Section, Skeleton, formatDate, humanize } from "../../ui/ui";
import { CapacityBar } from "./CapacityBar";
import { PtoCalendar } from "./PtoCalendar";

const PERSON = graphql(`
  query StaffDetailPage($id: ID!) {
    staff(id: $id) {
      id
      fullName
      email
      title
      role
      status
      department
      phone
      hireDate
      currentClientCount
      maxClients
      squadMemberships {
        id
        role
        isActive
        squad {
          id
          name
        }
      }
      partners {
        id
        brandName
        partnerCode
        status
      }
      training {
        id
        moduleName
        status
        dueDate
        completedAt
        score
      }
      ...StaffPtoCalendar
    }
  }
`);

export function StaffDetailPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(PERSON, { variables: { id } });
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading person" />;
  const s = data.staff;
  if (!s)
    return (
      <div className="page">
        <h1>Not found</h1>
        <p>
          <Link to="/staff">Back to staff</Link>
        </p>
      </div>
    );
  const done = s.training?.filter((t) => t.status === "COMPLETED").length ?? 0;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/staff">Staff</Link> / {s.fullName}
      </nav>
      <header className="page-header">
        <h1>{s.fullName}</h1>
        <span>
          {humanize(s.role)} · {humanize(s.status)}
        </span>
      </header>
      <div className="grid">
        <Section title="Profile">
          <dl className="fields">
            <div>
              <dt>Title</dt>
              <dd>{s.title ?? "—"}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${s.email}`}>{s.email}</a>
              </dd>
            </div>
            <div>
              <dt>Phone</dt>
              <dd>{s.phone ?? "—"}</dd>
            </div>
            <div>
              <dt>Department</dt>
              <dd>{humanize(s.department)}</dd>
            </div>
            <div>
              <dt>Hired</dt>
              <dd>{formatDate(s.hireDate)}</dd>
            </div>
            <div>
              <dt>Squads</dt>
              <dd>
                {s.squadMemberships
                  .filter((m) => m.isActive)
                  .map((m) => `${m.squad.name} (${humanize(m.role)})`)
                  .join(", ") || "—"}
              </dd>
            </div>
          </dl>
        </Section>
        <Section title="Capacity">
          <CapacityBar current={s.currentClientCount} max={s.maxClients} />
          <ul className="plain">
            {s.partners.map((p) => (
              <li key={p.id}>
                <Link to={`/partners/${p.id}`}>{p.brandName}</Link> <Badge value={p.status} />
              </li>
            ))}
          </ul>
        </Section>
        {s.training && (
          <Section title={`Training (${done} of ${s.training.length} done)`}>
            <div
              className="meter"
              role="meter"
              aria-label="Training progress"
              aria-valuemin={0}
              aria-valuemax={s.training.length}
              aria-valuenow={done}
            >
              <span
                style={{ width: `${s.training.length ? (done / s.training.length) * 100 : 0}%` }}
              />
            </div>
            <ul className="plain">
              {s.training.map((t) => (
                <li key={t.id}>
                  {t.moduleName} <Badge value={t.status} kind="training" />{" "}
                  <span className="muted">
                    {t.completedAt
                      ? `done ${formatDate(t.completedAt)}`
                      : t.dueDate
                        ? `due ${formatDate(t.dueDate)}`
                        : ""}
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        )}
        <PtoCalendar person={s} />
      </div>
    </div>
  );
}
