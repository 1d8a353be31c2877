// Counts the SQL statements servers send to PostgreSQL: a TCP proxy in front of it that
// reads the frontend protocol (simple Query, and Parse/Bind/Execute of the extended one) and
// sorts each executed statement into transaction control, settings or data. Used only while
// counting, never under load, so its cost is not in the throughput figures.
import net from "node:net";

export interface StatementCounts {
  control: number;
  settings: number;
  data: number;
}

const kindOf = (sql: string): keyof StatementCounts => {
  const text = sql.trim().toLowerCase();
  if (/^(begin|start transaction|commit|rollback|savepoint|release|end)\b/.test(text))
    return "control";
  // Our viewer lookup also sets the request's role and claims: it stands where PostGraphile's set_config statement stands.
  if (
    /^set\b/.test(text) ||
    /^select\s+set_config\(/.test(text) ||
    text.includes("set_config('role', 'hub_app'")
  )
    return "settings";
  return "data";
};

/** Reads a NUL-terminated string at offset; returns it and the offset after the NUL. */
const cstring = (buf: Buffer, at: number): [string, number] => {
  const end = buf.indexOf(0, at);
  return [buf.toString("utf8", at, end), end + 1];
};

export interface StatementCounter {
  url: string;
  counts(): StatementCounts;
  reset(): void;
  close(): Promise<void>;
}

/** A proxy on a free loopback port in front of the database in databaseUrl; url is databaseUrl through it. */
export async function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  let counts: StatementCounts = { control: 0, settings: 0, data: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    upstream.pipe(client);
    const statements = new Map<string, string>(); // prepared statement name → SQL ("" is the unnamed one)
    const portals = new Map<string, string>(); // portal → statement name
    let pending = Buffer.alloc(0);
    let started = false; // the first messages (SSL request, startup) have no type byte
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          if (code !== 80877103 && code !== 80877104) started = true; // SSL/GSS requests precede the startup
          continue;
        }
        if (pending.length < 5) break;
        const type = String.fromCharCode(pending[0]);
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const body = pending.subarray(5, 1 + length);
        if (type === "Q") counts[kindOf(cstring(body, 0)[0])]++;
        else if (type === "P") {
          const [name, at] = cstring(body, 0);
          statements.set(name, cstring(body, at)[0]);
        } else if (type === "B") {
          const [portal, at] = cstring(body, 0);
          portals.set(portal, cstring(body, at)[0]);
        } else if (type === "E")
          counts[kindOf(statements.get(portals.get(cstring(body, 0)[0]) ?? "") ?? "")]++;
        pending = pending.subarray(1 + length);
      }
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    counts: () => ({ ...counts }),
    reset: () => {
      counts = { control: 0, settings: 0, data: 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
