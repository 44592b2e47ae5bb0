/**
 * The agreement histogram: an SVG bar per Kaner level with its count, as a share of the round's
 * voters (a dashed line marks everyone), and (when `names` is
 * given, i.e. the round was not anonymous) who voted there. `compact` draws the small version
 * used to compare rounds side by side. Presentational: it gets plain data. The SVG is one image
 * with a summary as its name; the legend below carries the same data as text.
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

/** Bars over the eight levels; the legend below the SVG carries the same data for screen readers. */
export const LevelHistogram = memo(function LevelHistogram({ counts, names, compact = false, title }: LevelHistogramProps) {
  const width = compact ? 200 : 560;
  const plot = compact ? 56 : 150;
  const top = compact ? 14 : 22;
  const axis = compact ? 14 : 24;
  const bars = histogramBars(counts, width, plot, compact ? 6 : 12);
  const voters = bars.reduce((sum, b) => sum + b.count, 0);
  const summary = `${voters} ${voters === 1 ? 'voter' : 'voters'}; ${bars.map((b) => `level ${b.level}: ${b.count}`).join(', ')}`;
  return (
    <figure className={`histogram${compact ? ' histogram--compact' : ''}`} data-testid={compact ? 'histogram-compact' : 'histogram'}>
      <svg viewBox={`0 0 ${width} ${top + plot + axis}`} role="img" aria-label={`${title}. Votes per level: ${summary}`} className="histogram__svg">
        {/* Full height is everyone who voted: the bars are shares of the round, not of its largest level. */}
        <line className="histogram__everyone" x1={0} x2={width} y1={top + 0.5} y2={top + 0.5} />
        <line className="histogram__baseline" x1={0} x2={width} y1={top + plot + 0.5} y2={top + plot + 0.5} />
        {bars.map((b) => (
          <g key={b.level} className={`histogram__bar histogram__bar--${b.tone}`}>
            <rect x={b.x} y={b.y + top} width={b.width} height={b.height} rx={compact ? 2 : 5} />
            {b.count > 0 ? (
              <text x={b.x + b.width / 2} y={b.y + top - (compact ? 3 : 6)} textAnchor="middle" className="histogram__count">
                {b.count}
              </text>
            ) : null}
            <text x={b.x + b.width / 2} y={top + plot + axis - (compact ? 3 : 6)} textAnchor="middle" className="histogram__level">
              {b.level}
            </text>
          </g>
        ))}
      </svg>
      {!compact ? (
        <ul className="histogram__legend" aria-label={`${title}: votes per level`}>
          {KANER_LEVELS.map((l, i) => (
            <li key={l.level} className={(counts[i] ?? 0) > 0 ? '' : 'is-empty'} data-testid="histogram-level">
              <span className="histogram__legend-level" aria-hidden="true">{l.level}</span>
              <span className="histogram__legend-text">
                {l.label}: <strong>{counts[i] ?? 0}</strong>
                {names && (names[i]?.length ?? 0) > 0 ? <span className="histogram__names"> ({names[i]!.join(', ')})</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
});
