// Home: the viewer's book at a glance — partners by status and tier, who is at risk, this
// week's status coverage and what waits for review. Pod leaders see their partners (the API
// scopes every read); admins the whole book.
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Link } from "../../app/router";
import { BarChart, ErrorState, Section, Skeleton, humanize, mondayOf } from "../../ui/ui";
import { PARTNER_STATUSES } from "../../app/enums";

const STATUS_BARS = graphql(`
  fragment HomeStatusBars on PartnerAggregateGroup {
    key {
      status
    }
    count
  }
`);
const TIER_BARS = graphql(`
  fragment HomeTierBars on PartnerAggregateGroup {
    key {
      tier
    }
    count
  }
`);
const AT_RISK = graphql(`
  fragment HomeAtRiskPartner on Partner {
    id
    brandName
    partnerCode
    tier
    podLeader {
      id
      fullName
    }
    latestWeeklyStatus {
      id
      weekStartDate
      notes
    }
  }
`);

const HOME = graphql(`
  query HomePage($week: Date!, $canReview: Boolean!) {
    viewer {
      id
      fullName
    }
    byStatus: partnersAggregate(groupBy: [STATUS]) {
      ...HomeStatusBars
    }
    byTier: partnersAggregate(groupBy: [TIER]) {
      ...HomeTierBars
    }
    atRisk: partners(first: 8, filter: { status: { eq: AT_RISK } }, orderBy: [{ brandName: ASC }]) {
      totalCount
      edges {
        node {
          id
          ...HomeAtRiskPartner
        }
      }
    }
    reportable: partnersAggregate(filter: { status: { notIn: [CHURNED] } }) {
      count
    }
    thisWeek: weeklyStatusesAggregate(
      filter: { weekStartDate: { eq: $week }, partner: { status: { notIn: [CHURNED] } } }
    ) {
      count
    }
    pending: stagedChangesAggregate(filter: { status: { eq: PENDING } }) @include(if: $canReview) {
      count
    }
  }
`);

const TONES: Record<string, string> = {
  AT_RISK: "tone-bad",
  CHURNED: "tone-muted",
  OFFBOARDING: "tone-warn",
  PAUSED: "tone-warn",
  ACTIVE: "tone-good",
  ONBOARDING: "tone-info",
};

function StatusChart({ groups }: { groups: FragmentType<typeof STATUS_BARS>[] }) {
  const data = getFragmentData(STATUS_BARS, groups);
  const bars = PARTNER_STATUSES.map((s) => ({
    label: humanize(s),
    value: data.find((g) => g.key?.status === s)?.count ?? 0,
    href: `/partners?status=${s}`,
    tone: TONES[s],
  }));
  return <BarChart title="Partners by status" bars={bars} />;
}

function TierChart({ groups }: { groups: FragmentType<typeof TIER_BARS>[] }) {
  const data = getFragmentData(TIER_BARS, groups);
  const bars = [...data]
    .sort((a, b) => String(a.key?.tier).localeCompare(String(b.key?.tier)))
    .map((g) => ({
      label: humanize(g.key?.tier),
      value: g.count ?? 0,
      href: `/partners?tier=${g.key?.tier}`,
    }));
  return <BarChart title="Partners by tier" bars={bars} />;
}

function AtRiskRow({ partner }: { partner: FragmentType<typeof AT_RISK> }) {
  const p = getFragmentData(AT_RISK, partner);
  return (
    <li>
      <Link to={`/partners/${p.id}`}>{p.brandName}</Link>{" "}
      <span className="muted">
        {p.partnerCode} · {humanize(p.tier)} · {p.podLeader?.fullName ?? "no pod leader"}
      </span>
      {p.latestWeeklyStatus?.notes && <div className="note">{p.latestWeeklyStatus.notes}</div>}
    </li>
  );
}

function Coverage({
  reported,
  expected,
  week,
}: {
  reported: number;
  expected: number;
  week: string;
}) {
  const pct = expected ? Math.round((reported / expected) * 100) : 100;
  return (
    <div className="coverage">
      <div className="big-number">{pct}%</div>
      <p>
        {reported} of {expected} partners have a status for the week of {week}.{" "}
        <Link to="/weekly">Record statuses</Link>
      </p>
      <div
        className="meter"
        role="meter"
        aria-label="Weekly status coverage"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function HomePage({ permissions }: { permissions: string[] }) {
  const week = mondayOf(new Date());
  const { data, error, refetch } = useQuery(HOME, {
    variables: { week, canReview: permissions.includes("pipeline:read") },
  });
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={8} label="Loading your book" />;
  const total = getFragmentData(STATUS_BARS, data.byStatus).reduce((n, g) => n + (g.count ?? 0), 0);
  return (
    <div className="page">
      <h1>Good to see you, {data.viewer?.fullName.split(" ")[0] ?? "there"}</h1>
      <p className="muted">{total} partners in your book.</p>
      <div className="grid">
        <Section title="Status">
          <StatusChart groups={data.byStatus} />
        </Section>
        <Section title="Tiers">
          <TierChart groups={data.byTier} />
        </Section>
        <Section title="This week's statuses">
          <Coverage
            reported={data.thisWeek[0]?.count ?? 0}
            expected={data.reportable[0]?.count ?? 0}
            week={week}
          />
        </Section>
        {data.pending && (
          <Section title="Waiting for review">
            <div className="big-number">{data.pending[0]?.count ?? 0}</div>
            <p>
              pending staged changes from data sources. <Link to="/review">Review them</Link>
            </p>
          </Section>
        )}
        <Section
          title={`At risk (${data.atRisk.totalCount})`}
          actions={<Link to="/partners?status=AT_RISK">See all</Link>}
        >
          {data.atRisk.edges.length ? (
            <ul className="plain">
              {data.atRisk.edges.map((e) => (
                <AtRiskRow key={e.node.id} partner={e.node} />
              ))}
            </ul>
          ) : (
            <p>No partner is at risk.</p>
          )}
        </Section>
      </div>
    </div>
  );
}
