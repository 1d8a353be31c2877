// Who the partner is: brand, client contact, dates and relationship health.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, Section, formatDate, humanize } from "../../ui/ui";
import { FieldList } from "./FieldList";

const IDENTITY = graphql(`
  fragment PartnerIdentity on Partner {
    id
    brandName
    partnerCode
    status
    tier
    clientName
    clientEmail
    clientPhone
    domain
    onboardingDate
    contractStartDate
    contractEndDate
    churnedDate
    notes
    relationshipHealth {
      score
    }
  }
`);

export function IdentityCard({ partner }: { partner: FragmentType<typeof IDENTITY> }) {
  const p = getFragmentData(IDENTITY, partner);
  return (
    <Section title="Identity">
      <FieldList
        partnerId={p.id}
        rows={[
          { field: "brandName", label: "Brand", value: p.brandName },
          { field: "status", label: "Status", value: <Badge value={p.status} /> },
          { field: "tier", label: "Tier", value: humanize(p.tier) },
          { field: "clientName", label: "Client", value: p.clientName },
          {
            field: "clientEmail",
            label: "Client email",
            value: p.clientEmail && <a href={`mailto:${p.clientEmail}`}>{p.clientEmail}</a>,
          },
          { field: "clientPhone", label: "Client phone", value: p.clientPhone },
          { field: "domain", label: "Domain", value: p.domain },
          { field: "onboardingDate", label: "Onboarded", value: formatDate(p.onboardingDate) },
          {
            field: "contractStartDate",
            label: "Contract start",
            value: formatDate(p.contractStartDate),
          },
          { field: "contractEndDate", label: "Contract end", value: formatDate(p.contractEndDate) },
          ...(p.churnedDate
            ? [{ field: "churnedDate", label: "Churned", value: formatDate(p.churnedDate) }]
            : []),
          { field: "notes", label: "Notes", value: p.notes },
        ]}
      />
      <p>
        Relationship health <strong>{p.relationshipHealth.score}</strong>/100
      </p>
    </Section>
  );
}
