// Every GraphQL request runs in one transaction as the non-owner role hub_app with the
// request's settings, so PostgreSQL row-level security applies to every statement it
// sends (see migration row_level_security). The transaction commits when the response is
// ready; a mutation is a savepoint inside it (graphql/mutationTransaction.ts).
import type { HubPrisma } from "./database";
import { bindDirectSql, rowsOf, trackCheckout, type SqlRows } from "./directSql";

/** Whose statements a transaction runs: what row-level security reads (auth's Viewer is one). */
export interface RowSecurity {
  organizationId: string;
  staffId: string | null;
  permissions: ReadonlySet<string>;
}

export interface RequestTransaction<Viewer extends RowSecurity = RowSecurity> {
  prisma: HubPrisma;
  /** Whose request it is (found by the transaction's first statement, or given). */
  viewer: Viewer;
  /** Commits (idempotent); a failure to commit is logged, the response is already made. */
  finish(): Promise<void>;
}

const TIMEOUT_MS = 60_000;

const SETTINGS = `SELECT set_config('role', 'hub_app', true), set_config('hub.organization_id', $1, true),
  set_config('hub.staff_id', $2, true), set_config('hub.partner_scope', $3, true)`;

/** Makes the transaction's statements run as hub_app with the viewer's row-level security settings. */
async function actAs(rows: SqlRows, viewer: RowSecurity) {
  await rows(SETTINGS, [
    viewer.organizationId,
    viewer.staffId ?? "",
    viewer.permissions.has("partners:read_all") ? "all" : "assigned",
  ]);
}

/**
 * A transaction whose raw SQL (rowsOf) goes straight to it (PostgreSQL: its connection;
 * PGlite: its transaction handle), not through Prisma's query compiler; a statement sent
 * after fn has settled is refused.
 */
function directTransaction<T>(
  base: HubPrisma,
  fn: (tx: HubPrisma) => Promise<T>,
  options: { timeout: number; maxWait: number },
): Promise<T> {
  let open = true;
  const tracked = trackCheckout(() =>
    base.$transaction(async (tx) => {
      const rows = tracked.rows();
      if (rows) {
        bindDirectSql(tx as HubPrisma, async (text, values) => {
          if (!open) throw new Error("transaction: a statement came after the transaction ended");
          return rows(text, values);
        });
      }
      try {
        return await fn(tx as HubPrisma);
      } finally {
        open = false;
      }
    }, options),
  );
  return tracked.result;
}

/** Background work (sync jobs, the CLI's syncs) in its own transaction, under the same row-level security as a request. */
export function inViewerTransaction<T>(
  base: HubPrisma,
  viewer: RowSecurity,
  fn: (tx: HubPrisma) => Promise<T>,
  timeoutMs = 600_000,
): Promise<T> {
  return directTransaction(
    base,
    async (tx) => {
      await actAs(rowsOf(tx), viewer);
      return fn(tx);
    },
    { timeout: timeoutMs, maxWait: 60_000 },
  );
}

/**
 * Opens the request's transaction for a viewer: begin runs its first statement(s), setting
 * the viewer's row-level security (actAs a known viewer, or the lookup that finds the viewer
 * and sets them at once: auth/viewer.ts). It stays open until finish().
 */
export async function openRequestTransaction<Viewer extends RowSecurity>(
  base: HubPrisma,
  begin: Viewer | ((rows: SqlRows) => Promise<Viewer>),
): Promise<RequestTransaction<Viewer>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let handOut!: (ready: { tx: HubPrisma; viewer: Viewer }) => void;
  const ready = new Promise<{ tx: HubPrisma; viewer: Viewer }>((resolve) => {
    handOut = resolve;
  });
  const done = directTransaction(
    base,
    async (tx) => {
      const viewer =
        typeof begin === "function"
          ? await begin(rowsOf(tx))
          : (await actAs(rowsOf(tx), begin), begin);
      handOut({ tx, viewer });
      await released;
    },
    { timeout: TIMEOUT_MS, maxWait: 30_000 },
  );
  // A begin that fails (no such viewer) ends the transaction: its error is the answer.
  const { tx, viewer } = await Promise.race([
    ready,
    done.then(() => {
      throw new Error("request transaction ended before it started");
    }),
  ]);
  let finished: Promise<void> | undefined;
  return {
    prisma: tx,
    viewer,
    finish() {
      finished ??=
        (release(),
        done.catch((err: Error) =>
          console.error(`graphql: request transaction did not commit: ${err.message}`),
        ));
      return finished;
    },
  };
}
