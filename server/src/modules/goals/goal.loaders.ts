import { defineLoader } from "../../graphql/loaders";
import type { QuarterlyGoal } from "./goal.type";
import { standingOf, type GoalStanding } from "./goal.service";

/** Current value and pace of the goals a response shows, each computed once. */
export const standingByGoal = defineLoader<QuarterlyGoal, GoalStanding>(
  "standingByGoal",
  ({ prisma, organizationId }) =>
    (goals) =>
      standingOf(prisma, organizationId, [...goals]),
);
