// Squads: each squad's members (with their capacity) and the partners its members carry.
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Link } from "../../app/router";
import { Badge, ErrorState, Section, Skeleton, humanize } from "../../ui/ui";
import { CapacityBar } from "../staff/CapacityBar";

const SQUAD = graphql(`
  fragment SquadCard on Squad {
    id
    name
    type
    description
    members {
      id
      role
      staff {
        id
        fullName
        role
        currentClientCount
        maxClients
      }
    }
    partners {
      id
      brandName
      status
    }
  }
`);

const SQUADS = graphql(`
  query SquadsPage {
    squads(first: 200, orderBy: [{ name: ASC }]) {
      edges {
        node {
          id
          ...SquadCard
        }
      }
    }
  }
`);

function SquadCard({ squad }: { squad: FragmentType<typeof SQUAD> }) {
  const s = getFragmentData(SQUAD, squad);
  return (
    <Section title={s.name} actions={<Link to={`/partners?squad=${s.id}`}>Partners</Link>}>
      <p className="muted">
        {humanize(s.type)}
        {s.description ? ` · ${s.description}` : ""}
      </p>
      <h3>Members</h3>
      <ul className="plain">
        {s.members.map((m) => (
          <li key={m.id}>
            <Link to={`/staff/${m.staff.id}`}>{m.staff.fullName}</Link>{" "}
            <span className="muted">{humanize(m.role)}</span>{" "}
            <CapacityBar current={m.staff.currentClientCount} max={m.staff.maxClients} />
          </li>
        ))}
      </ul>
      <h3>Partners ({s.partners.length})</h3>
      <ul className="chips">
        {s.partners.map((p) => (
          <li key={p.id}>
            <Link to={`/partners/${p.id}`}>{p.brandName}</Link> <Badge value={p.status} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function SquadsPage() {
  const { data, error, refetch } = useQuery(SQUADS);
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={8} label="Loading squads" />;
  return (
    <div className="page">
      <h1>Squads</h1>
      {!data.squads.edges.length && <p>No squads yet.</p>}
      <div className="grid">
        {data.squads.edges.map((e) => (
          <SquadCard key={e.node.id} squad={e.node} />
        ))}
      </div>
    </div>
  );
}
