// The partner's ASINs as a tree: parents with their child variations, then standalones.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, Section, formatMoney } from "../../ui/ui";

const ASINS = graphql(`
  fragment PartnerAsinTree on Partner {
    id
    childAsinCount
    parentAsinCount
    asins(first: 500, orderBy: [{ asinCode: ASC }]) {
      nodes {
        id
        asinCode
        title
        status
        isParent
        parentAsin
        price
      }
    }
  }
`);

export function AsinTree({ partner }: { partner: FragmentType<typeof ASINS> }) {
  const p = getFragmentData(ASINS, partner);
  const asins = p.asins.nodes;
  const parents = asins.filter((a) => a.isParent);
  const childrenOf = (code: string) => asins.filter((a) => a.parentAsin === code);
  const standalone = asins.filter(
    (a) => !a.isParent && !parents.some((x) => x.asinCode === a.parentAsin),
  );
  const line = (a: (typeof asins)[number]) => (
    <>
      <code>{a.asinCode}</code> {a.title ?? ""} <Badge value={a.status} kind="asin" />
      {a.price ? ` ${formatMoney(a.price)}` : ""}
    </>
  );
  return (
    <Section title={`ASINs (${p.parentAsinCount} parents, ${p.childAsinCount} sellable)`}>
      {!asins.length && <p>No ASINs yet.</p>}
      <ul className="tree" role="tree" aria-label="ASINs">
        {parents.map((parent) => (
          <li key={parent.id} role="treeitem" aria-expanded="true" aria-selected="false">
            {line(parent)}
            <ul role="group">
              {childrenOf(parent.asinCode).map((c) => (
                <li key={c.id} role="treeitem" aria-selected="false">
                  {line(c)}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {standalone.map((a) => (
          <li key={a.id} role="treeitem" aria-selected="false">
            {line(a)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
