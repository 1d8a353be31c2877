// Builds the executable schema from the modules' resolvers, and prints it for
// server/schema.graphql (committed; a test fails when it is stale).
import "reflect-metadata";
import path from "node:path";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { RESOLVERS } from "../modules";
import { DateTimeScalar } from "./scalars";
import { authChecker } from "./authChecker";
import { mutationsInSavepoints } from "./mutationTransaction";
import { describeDerived } from "./describe";
import { assertFieldsGuarded } from "./fieldGuards";

export const SCHEMA_FILE = path.resolve(__dirname, "../../schema.graphql");

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every request and instance: build it once per process. */
export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: false, // services validate, so errors name the field in our own format
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
  }).then((schema) => mutationsInSavepoints(describeDerived(assertFieldsGuarded(schema))));
  return built;
}

export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await hubSchema()))}\n`;
}
