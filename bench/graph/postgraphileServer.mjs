// PostGraphile 5 for the graph benchmark, as its own process (plain JavaScript, so its memory
// holds nothing but PostGraphile): the Amber preset over the public schema of the bench
// database, with the same row-level security claims our server sets for the bench admin.
// Env: DATABASE_URL, HUB_ORGANIZATION_ID, HUB_STAFF_ID, POOL_SIZE. Prints "listening on <url>".
import { createServer } from "node:http";

// PostGraphile 5 asks for Node 22; the one Node 22 API it calls is Promise.withResolvers, so
// on our Node 20 it gets that (the spec's few lines), before any of its modules load.
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const { postgraphile } = await import("postgraphile");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");

const claims = {
  role: "hub_app",
  "hub.organization_id": process.env.HUB_ORGANIZATION_ID,
  "hub.staff_id": process.env.HUB_STAFF_ID,
  "hub.partner_scope": "all",
};

const preset = {
  extends: [PostGraphileAmberPreset],
  // Every column may be filtered and sorted on, as in our API (by default only indexed ones).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.POOL_SIZE ?? 10) },
      pgSettings: () => claims,
    }),
  ],
  grafserv: { graphiqlOnServer: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(
  () => {
    server.listen(0, "127.0.0.1", () =>
      console.log(`listening on http://127.0.0.1:${server.address().port} `),
    );
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
process.on("SIGTERM", () => {
  server.close();
  void pgl.release();
  process.exit(0);
});
