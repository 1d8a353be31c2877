// "Export CSV": the current filter and order through GET /export.csv, which streams every
// matching partner (not just the loaded pages), saved as a file.
import { useState } from "react";
import { print } from "graphql";
import { graphql } from "../../gql";
import type { PartnerFilter, PartnerOrderBy } from "../../gql/graphql";
import { accessToken } from "../../app/session";

const EXPORT = graphql(`
  query PartnersExport($filter: PartnerFilter, $orderBy: [PartnerOrderBy!], $financials: Boolean!) {
    partners(filter: $filter, orderBy: $orderBy) {
      nodes {
        partnerCode
        brandName
        status
        tier
        clientName
        clientEmail
        onboardingDate
        baseFee @include(if: $financials)
        commissionRate @include(if: $financials)
        childAsinCount
        podLeader {
          fullName
          email
        }
        latestWeeklyStatus {
          status
          weekStartDate
        }
      }
    }
  }
`);

export function ExportButton({
  filter,
  orderBy,
  showFinancials,
}: {
  filter: PartnerFilter;
  orderBy: PartnerOrderBy[];
  showFinancials: boolean;
}) {
  const [state, setState] = useState<string | null>(null);
  const download = async () => {
    setState("Exporting…");
    try {
      const token = await accessToken();
      const qs = new URLSearchParams({
        query: print(EXPORT),
        variables: JSON.stringify({ filter, orderBy, financials: showFinancials }),
      });
      const res = await fetch(`/export.csv?${qs}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!res.ok)
        throw new Error(
          ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ??
            `the server answered ${res.status}`,
        );
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement("a"), {
        href: url,
        download: `partners-${new Date().toISOString().slice(0, 10)}.csv`,
      });
      a.click();
      URL.revokeObjectURL(url);
      setState(null);
    } catch (e) {
      setState(`Export failed: ${(e as Error).message}. Try again, or narrow the filter.`);
    }
  };
  return (
    <div className="export">
      <button type="button" onClick={download} disabled={state === "Exporting…"}>
        Export CSV
      </button>
      {state && (
        <span role="status" className="muted">
          {" "}
          {state}
        </span>
      )}
    </div>
  );
}
