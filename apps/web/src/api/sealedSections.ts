/**
 * The relay's reveal and tally endpoints (DESIGN §4): `POST /api/boards/:id/sections/:sectionId/reveal|tally|round/reveal`
 * with the edit token. The relay opens the sealed items and writes the plain result through the
 * model's operations; the answer comes after that write is committed. Errors come back as
 * sentences a person can act on.
 */
import { asSentence } from '@roundtable/model';

/** What the relay answers to a reveal or tally. */
export type SectionCallResult = { ok: true; count: number; skipped: number } | { ok: false; error: string };

const WHAT = { reveal: 'reveal the drafts', tally: 'count the votes', 'round/reveal': 'reveal the votes' } as const;

/** Asks the relay to reveal the drafts of, count the votes in, or reveal the open round of `sectionId`. */
export async function callSectionEndpoint(
  call: 'reveal' | 'tally' | 'round/reveal',
  relay: { boardId: string; token: string },
  sectionId: string,
  by: string | null,
): Promise<SectionCallResult> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(relay.boardId)}/sections/${encodeURIComponent(sectionId)}/${call}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${relay.token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ by }),
    });
  } catch {
    return { ok: false, error: `Could not reach the server to ${WHAT[call]}. Check your connection and try again.` };
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const detail = typeof body?.error === 'string' && body.error ? body.error : `${response.status} ${response.statusText}`.trim();
    if (response.status === 403 && /view link|token/i.test(detail)) return { ok: false, error: `Only an edit link can ${WHAT[call]} (${detail}).` };
    return { ok: false, error: `Could not ${WHAT[call]}: ${asSentence(detail)}` };
  }
  // reveal: {revealed, skipped}; tally and round/reveal: {ballots, skipped, …}.
  const count = Number(call === 'reveal' ? body?.revealed : body?.ballots);
  const skipped = Array.isArray(body?.skipped) ? body.skipped.length : Number(body?.skipped ?? 0);
  return { ok: true, count: Number.isFinite(count) ? count : 0, skipped: Number.isFinite(skipped) ? skipped : 0 };
}
