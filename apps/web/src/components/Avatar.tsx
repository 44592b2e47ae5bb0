/**
 * A round avatar with a member's initials on their colour, in an ink that reads on it (AA).
 * The initials are drawn by CSS (`.avatar::before` from `data-initials`), not DOM text: they are a
 * picture of the person, whose name is the accessible name (of the avatar when labelled, else of
 * the control around it), so they must not read as a visible label "AL" that the name lacks.
 */
import { memo } from 'react';
import { inkOn } from '../colorInk.js';
import { initials } from '../storage/member.js';

/** Avatar for `name` in `color`; `label` becomes its accessible name (else decorative). */
export const Avatar = memo(function Avatar({ name, color, size = 28, label, ring = false }: { name: string; color: string; size?: number; label?: string; ring?: boolean }) {
  return (
    <span
      className={`avatar${ring ? ' avatar--ring' : ''}`}
      style={{ background: color, color: inkOn(color), width: size, height: size, fontSize: Math.round(size * 0.4) }}
      data-initials={initials(name)}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      title={label}
    />
  );
});
