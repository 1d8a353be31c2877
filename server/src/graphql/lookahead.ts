// Looking ahead into a field's selection, so a loader joins related rows only when the
// query asks for them (a join for 8,000 rows nobody reads costs more than the rows asked for).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields selected directly in a selection set, through inline fragments and fragment spreads. */
function fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  name: string,
): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && s.name.value === name)
      found.push(s.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
    else if (s.kind === Kind.INLINE_FRAGMENT) found.push(...fieldsOf(s.selectionSet, info, name));
    else if (s.kind === Kind.FRAGMENT_SPREAD)
      found.push(...fieldsOf(info.fragments[s.name.value]?.selectionSet, info, name));
  }
  return found;
}

// graphql-js hands every item of a list the same fieldNodes array: answer once per array and path.
const answers = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

/** Whether the field being resolved selects the path below it, e.g. ["nodes", "reportedBy"]. */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  let known = answers.get(info.fieldNodes);
  if (!known) answers.set(info.fieldNodes, (known = new Map()));
  const key = path.join(".");
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = walk(info, path)));
  return answer;
}

function walk(info: GraphQLResolveInfo, path: string[]): boolean {
  let sets = info.fieldNodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);
  for (const name of path) {
    sets = sets.flatMap((s) => fieldsOf(s, info, name));
    if (!sets.length) return false;
  }
  return true;
}
