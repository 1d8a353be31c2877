// The operator commands of `npm run hub -- <command>`. Each knows its own usage text.
import { loadConfig } from "../config";
import { openConfiguredDatabase } from "../app";
import { resolveSecret } from "../auth/secret";
import { signSessionToken } from "../auth/sessionToken";
import { migrate } from "../db/migrate";
import { seedDemo } from "../seed/demo";
import { progressBar } from "./progress";
import { SyncCommandError, syncFromFile } from "./sync";

export class UsageError extends Error {}

export interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: "string" | "boolean"; short?: string }>;
  run(positionals: string[], values: Record<string, string | boolean | undefined>): Promise<void>;
}

const withDatabase = async <T>(
  fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
) => {
  const db = await openConfiguredDatabase(loadConfig());
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
};

export const COMMANDS: Record<string, Command> = {
  migrate: {
    summary: "Apply pending database migrations (the server also does this at start).",
    usage: `hub migrate

Applies prisma/migrations/*/migration.sql that the database has not seen yet, each in
its own transaction, and records them in _prisma_migrations. Safe to run repeatedly and
from several machines at once (an advisory lock serialises them).
Uses DATABASE_URL when set, otherwise the embedded database in HUB_DATA_DIR (.hub-data).`,
    options: {},
    async run() {
      const result = await withDatabase((db) =>
        migrate(db, { onApply: (name) => console.log(`applying ${name}`) }),
      );
      console.log(
        result.applied.length
          ? `applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied`
          : `database is up to date (${result.alreadyApplied} migrations applied)`,
      );
    },
  },
  seed: {
    summary: "Load the demo organization (skipped when it exists).",
    usage: `hub seed

Migrates, then loads the deterministic demo organization "Sophie Society": 25 staff,
4 squads, 40 partners with assignments, ASIN families, 12 weeks of weekly statuses,
sheets, training, PTO, contacts and settings. Does nothing if the demo organization
exists already.`,
    options: {},
    async run() {
      await withDatabase(async (db) => {
        await migrate(db);
        const bar = progressBar("seeding");
        const result = await seedDemo(db, bar.update);
        bar.done();
        console.log(
          result.created
            ? `demo organization created (${result.organizationId}); try: npm run hub -- token sophie.admin@sophiesociety.com`
            : `demo organization exists already (${result.organizationId}); nothing changed`,
        );
      });
    },
  },
  sync: {
    summary:
      "Sync a data source (a Google Sheet, or a CSV/XLSX file): stage one change per record that differs.",
    usage: `hub sync <source name or id> [--file <path.csv|path.xlsx>] [--as <email>]

Reads the source with its field mappings and stages the differences for review, exactly
like the runSync mutation, with a progress bar, and prints the run's log. Nothing is
applied until someone approves and applies the batch. Google Sheet sources are read from
Google (GOOGLE_APPLICATION_CREDENTIALS); file sources need --file.
  --file <path>       the CSV or XLSX file (relative to where you run npm)
  --as <email>        the staff member running it (default: the organization's first admin)`,
    options: { file: { type: "string" }, as: { type: "string" } },
    async run(positionals, values) {
      const sourceArg = positionals[0];
      if (!sourceArg)
        throw new UsageError(
          'sync needs the data source\'s name or id, e.g. `npm run hub -- sync "Master Client Sheet" --file clients.csv`.',
        );
      await withDatabase(async (db) => {
        await migrate(db);
        try {
          const config = loadConfig();
          const sheets = {
            credentialsFile: config.googleApplicationCredentials,
            apiRootUrl: config.googleApiRootUrl,
          };
          const { source, log } = await syncFromFile(
            db,
            sourceArg,
            values.file as string | undefined,
            values.as as string | undefined,
            sheets,
          );
          console.log(
            `${source.name}: ${log.status}, ${log.recordsScanned} rows read, ${log.changesStaged} changes staged, ${log.errors} rows refused (batch ${log.batchId})`,
          );
          for (const e of (
            (log.errorLog ?? []) as { row: number; column: string | null; message: string }[]
          ).slice(0, 20)) {
            console.log(`  row ${e.row}${e.column ? `, column ${e.column}` : ""}: ${e.message}`);
          }
          if (log.changesStaged)
            console.log(
              `Review it: stagedChanges(filter: { batchId: { eq: "${log.batchId}" } }), then approveBatch and applyBatch.`,
            );
          if (log.status === "failed") process.exitCode = 1;
        } catch (err) {
          if (err instanceof SyncCommandError) throw new UsageError(err.message);
          const code = (err as { extensions?: { code?: string } }).extensions?.code;
          if (code === "BAD_USER_INPUT" || code === "NOT_FOUND")
            throw new UsageError((err as Error).message);
          throw err;
        }
      });
    },
  },
  token: {
    summary: "Print a signed session token for a staff member (for scripts and tests).",
    usage: `hub token <email> [--org <subdomain>] [--ttl <duration>]

Prints a session token for the staff member with that email, signed with HUB_SECRET
(embedded mode generates and keeps one in the data directory). Use it as
  Authorization: Bearer <token>
  --org <subdomain>   the organization, when the email exists in more than one
  --ttl <duration>    lifetime such as 30m, 8h, 7d (default 8h)`,
    options: { org: { type: "string" }, ttl: { type: "string" } },
    async run(positionals, values) {
      const email = positionals[0]?.trim().toLowerCase();
      if (!email)
        throw new UsageError(
          "token needs the staff member's email, e.g. `npm run hub -- token sophie.admin@sophiesociety.com`.",
        );
      const ttl = (values.ttl as string | undefined) ?? "8h";
      if (!/^\d+[smhd]$/.test(ttl))
        throw new UsageError(`--ttl must look like 30m, 8h or 7d (got "${ttl}").`);
      const config = loadConfig();
      const secret = resolveSecret(config);
      const org = values.org as string | undefined;
      const matches = await withDatabase((db) =>
        db.prisma.staff.findMany({
          where: { email, ...(org ? { organization: { subdomain: org } } : {}) },
          include: { organization: { select: { subdomain: true } } },
        }),
      );
      if (matches.length === 0) {
        throw new UsageError(
          `No staff member with email ${email}${org ? ` in organization ${org}` : ""}. Check the address (list staff in the playground), or add them first.`,
        );
      }
      if (matches.length > 1) {
        throw new UsageError(
          `${email} exists in several organizations (${matches.map((m) => m.organization.subdomain).join(", ")}); choose one with --org.`,
        );
      }
      const [staff] = matches;
      if (staff.status === "departed")
        throw new UsageError(`${email} has departed and cannot sign in.`);
      console.log(
        await signSessionToken(
          secret,
          { staffId: staff.id, organizationId: staff.organizationId },
          ttl,
        ),
      );
    },
  },
};
