/** A round avatar with a member's initials on their colour. */
import { memo } from 'react';
import { initials } from '../storage/member.js';

/** Avatar for `name` in `color`; `label` becomes its accessible name (else decorative). */
export const Avatar = memo(function Avatar({ name, color, size = 28, label, ring = false }: { name: string; color: string; size?: number; label?: string; ring?: boolean }) {
  return (
    <span
      className={`avatar${ring ? ' avatar--ring' : ''}`}
      style={{ background: color, width: size, height: size, fontSize: Math.round(size * 0.4) }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      title={label}
    >
      {initials(name)}
    </span>
  );
});
