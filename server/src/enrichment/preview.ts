// Looking at a source before mapping it: the header, the first rows, a guessed type per
// column, and mapping suggestions from header names (with synonyms) and those types.
import { isBlankRow } from "./csv";
import type { SourceTable } from "./sync";
import { toBoolean, toDate, toNumber } from "./transforms";
import { TARGET_TABLES } from "./targets";

export type GuessedType =
  "empty" | "number" | "currency" | "percent" | "date" | "boolean" | "email" | "text";

export interface PreviewColumn {
  name: string;
  index: number;
  guessedType: GuessedType;
  dateFormat: string | null;
  samples: string[];
}
export interface Preview {
  name: string;
  header: string[];
  rows: string[][];
  rowCount: number;
  columns: PreviewColumn[];
}

function guess(values: string[]): { type: GuessedType; dateFormat: string | null } {
  const cells = values.map((v) => v.trim()).filter(Boolean);
  if (!cells.length) return { type: "empty", dateFormat: null };
  const all = (test: (v: string) => boolean) => cells.every(test);
  if (all((v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v))) return { type: "email", dateFormat: null };
  if (all((v) => /[%]$/.test(v) && toNumber(v).ok)) return { type: "percent", dateFormat: null };
  if (all((v) => /[$€£¥]|^\(.*\)$/.test(v) && toNumber(v).ok))
    return { type: "currency", dateFormat: null };
  if (
    all((v) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(v))
  ) {
    // A first part above 12 can only be a day.
    const dayFirst = cells.some((v) => /^\d{1,2}[/.-]/.test(v) && Number(v.split(/[/.-]/)[0]) > 12);
    const format = dayFirst ? "DD/MM/YYYY" : "MM/DD/YYYY";
    if (all((v) => toDate(v, { format }).ok))
      return {
        type: "date",
        dateFormat: cells.some((v) => v.includes("/") || v.includes(".")) ? format : "YYYY-MM-DD",
      };
  }
  if (all((v) => toNumber(v).ok)) return { type: "number", dateFormat: null };
  if (all((v) => toBoolean(v).ok && !/^\d+$/.test(v))) return { type: "boolean", dateFormat: null };
  return { type: "text", dateFormat: null };
}

export function previewTable(table: SourceTable, sampleRows = 10): Preview {
  const name = table.tab ?? table.name;
  const rows = table.rows.filter((r) => !isBlankRow(r));
  const header = (rows[0]?.cells ?? []).map((h) => h.trim());
  const data = rows.slice(1).map((r) => r.cells);
  const columns = header.map((h, index) => {
    const values = data.map((r) => r[index] ?? "");
    const g = guess(values);
    return {
      name: h || `Column ${index + 1}`,
      index,
      guessedType: g.type,
      dateFormat: g.dateFormat,
      samples: values.filter((v) => v.trim()).slice(0, 3),
    };
  });
  return { name, header, rows: data.slice(0, sampleRows), rowCount: data.length, columns };
}

