/**
 * The person using this device: a device-held member id with a display name and colour,
 * remembered under `roundtable.member` and reused on every board.
 */
import { COLOR_PATTERN, MAX_NAME_LENGTH, MEMBER_ID_PATTERN, cleanLine, newId } from '@roundtable/model';
import { readJson, writeJson } from './localJson.js';

/** This device's member identity. */
export interface DeviceMember {
  id: string;
  name: string;
  color: string;
}

/** localStorage key of the device member. */
export const MEMBER_KEY = 'roundtable.member';

/** Avatar colours offered on first visit: distinct; initials take a readable ink (`colorInk.ts`). */
export const MEMBER_PALETTE = [
  '#6366f1', '#0ea5e9', '#14b8a6', '#22c55e', '#eab308',
  '#f97316', '#ef4444', '#ec4899', '#a855f7', '#64748b',
] as const;

/** Reads the device member, or null when none (or an invalid one) is stored. */
export function loadMember(storage: Storage | null): DeviceMember | null {
  const value = readJson(storage, MEMBER_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !MEMBER_ID_PATTERN.test(id)) return null;
  if (typeof name !== 'string' || name.trim().length === 0) return null;
  if (typeof color !== 'string' || !COLOR_PATTERN.test(color)) return null;
  return { id, name: name.slice(0, MAX_NAME_LENGTH), color };
}

/** Saves name and colour, keeping the existing id (or minting one on first use). */
export function saveMember(storage: Storage | null, name: string, color: string): DeviceMember {
  const existing = loadMember(storage);
  const member: DeviceMember = {
    id: existing?.id ?? newId(16),
    name: cleanLine(name, MAX_NAME_LENGTH),
    color,
  };
  writeJson(storage, MEMBER_KEY, member);
  return member;
}

/** A palette colour, picked at random, as the dialog's initial choice. */
export function suggestColor(): string {
  return MEMBER_PALETTE[Math.floor(Math.random() * MEMBER_PALETTE.length)] ?? MEMBER_PALETTE[0];
}

/** One or two initials for an avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const second = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + second).toUpperCase();
}
