/** A section's phases as steps, the current one highlighted (moving phases is a lead power, later). */
import { PHASES, phaseLabel, type SectionKind } from '@roundtable/model';

/** Read-only phase stepper for `kind` at `phase`. */
export function PhaseSteps({ kind, phase }: { kind: SectionKind; phase: string }) {
  const phases = PHASES[kind];
  const current = phases.indexOf(phase);
  return (
    <ol className="phases" aria-label="Phases">
      {phases.map((p, i) => (
        <li key={p} className={`phases__step${i === current ? ' is-current' : ''}${i < current ? ' is-done' : ''}`} aria-current={i === current ? 'step' : undefined}>
          <span className="phases__dot" aria-hidden="true">{i + 1}</span>
          {phaseLabel(p)}
        </li>
      ))}
    </ol>
  );
}
