/**
 * The agreement histogram: an SVG bar per Kaner level with its count, and (when `names` is
 * given, i.e. the round was not anonymous) who voted there. `compact` draws the small version
 * used to compare earlier rounds side by side. Presentational: it gets plain data.
 */
import { KANER_LEVELS } from '@roundtable/model';
import { memo } from 'react';
import { histogramBars } from './histogramLayout.js';

/** Props: counts per level (index 0 = level 1) and, for named rounds, voter names per level. */
export interface LevelHistogramProps {
  counts: readonly number[];
  names?: readonly (readonly string[])[];
  compact?: boolean;
  /** Accessible title, e.g. "Round 2 results". */
  title: string;
}

/** Bars over the eight levels; the table below the SVG carries the same data for screen readers. */
export const LevelHistogram = memo(function LevelHistogram({ counts, names, compact = false, title }: LevelHistogramProps) {
  const width = compact ? 160 : 560;
  const plot = compact ? 48 : 160;
  const label = compact ? 0 : 22;
  const bars = histogramBars(counts, width, plot, compact ? 3 : 10);
  const summary = bars.map((b) => `${b.level}: ${b.count}`).join(', ');
  return (
    <figure className={`histogram${compact ? ' histogram--compact' : ''}`}>
      <svg viewBox={`0 0 ${width} ${plot + label + (compact ? 2 : 20)}`} role="img" aria-label={`${title}. Votes per level: ${summary}`} className="histogram__svg">
        {bars.map((b) => (
          <g key={b.level} className={`histogram__bar histogram__bar--${b.tone}`}>
            <rect x={b.x} y={b.y + (compact ? 0 : 20)} width={b.width} height={b.height} rx={compact ? 2 : 6} />
            {!compact && b.count > 0 ? (
              <text x={b.x + b.width / 2} y={b.y + 14} textAnchor="middle" className="histogram__count">
                {b.count}
              </text>
            ) : null}
            {!compact ? (
              <text x={b.x + b.width / 2} y={plot + 20 + 18} textAnchor="middle" className="histogram__level">
                {b.level}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      {!compact ? (
        <ul className="histogram__legend">
          {KANER_LEVELS.map((l, i) => (
            <li key={l.level} className={(counts[i] ?? 0) > 0 ? '' : 'is-empty'}>
              <span className="histogram__legend-level">{l.level}</span> {l.label}: <strong>{counts[i] ?? 0}</strong>
              {names && (names[i]?.length ?? 0) > 0 ? <span className="histogram__names"> ({names[i]!.join(', ')})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
});
