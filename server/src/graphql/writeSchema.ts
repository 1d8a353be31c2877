// `npm run schema`: writes schema.graphql (committed; a test fails when it is stale).
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { SCHEMA_FILE, printHubSchema } from "./schema";

void printHubSchema().then((sdl) => {
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(
    `wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.split("\n").length} lines)`,
  );
});
