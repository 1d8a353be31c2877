// Prisma keeps the arguments of its last 100 debug calls in memory whether or not debugging
// is on (for its error reports): the client runtime's history and @prisma/debug's, which the
// driver adapter logs every statement to. A bulk statement's parameters (megabytes of JSON)
// stay there, several copies each, until 100 later calls push them out: up to ~70 MB after
// a 10,000-row sync or apply. Bulk writers forget the history after each slice they write.
import { Debug } from "@prisma/client/runtime/client";
import { clearLogs } from "@prisma/debug";

const HISTORY = 100; // both histories' length in Prisma 6.19
const filler = Debug("hub:forget");

/**
 * Drops the arguments Prisma's debug histories hold (the runtime's has no clear: it is filled
 * with empty entries, unless DEBUG asks for hub:forget's output, which they would flood).
 */
export function forgetPrismaDebugHistory(): void {
  clearLogs();
  if (Debug.enabled("hub:forget")) return;
  for (let i = 0; i < HISTORY; i++) filler("");
}
