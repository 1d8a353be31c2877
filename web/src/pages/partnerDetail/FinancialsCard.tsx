// Fees and billing: shown only to people with partners:financials.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Section, formatMoney } from "../../ui/ui";
import { FieldList } from "./FieldList";

const FINANCIALS = graphql(`
  fragment PartnerFinancials on Partner {
    id
    baseFee
    commissionRate
    billingDay
  }
`);

export function FinancialsCard({ partner }: { partner: FragmentType<typeof FINANCIALS> }) {
  const p = getFragmentData(FINANCIALS, partner);
  return (
    <Section title="Financials">
      <FieldList
        partnerId={p.id}
        rows={[
          {
            field: "baseFee",
            label: "Base fee",
            value: p.baseFee === null || p.baseFee === undefined ? null : formatMoney(p.baseFee),
          },
          {
            field: "commissionRate",
            label: "Commission rate",
            value:
              p.commissionRate === null || p.commissionRate === undefined
                ? null
                : `${(Number(p.commissionRate) * 100).toFixed(1)}%`,
          },
          { field: "billingDay", label: "Billing day", value: p.billingDay },
        ]}
      />
    </Section>
  );
}
