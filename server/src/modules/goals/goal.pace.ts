// Pace: a goal is on track while its progress keeps up with the share of the quarter gone
// (less the configured tolerance, goals.pace_tolerance); at the quarter's end it is
// achieved or missed.
import type { GoalPace } from "./goal.type";

export function paceOf(
  current: number,
  target: number,
  start: Date,
  end: Date,
  tolerance: number,
  now = new Date(),
): GoalPace {
  const progress = target > 0 ? current / target : 1;
  const expected = Math.min(
    1,
    Math.max(0, (now.getTime() - start.getTime()) / (end.getTime() - start.getTime())),
  );
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  const status =
    progress >= 1
      ? "achieved"
      : now < start
        ? "not_started"
        : now >= end
          ? "missed"
          : progress >= expected * (1 - tolerance)
            ? "on_track"
            : "behind";
  return { progress: round(progress), expected: round(expected), status };
}