// Header words people use for each field (compared without case, spaces or punctuation).
const SYNONYMS: Record<string, Record<string, string[]>> = {
  partners: {
    partner_code: ["code", "partnercode", "partnerid", "socode", "clientcode", "id"],
    brand_name: [
      "brand",
      "brandname",
      "client",
      "clientbrand",
      "company",
      "partner",
      "partnername",
      "account",
    ],
    client_name: ["clientname", "contact", "contactname", "primarycontact", "owner", "founder"],
    client_email: ["email", "clientemail", "contactemail", "emailaddress"],
    client_phone: ["phone", "clientphone", "contactphone", "phonenumber", "mobile"],
    status: ["status", "partnerstatus", "clientstatus", "health"],
    tier: ["tier", "partnertier", "level"],
    base_fee: ["fee", "basefee", "monthlyfee", "retainer", "monthlyretainer", "mrr"],
    commission_rate: ["commission", "commissionrate", "commission%", "rate"],
    billing_day: ["billingday", "billday", "invoiceday"],
    onboarding_date: ["onboarded", "onboardingdate", "onboarding", "onboarddate"],
    contract_start_date: [
      "start",
      "startdate",
      "contractstart",
      "contractstartdate",
      "signed",
      "signeddate",
    ],
    contract_end_date: [
      "end",
      "enddate",
      "contractend",
      "contractenddate",
      "renewal",
      "renewaldate",
    ],
    churned_date: ["churned", "churneddate", "churndate", "cancelled", "canceldate"],
    notes: ["notes", "note", "comments", "comment"],
  },
  staff: {
    email: ["email", "workemail", "emailaddress", "staffemail"],
    full_name: ["name", "fullname", "staffname", "employee", "teammember"],
    phone: ["phone", "mobile", "phonenumber"],
    slack_id: ["slack", "slackid", "slackhandle"],
    role: ["role", "position", "jobrole"],
    department: ["department", "dept", "team"],
    title: ["title", "jobtitle"],
    status: ["status", "employmentstatus"],
    max_clients: ["maxclients", "capacity", "clientcapacity"],
    hire_date: ["hired", "hiredate", "startdate", "joined"],
    probation_end_date: ["probationend", "probationenddate"],
    departure_date: ["departed", "departuredate", "leavedate", "enddate"],
    dashboard_url: ["dashboard", "dashboardurl"],
    calendly_url: ["calendly", "calendlyurl", "bookinglink"],
  },
  asins: {
    partner_id: ["partner", "partnercode", "brand", "client", "code"],
    asin_code: ["asin", "asincode", "childasin"],
    parent_asin: ["parent", "parentasin"],
    is_parent: ["isparent", "parentflag"],
    title: ["title", "producttitle", "product", "productname"],
    sku: ["sku", "sellersku"],
    category: ["category", "productcategory"],
    status: ["status", "asinstatus"],
    cogs: ["cogs", "cost", "unitcost"],
    price: ["price", "listprice", "sellingprice"],
  },
  partner_assignments: {
    partner_id: ["partner", "partnercode", "brand", "client", "code"],
    staff_id: ["staff", "staffemail", "email", "assignee", "teammember", "name"],
    assignment_role: ["role", "assignmentrole", "position"],
    is_primary: ["primary", "isprimary", "lead"],
    notes: ["notes", "note", "comments"],
  },
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9%]/g, "");

export interface MappingSuggestion {
  sourceColumn: string;
  sourceColumnIndex: number;
  targetTable: string;
  targetField: string;
  transformType: string;
  transformConfig: Record<string, string> | null;
  confidence: number;
}

function suggestFor(preview: Preview, table: string): MappingSuggestion[] {
  const fields = TARGET_TABLES[table].fields;
  const synonyms = Object.entries(SYNONYMS[table]);
  const taken = new Set<string>();
  const suggestions: MappingSuggestion[] = [];
  for (const col of preview.columns) {
    const n = norm(col.name);
    const exact = synonyms.find(
      ([f, words]) => !taken.has(f) && (norm(f) === n || words.includes(n)),
    );
    const partial =
      exact ??
      synonyms.find(
        ([f, words]) => !taken.has(f) && words.some((w) => w.length > 3 && n.includes(w)),
      );
    if (!partial) continue;
    const [field] = partial;
    taken.add(field);
    const kind = fields[field].type;
    const transformType =
      kind === "date"
        ? "date"
        : kind === "ref"
          ? "lookup"
          : kind === "decimal" && col.guessedType === "currency"
            ? "currency"
            : kind === "decimal" && col.guessedType === "percent"
              ? "number"
              : kind === "boolean"
                ? "boolean"
                : "none";
    suggestions.push({
      sourceColumn: col.name,
      sourceColumnIndex: col.index,
      targetTable: table,
      targetField: field,
      transformType,
      transformConfig: kind === "date" && col.dateFormat ? { format: col.dateFormat } : null,
      confidence: exact ? 1 : 0.6,
    });
  }
  return suggestions;
}

/** Suggestions for the table the headers fit best (one tab is one table), preferring one whose key columns are there. */
export function suggestMappings(preview: Preview): MappingSuggestion[] {
  const score = (table: string, list: MappingSuggestion[]) => {
    const keyed = TARGET_TABLES[table].keyFields.every((g) =>
      g.some((f) => list.some((s) => s.targetField === f)),
    );
    return (keyed ? 100 : 0) + list.reduce((n, s) => n + s.confidence, 0);
  };
  const ranked = Object.keys(SYNONYMS)
    .map((table) => ({ table, list: suggestFor(preview, table) }))
    .sort((a, b) => score(b.table, b.list) - score(a.table, a.list));
  return ranked[0]?.list ?? [];
}
