// Query limits. The parser caps tokens; graphql-armor caps depth, aliases and directives
// during validation; the cost limit weighs every field and multiplies by the size of the lists
// below it (first/last of a connection, default 50; 10 for other lists), so one request
// cannot ask the database for millions of rows. Batched HTTP requests are off (Apollo's
// default). Filters on related records add the cost of their subqueries. Each refusal names
// the limit it hit.
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "./connection";
import { RELATION_OPS, filterSpecs, type EntityFilterSpec } from "./filters";

export const LIMITS = {
  depth: 12,
  aliases: 30,
  tokens: 5000,
  directives: 20,
  cost: 250_000,
  unpagedList: 10,
  relationFilter: 5000,
};

const isConnection = (name: string) => name.endsWith("Connection");

type Filter = Record<string, unknown>;

/** Each filter on related records is a subquery over the related table: it costs LIMITS.relationFilter. */
function relationFilterCost(spec: EntityFilterSpec | undefined, filter: unknown): number {
  if (!spec || !filter || typeof filter !== "object") return 0;
  let cost = 0;
  for (const [key, value] of Object.entries(filter as Filter)) {
    if (key === "and" || key === "or")
      for (const f of (value as Filter[] | null) ?? []) cost += relationFilterCost(spec, f);
    else if (key === "not") cost += relationFilterCost(spec, value);
    else if (spec.relations[key] && value) {
      const r = spec.relations[key];
      const parts = r.many
        ? RELATION_OPS.map((op) => (value as Filter)[op]).filter(Boolean)
        : [value];
      for (const part of parts) cost += LIMITS.relationFilter + relationFilterCost(r.target, part);
    }
  }
  return cost;
}

/** Connections cost their page size times their items; edges/nodes are that page. Relation filters add their subqueries. */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const filterArg = field.args?.find((a) => a.name === "filter");
  const filters = filterArg
    ? relationFilterCost(filterSpecs.get(getNamedType(filterArg.type).name), args.filter)
    : 0;
  const returns = getNamedType(field.type).name;
  if (isConnection(returns)) {
    const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    return filters + 1 + Math.max(size, 1) * childComplexity;
  }
  if (isListType(getNullableType(field.type))) {
    return filters + 1 + (isConnection(type.name) ? 1 : LIMITS.unpagedList) * childComplexity;
  }
  return filters ? filters + 1 + childComplexity : undefined;
};

// Apollo hands a repeated operation the same parsed document: its cost is computed once per
// set of variables (at most COSTS_PER_DOCUMENT small sets are kept for each).
const COSTS_PER_DOCUMENT = 100;
const MAX_KEY = 2048;
const costs = new WeakMap<DocumentNode, Map<string, number | null>>();

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number | null {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const key = `${operationName ?? ""} ${JSON.stringify(variables ?? {})}`;
  let cost = known.get(key);
  if (cost === undefined) {
    try {
      cost = getComplexity({
        schema,
        query: document,
        variables,
        operationName,
        estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      cost = null; // variables that do not coerce: execution reports them as BAD_USER_INPUT
    }
    if (known.size < COSTS_PER_DOCUMENT && key.length <= MAX_KEY) known.set(key, cost);
  }
  return cost;
}

/** Refuses an operation that costs more than LIMITS.cost (every way in: /graphql, /export.csv). */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): void {
  const cost = costOf(schema, document, variables, operationName);
  if (cost === null) return;
  if (cost > LIMITS.cost) {
    throw new GraphQLError(
      `Query cost limit of ${LIMITS.cost} exceeded (this query costs ${cost}): ask for fewer items with first/last, or fewer nested lists.`,
      {
        extensions: {
          code: "BAD_USER_INPUT",
          limit: "cost",
          cost,
          max: LIMITS.cost,
          http: { status: 400 },
        },
      },
    );
  }
}

const costLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        checkCost(schema, document, request.variables, request.operationName ?? undefined);
      },
    };
  },
};

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.aliases },
    maxTokens: { enabled: false }, // graphql-js's own parser limit (parseOptions): a flood is a 400 syntax error, not a 500 from a hook
    maxDirectives: { n: LIMITS.directives },
    costLimit: { enabled: false }, // replaced by the list-aware cost limit above
    blockFieldSuggestion: { enabled: false }, // only signed-in users reach validation, and analysts want "did you mean"
  }).protect();
  return {
    plugins: [...armor.plugins, costLimit],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.tokens },
  };
}
