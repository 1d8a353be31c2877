// Reading a Google Sheet with googleapis (Sheets API v4): the spreadsheet's tabs, then the
// mapped tabs' values in one batchGet, unformatted (what transforms read) and formatted
// (what people saw, kept in source_data). A service account signs its own JWTs for the
// API (no token round trip). Rate limits (429) and server errors are retried with
// backoff, honouring Retry-After, within Google's quota.
import fs from "node:fs";
// The Sheets API alone (all of googleapis costs ~100 MB of memory for API definitions we
// never call), loaded on first use (~18 MB an instance without Sheet sources never pays).
import type * as SheetsModule from "googleapis/build/src/apis/sheets/index.js";
import { SourceReadError, type SourceTable } from "./sync";

export interface SheetsAccess {
  credentialsFile?: string;
  apiRootUrl?: string;
}

const SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly";
const MAX_ATTEMPTS = 6;

export function spreadsheetIdOf(config: unknown): string {
  const c = (config ?? {}) as { sheet_id?: unknown; url?: unknown };
  if (typeof c.sheet_id === "string" && c.sheet_id) return c.sheet_id;
  const fromUrl =
    typeof c.url === "string" ? /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(c.url)?.[1] : undefined;
  if (fromUrl) return fromUrl;
  throw new SourceReadError(
    'The source\'s connectionConfig needs "url" (the sheet\'s link) or "sheet_id".',
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withBackoff<T>(what: string, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const e = err as {
        status?: number;
        response?: {
          status?: number;
          headers?: { get?(name: string): string | null } & Record<string, unknown>;
        };
      };
      const status = e.status ?? e.response?.status;
      const retryable = status === 429 || (status !== undefined && status >= 500);
      if (!retryable || attempt >= MAX_ATTEMPTS) {
        throw new SourceReadError(
          `Google Sheets refused ${what}${status ? ` (HTTP ${status})` : ""}: ${(err as Error).message}`,
        );
      }
      const headers = e.response?.headers;
      // gaxios hands over a fetch-style Headers of its own (not the global class).
      const retryAfter = Number(
        typeof headers?.get === "function" ? headers.get("retry-after") : headers?.["retry-after"],
      );
      await sleep(
        Number.isFinite(retryAfter) && retryAfter > 0
          ? retryAfter * 1000
          : Math.min(500 * 2 ** (attempt - 1), 16_000),
      );
    }
  }
}

const toRows = (values: unknown[][] | null | undefined) =>
  (values ?? []).map((row, i) => ({
    line: i + 1,
    cells: (row ?? []).map((v) => (v === null || v === undefined ? "" : String(v))),
  }));

/** The mapped tabs' values; `tabs: null` reads every tab (previewing a source before mapping it). */
export function readSheet(
  access: SheetsAccess,
  connectionConfig: unknown,
  mappedTabs: string[] | null,
) {
  return async (): Promise<SourceTable[]> => {
    if (!access.credentialsFile)
      throw new SourceReadError(
        "Set GOOGLE_APPLICATION_CREDENTIALS to a service account key file (shared on the sheet) to read Google Sheets.",
      );
    let key: { client_email?: string; private_key?: string };
    try {
      key = JSON.parse(fs.readFileSync(access.credentialsFile, "utf8"));
    } catch (err) {
      throw new SourceReadError(
        `Could not read the service account key ${access.credentialsFile}: ${(err as Error).message}`,
      );
    }
    const { auth: googleAuth, sheets: sheetsApi }: typeof SheetsModule =
      await import("googleapis/build/src/apis/sheets/index.js");
    const auth = new googleAuth.JWT({
      email: key.client_email,
      key: key.private_key,
      scopes: [SCOPE],
    });
    auth.useJWTAccessWithScope = true;
    const sheets = sheetsApi({
      version: "v4",
      auth,
      ...(access.apiRootUrl ? { rootUrl: access.apiRootUrl } : {}),
    });
    const spreadsheetId = spreadsheetIdOf(connectionConfig);
    const meta = await withBackoff("the spreadsheet's tabs", () =>
      sheets.spreadsheets.get(
        { spreadsheetId, fields: "sheets.properties.title" },
        { retry: false },
      ),
    );
    const titles = (meta.data.sheets ?? []).map((s) => s.properties?.title ?? "");
    const tabs = mappedTabs ?? titles;
    const missing = tabs.filter((t) => !titles.includes(t));
    if (missing.length)
      throw new SourceReadError(
        `Tab ${missing.map((t) => `'${t}'`).join(", ")} is not in the spreadsheet (its tabs: ${titles.map((t) => `'${t}'`).join(", ")}); it may have been renamed.`,
      );
    const ranges = tabs.map((t) => `'${t.replace(/'/g, "''")}'`);
    const get = (valueRenderOption: "UNFORMATTED_VALUE" | "FORMATTED_VALUE") =>
      withBackoff("the tabs' values", () =>
        sheets.spreadsheets.values.batchGet(
          { spreadsheetId, ranges, valueRenderOption, dateTimeRenderOption: "SERIAL_NUMBER" },
          { retry: false },
        ),
      );
    const [values, shown] = [await get("UNFORMATTED_VALUE"), await get("FORMATTED_VALUE")];
    return tabs.map((tab, i) => ({
      tab,
      name: tab,
      rows: toRows(values.data.valueRanges?.[i]?.values as unknown[][]),
      raw: toRows(shown.data.valueRanges?.[i]?.values as unknown[][]),
    }));
  };
}
