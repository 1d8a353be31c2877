// Relation loaders read their batches with one SQL statement through $queryRaw: for a batch
// of rows, Prisma's query compiler and result mapping cost more than the query itself (the
// graph bench's profile: ~2.4 ms for 150 assignments by findMany, ~1.4 ms raw). Columns are
// aliased to the model's field names, read from the client's runtime data model, so a row has
// the shape and types findMany gives (Decimal, Date, JSON, enums as their values).
// Raw reads skip the soft-delete extension: callers say whether archived rows count.
import { Prisma } from "../generated/prisma/client";
import type { HubPrisma } from "./database";

interface RuntimeModel { dbName: string | null; fields: { name: string; kind: string; dbName?: string | null }[] }
type WithDataModel = { _runtimeDataModel: { models: Record<string, RuntimeModel> } };

const tables = new Map<string, { columns: string; table: string }>();

/** Every column of the model's table (alias `r`), named as Prisma names the fields. */
function tableOf(prisma: HubPrisma, model: string) {
  let known = tables.get(model);
  if (!known) {
    const m = (prisma as unknown as WithDataModel)._runtimeDataModel.models[model];
    if (!m) throw new Error(`rawRows: no model ${model}`);
    const columns = m.fields.filter((f) => f.kind === "scalar" || f.kind === "enum").map((f) => `r."${f.dbName ?? f.name}" AS "${f.name}"`).join(", ");
    known = { columns, table: `"${m.dbName ?? model}"` };
    tables.set(model, known);
  }
  return known;
}

/**
 * Rows of a model whose table is aliased `r` in the rest of the statement
 * (`WHERE r."partner_id" = ANY(…) ORDER BY …`); distinctOn keeps the first row per value of that SQL.
 */
export function rawRows<T>(prisma: HubPrisma, model: string, rest: Prisma.Sql, distinctOn?: string): Promise<T[]> {
  const { columns, table } = tableOf(prisma, model);
  return prisma.$queryRaw<T[]>`SELECT ${Prisma.raw(distinctOn ? `DISTINCT ON (${distinctOn}) ` : "")}${Prisma.raw(columns)} FROM ${Prisma.raw(table)} r ${rest}`;
}
