// One partner in the partners table.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Link } from "../../app/router";
import { Badge, formatDate, humanize } from "../../ui/ui";

const ROW = graphql(`
  fragment PartnerRow on Partner {
    id
    brandName
    partnerCode
    status
    tier
    childAsinCount
    podLeader {
      id
      fullName
    }
    latestWeeklyStatus {
      id
      status
      weekStartDate
    }
  }
`);

export function PartnerRow({ partner }: { partner: FragmentType<typeof ROW> }) {
  const p = getFragmentData(ROW, partner);
  return (
    <tr>
      <td>
        <Link to={`/partners/${p.id}`}>{p.brandName}</Link>
      </td>
      <td>{p.partnerCode}</td>
      <td>
        <Badge value={p.status} />
      </td>
      <td>{humanize(p.tier)}</td>
      <td>
        {p.podLeader ? (
          <Link to={`/staff/${p.podLeader.id}`}>{p.podLeader.fullName}</Link>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td className="num">{p.childAsinCount}</td>
      <td>
        {p.latestWeeklyStatus ? (
          <>
            <Badge value={p.latestWeeklyStatus.status} />{" "}
            <span className="muted">{formatDate(p.latestWeeklyStatus.weekStartDate)}</span>
          </>
        ) : (
          <span className="muted">never</span>
        )}
      </td>
    </tr>
  );
}
