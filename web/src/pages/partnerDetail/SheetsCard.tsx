// The partner's linked Google Sheets and whether someone verified them.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, Section, formatDate, humanize } from "../../ui/ui";

const SHEETS = graphql(`
  fragment PartnerSheets on Partner {
    id
    sheets {
      id
      sheetType
      sheetName
      sheetUrl
      status
      isVerified
      verifiedAt
      verifiedBy {
        id
        fullName
      }
    }
  }
`);

export function SheetsCard({ partner }: { partner: FragmentType<typeof SHEETS> }) {
  const p = getFragmentData(SHEETS, partner);
  return (
    <Section title="Sheets">
      {!p.sheets.length && <p>No sheets linked.</p>}
      <ul className="plain">
        {p.sheets.map((s) => (
          <li key={s.id}>
            <a href={s.sheetUrl} target="_blank" rel="noreferrer">
              {s.sheetName ?? humanize(s.sheetType)}
            </a>{" "}
            <Badge value={s.status} kind="sheet" />{" "}
            {s.isVerified ? (
              <span className="ok">
                ✓ verified {formatDate(s.verifiedAt)}
                {s.verifiedBy ? ` by ${s.verifiedBy.fullName}` : ""}
              </span>
            ) : (
              <span className="warn">not verified</span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
