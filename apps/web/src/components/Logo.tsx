/** The Roundtable wordmark: a ring of seats around a table, then the name. */

/** Logo mark plus name; `compact` shows the mark only. */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="logo">
      <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="7" fill="var(--brand)" />
        {[0, 60, 120, 180, 240, 300].map((deg) => (
          <circle
            key={deg}
            cx={16 + 12 * Math.cos((deg * Math.PI) / 180)}
            cy={16 + 12 * Math.sin((deg * Math.PI) / 180)}
            r="2.6"
            fill="var(--brand-soft-strong)"
          />
        ))}
      </svg>
      {compact ? <span className="visually-hidden">Roundtable</span> : <span className="logo__name">Roundtable</span>}
    </span>
  );
}
