// What the engine works with, whoever calls it (a GraphQL request, the CLI, a queued job):
// the transaction, already under the caller's row-level security, its organization, and who acts.
import type { HubPrisma } from "../db/database";
import type { Viewer } from "../auth/viewer";

export interface EnrichmentScope {
  prisma: HubPrisma;
  organizationId: string;
  viewer: Viewer;
}
