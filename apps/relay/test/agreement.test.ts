/**
 * Agreement ballots through a real relay, real sockets and the stock y-websocket client: while
 * a round is open neither the SQLite file nor a peer's document holds a level or a comment in
 * plain form; the relay's reveal (edit token only) writes them, one ballot per member.
 */
import { castBallot, openRound, selectAgreement, selectSections, setAgreementAnonymous, setProposal, takeLead } from '@roundtable/model';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, removeDir, synced, tempDir, waitFor } from './harness.js';
import { joinAs, sealerFor, sectionAction, startLoggingRelay, storedDoc, storedText } from './sealing.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const [ANA, BEN, CLEO] = ['member-ana', 'member-ben', 'member-cleo'];
const plainText = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');
type Peer = { provider: ReturnType<typeof connect>; doc: Y.Doc; member: string };

/**
 * A logging relay on a fresh data dir, a workshop board, Ana, Ben and Cleo joined through stock
 * providers (each sees all three), the board's agreement section and a sealer for it.
 */
async function threeMembersOnAgreement() {
  const dataDir = tempDir();
  cleanups.push(() => removeDir(dataDir));
  const relay = await startLoggingRelay(dataDir);
  cleanups.push(() => relay.close());
  const board = await relay.createBoard('Decide', 'workshop');
  const peers = [ANA, BEN, CLEO].map((member) => {
    const provider = connect(relay.wsUrl, board.boardId, board.editToken);
    cleanups.push(() => provider.destroy());
    return { provider, doc: provider.doc, member };
  }) as [Peer, Peer, Peer];
  await Promise.all(peers.map((p) => synced(p.provider)));
  peers.forEach((p, i) => joinAs(p.doc, p.member, ['Ana', 'Ben', 'Cleo'][i]!));
  await waitFor('everyone sees all members', () => peers.every((p) => p.doc.getMap('members').size === 3));
  const sectionId = selectSections(peers[0].doc).find((s) => s.kind === 'agreement')!.id;
  const { seal } = await sealerFor(relay.url, board.boardId, board.editToken);
  return { dataDir, relay, board, peers, sectionId, seal };
}

