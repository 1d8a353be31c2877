// `npm run docs:permissions`: writes docs/permissions.md (committed; a test fails when it is stale).
import fs from "node:fs";
import path from "node:path";
import { PERMISSIONS_DOC, permissionsDoc } from "./permissionsDoc";

fs.mkdirSync(path.dirname(PERMISSIONS_DOC), { recursive: true });
fs.writeFileSync(PERMISSIONS_DOC, permissionsDoc());
console.log(`wrote ${path.relative(process.cwd(), PERMISSIONS_DOC)}`);
