// Query limits. graphql-armor caps depth, aliases, tokens and directives during
// validation; the cost limit weighs every field and multiplies by the size of the lists
// below it (first/last of a connection, default 50; 10 for other lists), so one request
// cannot ask the database for millions of rows. Batched HTTP requests are off (Apollo's
// default). Each refusal names the limit it hit.
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, getNamedType, getNullableType, isListType } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "./connection";

export const LIMITS = { depth: 12, aliases: 30, tokens: 5000, directives: 20, cost: 250_000, unpagedList: 10 };

const isConnection = (name: string) => name.endsWith("Connection");

/** Connections cost their page size times their items; edges/nodes are that page. */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const returns = getNamedType(field.type).name;
  if (isConnection(returns)) {
    const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    return 1 + Math.max(size, 1) * childComplexity;
  }
  if (isListType(getNullableType(field.type))) {
    return 1 + (isConnection(type.name) ? 1 : LIMITS.unpagedList) * childComplexity;
  }
  return undefined;
};

const costLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let cost: number;
        try {
          cost = getComplexity({
            schema, query: document, variables: request.variables, operationName: request.operationName ?? undefined,
            estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          return; // variables that do not coerce: execution reports them as BAD_USER_INPUT
        }
        if (cost > LIMITS.cost) {
          throw new GraphQLError(
            `Query cost limit of ${LIMITS.cost} exceeded (this query costs ${cost}): ask for fewer items with first/last, or fewer nested lists.`,
            { extensions: { code: "BAD_USER_INPUT", limit: "cost", cost, max: LIMITS.cost } });
        }
      },
    };
  },
};

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.aliases },
    maxTokens: { n: LIMITS.tokens },
    maxDirectives: { n: LIMITS.directives },
    costLimit: { enabled: false }, // replaced by the list-aware cost limit above
    blockFieldSuggestion: { enabled: false }, // only signed-in users reach validation, and analysts want "did you mean"
  }).protect();
  return { plugins: [...armor.plugins, costLimit], validationRules: armor.validationRules };
}
