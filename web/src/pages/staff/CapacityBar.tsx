// Current clients against the person's maximum, as a bar (red when over).
export function CapacityBar({ current, max }: { current: number; max: number | null | undefined }) {
  if (!max)
    return (
      <span>
        {current} clients <span className="muted">(no maximum set)</span>
      </span>
    );
  const pct = Math.round((current / max) * 100);
  return (
    <span className="capacity">
      <span
        className="meter"
        role="meter"
        aria-label="Capacity"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={current}
        aria-valuetext={`${current} of ${max} clients`}
      >
        <span
          className={pct > 100 ? "over" : pct >= 90 ? "full" : ""}
          style={{ width: `${Math.min(pct, 100)}%` }}
        />
      </span>
      <span className="capacity-label">
        {current}/{max}
      </span>
    </span>
  );
}
