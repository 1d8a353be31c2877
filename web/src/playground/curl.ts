// "Copy as curl": the operation in the editors as a command a terminal or script can run,
// authenticated as the viewer is in the playground (the Headers tab's Authorization).

/** Single-quotes a value for a POSIX shell. */
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface CurlParts {
  endpoint: string;
  query: string;
  variables: string;
  headers: string;
}

/** The bearer credential in the headers JSON, if any. */
export function authorizationOf(headers: string): string | undefined {
  try {
    const parsed = JSON.parse(headers || "{}") as Record<string, unknown>;
    const entry = Object.entries(parsed).find(([k]) => k.toLowerCase() === "authorization");
    return typeof entry?.[1] === "string" ? entry[1] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An API key (hub_…) goes into the command as it is; anything else (a session token that
 * expires, or no credential) becomes $HUB_API_KEY so the command keeps working once a key is set.
 */
export function curlCommand({ endpoint, query, variables, headers }: CurlParts): string {
  let vars: unknown = {};
  if (variables.trim()) {
    try {
      vars = JSON.parse(variables);
    } catch {
      throw new Error("The Variables tab is not valid JSON; fix it, then copy again.");
    }
  }
  const auth = authorizationOf(headers);
  const key = auth?.replace(/^Bearer\s+/i, "");
  const authHeader = key?.startsWith("hub_")
    ? shellQuote(`authorization: Bearer ${key}`)
    : `"authorization: Bearer $HUB_API_KEY"`;
  const body = JSON.stringify({ query, variables: vars });
  return `curl -sS ${shellQuote(endpoint)} -H 'content-type: application/json' -H ${authHeader} --data ${shellQuote(body)}`;
}
