// One partner: identity, financials (when allowed), team, ASIN tree, weekly status strip and
// sheets, every field with its lineage. One query, spread from the sections' fragments.
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Link } from "../../app/router";
import { Badge, ErrorState, Skeleton, addWeeks, humanize, mondayOf } from "../../ui/ui";
import { IdentityCard } from "./IdentityCard";
import { FinancialsCard } from "./FinancialsCard";
import { TeamCard } from "./TeamCard";
import { AsinTree } from "./AsinTree";
import { StatusStrip } from "./StatusStrip";
import { SheetsCard } from "./SheetsCard";

const WEEKS = 16;

const DETAIL = graphql(`
  query PartnerDetailPage($id: ID!, $from: Date!, $financials: Boolean!) {
    partner(id: $id) {
      id
      brandName
      partnerCode
      status
      tier
      ...PartnerIdentity
      ...PartnerFinancials @include(if: $financials)
      ...PartnerTeam
      ...PartnerAsinTree
      ...PartnerStatusStrip
      ...PartnerSheets
    }
  }
`);

export function PartnerDetailPage({ id, permissions }: { id: string; permissions: string[] }) {
  const from = addWeeks(mondayOf(new Date()), -(WEEKS - 1));
  const financials = permissions.includes("partners:financials");
  const { data, error, refetch } = useQuery(DETAIL, { variables: { id, from, financials } });
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={12} label="Loading partner" />;
  const p = data.partner;
  if (!p)
    return (
      <div className="page">
        <h1>Partner not found</h1>
        <p>
          It may be archived, or not one of yours. <Link to="/partners">Back to partners</Link>
        </p>
      </div>
    );
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/partners">Partners</Link> / {p.partnerCode}
      </nav>
      <header className="page-header">
        <h1>{p.brandName}</h1>
        <span>
          <Badge value={p.status} /> {humanize(p.tier)}
        </span>
      </header>
      <div className="grid">
        <IdentityCard partner={p} />
        {financials && <FinancialsCard partner={p} />}
        <TeamCard partner={p} />
        <StatusStrip partner={p} from={from} weeks={WEEKS} />
        <AsinTree partner={p} />
        <SheetsCard partner={p} />
      </div>
    </div>
  );
}
