// The one loader factory. A module declares a loader once (defineLoader) with the batch
// function it needs; each request gets its own DataLoader per loader and per argument set,
// so relations with arguments batch too and nothing is cached across requests or viewers.
import DataLoader from "dataloader";
import type { HubPrisma } from "../db/database";
import type { RowScope } from "./scope";

export interface LoaderScope {
  prisma: HubPrisma;
  organizationId: string;
  rows: RowScope;
  /** Seeds another loader with rows a batch read joined (e.g. the staff of assignments), saving that loader its own statement. */
  prime<K, V>(def: LoaderDefinition<K, V, void>, key: K, value: V): void;
}

export interface LoaderDefinition<K, V, A> {
  name: string;
  batch: (scope: LoaderScope, args: A) => (keys: readonly K[]) => Promise<V[]>;
}

export function defineLoader<K, V, A = void>(
  name: string,
  batch: LoaderDefinition<K, V, A>["batch"],
): LoaderDefinition<K, V, A> {
  return { name, batch };
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly scope: LoaderScope;
  constructor(scope: Omit<LoaderScope, "prime">) {
    this.scope = {
      ...scope,
      prime: (def, key, value) => {
        this.get(def).prime(key, value);
      },
    };
  }

  get<K, V, A>(def: LoaderDefinition<K, V, A>, args: A): DataLoader<K, V>;
  get<K, V>(def: LoaderDefinition<K, V, void>): DataLoader<K, V>;
  get<K, V, A>(def: LoaderDefinition<K, V, A>, args?: A): DataLoader<K, V> {
    const key = args === undefined ? def.name : `${def.name}:${JSON.stringify(args)}`;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(def.batch(this.scope, args as A), { maxBatchSize: 10_000 }); // batches go as one array parameter
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders fetched rows to match the requested ids (null where none). */
export function byIds<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Groups fetched rows under the requested keys (empty list where none). */
export function groupedBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** The rows loadMany found (drops nulls and per-key errors). */
export const present = <T>(rows: (T | null | Error)[]): T[] =>
  rows.filter((r): r is T => r !== null && !(r instanceof Error));