describe('sealed ballots through the relay', () => {
  it('no level and no comment in plain form while the round is open; the reveal writes them', async () => {
    const { dataDir, relay, board, peers, sectionId, seal } = await threeMembersOnAgreement();
    const [ana, ben, cleo] = peers;
    const at = () => Date.now();

    expect(takeLead(ana.doc, { sectionId, by: ANA, at: at() }).ok).toBe(true);
    expect(setProposal(ana.doc, { sectionId, by: ANA, at: at(), text: 'Move the stand-up to 10:00' }).ok).toBe(true);
    expect(openRound(ana.doc, { sectionId, by: ANA, at: at() }).ok).toBe(true);
    await waitFor('Ben sees the open round', () => selectAgreement(ben.doc, sectionId)?.openRound !== null);

    expect(castBallot(ana.doc, { sectionId, by: ANA, at: at(), level: 1, seal }).ok).toBe(true);
    expect(castBallot(ben.doc, { sectionId, by: BEN, at: at(), level: 3, comment: 'SECRET-EARLY not sure', seal }).ok).toBe(true);
    // Ben changes his vote: the last one counts.
    expect(castBallot(ben.doc, { sectionId, by: BEN, at: at() + 1, level: 7, comment: 'SECRET-CONCERN clashes with school run', seal }).ok).toBe(true);
    expect(castBallot(cleo.doc, { sectionId, by: CLEO, at: at(), level: 2, seal }).ok).toBe(true);
    // A hostile peer files a malformed ballot.
    cleo.doc.transact(() => {
      const map = cleo.doc.getMap('sections').get(sectionId) as Y.Map<unknown>;
      const round = [...map.keys()].find((k) => k.startsWith('round:'))!;
      ((map.get(round) as Y.Map<unknown>).get('ballots') as Y.Map<unknown>).set('member-forged', { id: 'member-forged', ciphertext: 'bm90IGEgYmFsbG90', sealedAt: 1 });
    });
    await waitFor('Ana sees 4 ballots', () => selectAgreement(ana.doc, sectionId)?.openRound?.ballotCount === 4);
    expect(selectAgreement(ana.doc, sectionId)!.openRound!.voters).toEqual([ANA, BEN, CLEO, 'member-forged']);

    // The ballots are in the file (so the checks below are not vacuous): four sealed, none open.
    const stored = selectAgreement(storedDoc(dataDir, board.boardId), sectionId)!;
    expect(stored.openRound).toMatchObject({ ballotCount: 4, result: null });
    expect(stored.lastRevealed).toBeNull();
    for (const text of [storedText(dataDir), plainText(ana.doc), plainText(cleo.doc)]) {
      expect(text).not.toContain('SECRET-');
      expect(text).not.toContain('school run');
      expect(text).not.toContain('"level"');
      expect(text).not.toContain('"comment"');
    }

    // A view link is refused and changes nothing; an unknown section is 404.
    const viewed = await sectionAction(relay.url, board.boardId, sectionId, 'round/reveal', board.viewToken, ANA);
    expect(viewed).toEqual({ status: 403, body: { error: "a view link cannot reveal the votes: use the board's edit link" } });
    expect((await sectionAction(relay.url, board.boardId, 'nope', 'round/reveal', board.editToken, ANA)).status).toBe(404);
    // Only the lead (or anyone when nobody leads) may ask.
    expect((await sectionAction(relay.url, board.boardId, sectionId, 'round/reveal', board.editToken, BEN)).status).toBe(403);
    expect(selectAgreement(ana.doc, sectionId)!.openRound).not.toBeNull();

    const revealed = await sectionAction(relay.url, board.boardId, sectionId, 'round/reveal', board.editToken, ANA);
    expect(revealed).toEqual({ status: 200, body: { round: 1, ballots: 3, met: false, skipped: 1 } });
    const skippedLines = relay.lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('sealed item skipped'));
    expect(skippedLines.map((l) => l.itemId)).toEqual(['member-forged']);

    await waitFor('Cleo sees the result', () => selectAgreement(cleo.doc, sectionId)?.lastRevealed !== null);
    const round = selectAgreement(cleo.doc, sectionId)!.lastRevealed!;
    expect(round.result!.counts).toEqual([1, 1, 0, 0, 0, 0, 1, 0]);
    expect(round.result!.votes.find((v) => v.voter === BEN)).toEqual({ voter: BEN, level: 7, comment: 'SECRET-CONCERN clashes with school run' });
    expect(round.verdict!.summary).toBe('Rule not met: 1 serious disagreement (7)');
    expect(storedText(dataDir)).toContain('SECRET-CONCERN');
    expect(selectAgreement(storedDoc(dataDir, board.boardId), sectionId)!.lastRevealed!.result!.counts).toEqual([1, 1, 0, 0, 0, 0, 1, 0]);
    // A second reveal has nothing to reveal.
    expect((await sectionAction(relay.url, board.boardId, sectionId, 'round/reveal', board.editToken, ANA)).status).toBe(409);
  });

  it('an anonymous round: the stored ballots and the revealed result hold no member id', async () => {
    const { dataDir, relay, board, peers, sectionId, seal } = await threeMembersOnAgreement();
    const [ana] = peers;
    const at = () => Date.now();

    expect(takeLead(ana.doc, { sectionId, by: ANA, at: at() }).ok).toBe(true);
    expect(setProposal(ana.doc, { sectionId, by: ANA, at: at(), text: 'Rotate the on-call' }).ok).toBe(true);
    expect(setAgreementAnonymous(ana.doc, { sectionId, by: ANA, at: at(), anonymous: true }).ok).toBe(true);
    expect(openRound(ana.doc, { sectionId, by: ANA, at: at() }).ok).toBe(true);
    await waitFor('all see the open round', () => peers.every((p) => selectAgreement(p.doc, sectionId)?.openRound !== null));
    peers.forEach((p, i) => expect(castBallot(p.doc, { sectionId, by: p.member, at: at(), level: [1, 2, 7][i]!, comment: i === 2 ? 'too much at once' : '', seal }).ok).toBe(true));
    await waitFor('Ana sees 3 ballots', () => selectAgreement(ana.doc, sectionId)?.openRound?.ballotCount === 3);
    // Only how many: the open round names no voter.
    expect(selectAgreement(ana.doc, sectionId)!.openRound!.voters).toEqual([]);
    const openStored = roundOf(storedDoc(dataDir, board.boardId), sectionId).toJSON() as { ballots: Record<string, unknown> };
    expect(Object.keys(openStored.ballots)).toHaveLength(3);
    expect(JSON.stringify(openStored.ballots)).not.toContain('member-');

    const revealed = await sectionAction(relay.url, board.boardId, sectionId, 'round/reveal', board.editToken, ANA);
    expect(revealed).toMatchObject({ status: 200, body: { round: 1, ballots: 3 } });
    await waitFor('Ana sees the result', () => selectAgreement(ana.doc, sectionId)?.lastRevealed !== null);

    const stored = storedDoc(dataDir, board.boardId);
    const view = selectAgreement(stored, sectionId)!.lastRevealed!;
    expect(view.result!.counts).toEqual([1, 1, 0, 0, 0, 0, 1, 0]);
    expect(view.result!.votes.map((v) => v.voter ?? null)).toEqual([null, null, null]);
    expect(view.result!.votes.map((v) => v.comment)).toContain('too much at once');
    // The round as stored (its ballots and result): no voter's id anywhere in it, only who revealed
    // (public: the log says it too); the store does hold the ids elsewhere (members).
    const { info, ...rest } = roundOf(stored, sectionId).toJSON() as Record<string, unknown>;
    expect(Object.keys(rest).sort()).toEqual(['ballots', 'result']);
    const { by, ...result } = rest.result as Record<string, unknown>;
    expect(by).toBe(ANA);
    const text = JSON.stringify({ ballots: rest.ballots, result });
    for (const member of [ANA, BEN, CLEO]) expect(text).not.toContain(member);
    expect(text).not.toContain('member-');
    expect(JSON.stringify(stored.getMap('members').toJSON())).toContain(BEN);
    expect(info).toMatchObject({ anonymous: true });
  });
});

/** The first round's map of an agreement section, as a document holds it. */
function roundOf(doc: Y.Doc, sectionId: string): Y.Map<unknown> {
  const section = doc.getMap('sections').get(sectionId) as Y.Map<unknown>;
  return section.get([...section.keys()].find((k) => k.startsWith('round:'))!) as Y.Map<unknown>;
}
