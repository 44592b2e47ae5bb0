/**
 * Results of the dot vote: groups and cards sorted by dots (ties in board order), each with its
 * count; who voted unless the section is anonymous. Reads the tally and the ranked layout once
 * (results change only when the relay counts again). "Carry into an agreement" makes the top
 * items the proposal of an agreement section (added after this one the first time).
 */
import { useState } from 'react';
import { CARRIED_ITEMS } from '../actions/resultsActions.js';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { useBrainstormProgress } from '../hooks/useBrainstormProgress.js';
import { useBrainstormLayout } from '../hooks/useBrainstormLayout.js';
import { useTracked } from '../hooks/useTracked.js';
import { shallowEqual } from '../store/shallowEqual.js';

interface Row {
  id: string;
  type: 'card' | 'cluster';
  title: string;
  votes: number;
  cards: { id: string; text: string; votes: number }[];
}

/** Ranked results of `sectionId`. */
export function BrainstormResults({ sectionId }: { sectionId: string }) {
  const { store } = useBoardContext();
  const layout = useBrainstormLayout(sectionId);
  const { progress } = useBrainstormProgress(sectionId);
  const tally = progress?.tally ?? null;
  const rows = useTracked(() => {
    if (!layout) return [] as Row[];
    const count = (id: string) => tally?.counts[id] ?? 0;
    const text = (id: string) => store.brainstorm.cards.get(id)?.text ?? '';
    const rank = <T extends { votes: number }>(list: T[]) => list.map((item, i) => ({ item, i })).sort((a, b) => b.item.votes - a.item.votes || a.i - b.i).map(({ item }) => item);
    const out: Row[] = [];
    for (const column of layout.columns) {
      for (const item of column.items) {
        if (item.type === 'card') out.push({ id: item.id, type: 'card', title: text(item.id), votes: count(item.id), cards: [] });
        else {
          const cards = rank(item.cards.map((id) => ({ id, text: text(id), votes: count(id) })));
          const name = store.brainstorm.clusters.get(item.id)?.name || cards[0]?.text || 'Unnamed group';
          out.push({ id: item.id, type: 'cluster', title: name, votes: count(item.id) + cards.reduce((s, c) => s + c.votes, 0), cards });
        }
      }
    }
    return rank(out);
  }, [store, layout, tally], shallowEqual);
  const carry = useAction('carryToAgreement', { sectionId });
  const [carried, setCarried] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const voters = useTracked(() => (tally?.voters ?? []).map((id) => store.getMember(id)?.name ?? 'someone').sort((a, b) => a.localeCompare(b)), [store, tally], shallowEqual);

  return (
    <section className="bresults" aria-label="Results" data-testid="results">
      <p className="bresults__summary">
        {tally ? `${tally.ballots} ${tally.ballots === 1 ? 'person' : 'people'} voted` : 'The vote has not been counted yet.'}
        {tally && tally.voters ? `: ${voters.join(', ')}` : tally ? ' (anonymous)' : ''}
      </p>
      <div className="bresults__carry">
        <button type="button" className="btn btn--secondary btn--sm" data-testid="carry-to-agreement" disabled={carry.disabled} title={carry.reason ?? undefined} onClick={() => {
          const result = carry.run();
          if (!result.ok) return setCarried({ tone: 'error', text: result.error });
          const title = store.getSection(result.value.sectionId)?.title ?? 'the agreement section';
          setCarried({ tone: 'ok', text: result.value.created ? `Added “${title}” after this section, with the top ${CARRIED_ITEMS} as its proposal.` : `Updated the proposal of “${title}” with the top ${CARRIED_ITEMS}.` });
        }}>
          {`Propose the top ${CARRIED_ITEMS} for agreement`}
        </button>
        {carry.disabled && carry.reason ? <span className="bresults__hint muted">{carry.reason}</span> : null}
        {carried ? <p className={carried.tone === 'error' ? 'form-error' : 'brainstorm__ok'} role={carried.tone === 'error' ? 'alert' : 'status'} data-testid="carry-message">{carried.text}</p> : null}
      </div>
      <ol className="bresults__list">
        {rows.map((row, i) => (
          <li key={row.id} className="bresults__item" data-testid="result-item" data-result-id={row.id}>
            <span className="bresults__rank" aria-hidden="true">{i + 1}</span>
            <div className="bresults__main">
              <p className="bresults__title" data-testid="result-title">{row.type === 'cluster' ? `Group: ${row.title}` : row.title}</p>
              {row.cards.length > 0 ? (
                <ul className="bresults__cards">
                  {row.cards.map((c) => <li key={c.id}><span>{c.text}</span> <span className="muted">{c.votes} {c.votes === 1 ? 'dot' : 'dots'}</span></li>)}
                </ul>
              ) : null}
            </div>
            <span className="bresults__votes" data-testid="result-votes" aria-label={`${row.votes} ${row.votes === 1 ? 'dot' : 'dots'}`}>{row.votes}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
