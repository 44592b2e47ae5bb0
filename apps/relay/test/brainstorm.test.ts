/**
 * The brainstorm's sealed writing and voting through a real relay, real sockets and the stock
 * y-websocket client: while drafts and dots are sealed neither the SQLite file nor any peer's
 * document holds them in plain form; the relay's reveal and tally put them there.
 */
import {
  addCard,
  castDots,
  encodeDotsPayload,
  saveDraft,
  selectBrainstormSettings,
  selectBrainstormState,
  selectDraftSummary,
  selectLog,
  selectSections,
  selectTally,
  selectVoteProgress,
  setAnonymous,
  setPhase,
  setVoteBudget,
} from '@roundtable/model';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { connect, removeDir, synced, tempDir, waitFor, type Board } from './harness.js';
import { joinAs, sealerFor, sectionAction, startLoggingRelay, storedDoc, storedText } from './sealing.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const [ANA, BEN, CLEO] = ['member-ana', 'member-ben', 'member-cleo'];

async function setup() {
  const dataDir = tempDir();
  cleanups.push(() => removeDir(dataDir));
  const relay = await startLoggingRelay(dataDir);
  cleanups.push(() => relay.close());
  const board = await relay.createBoard('Retro', 'workshop');
  const client = (member: string, name: string) => {
    const provider = connect(relay.wsUrl, board.boardId, board.editToken);
    cleanups.push(() => provider.destroy());
    return { provider, doc: provider.doc, member, name };
  };
  const peers = [client(ANA, 'Ana'), client(BEN, 'Ben'), client(CLEO, 'Cleo')];
  await Promise.all(peers.map((p) => synced(p.provider)));
  for (const p of peers) joinAs(p.doc, p.member, p.name);
  const sectionId = selectSections(peers[0]!.doc).find((s) => s.kind === 'brainstorm')!.id;
  const column = selectBrainstormSettings(peers[0]!.doc, sectionId)!.columns[0]!.id;
  const { seal } = await sealerFor(relay.url, board.boardId, board.editToken);
  await waitFor('everyone sees all members', () => peers.every((p) => p.doc.getMap('members').size === 3));
  return { dataDir, relay, board, peers, sectionId, column, seal };
}

/** A relay on its own data dir (to restart), a board, and Ana as its writer, with her sealer. */
async function restartableBoard(title: string) {
  const dataDir = tempDir();
  cleanups.push(() => removeDir(dataDir));
  const relay = await startLoggingRelay(dataDir);
  const board: Board = await relay.createBoard(title, 'workshop');
  const writer: WebsocketProvider = connect(relay.wsUrl, board.boardId, board.editToken);
  await synced(writer);
  joinAs(writer.doc, ANA, 'Ana');
  const sectionId = selectSections(writer.doc).find((s) => s.kind === 'brainstorm')!.id;
  const column = selectBrainstormSettings(writer.doc, sectionId)!.columns[0]!.id;
  const { seal, fingerprint } = await sealerFor(relay.url, board.boardId, board.editToken);
  return { dataDir, relay, board, writer, sectionId, column, seal, fingerprint };
}

const plainText = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');

function phase(doc: Y.Doc, sectionId: string, to: string, by = ANA): void {
  const result = setPhase(doc, { sectionId, by, at: Date.now(), phase: to });
  if (!result.ok) throw new Error(result.error);
}

describe('sealed brainstorm through the relay', () => {
  it('drafts and dots are unreadable in the store and on peers until the relay reveals and tallies', async () => {
    const { dataDir, relay, board, peers, sectionId, column, seal } = await setup();
    const [ana, ben, cleo] = peers as [(typeof peers)[0], (typeof peers)[0], (typeof peers)[0]];

    // Write: Ana and Ben write privately; Cleo sees only counts.
    expect(saveDraft(ana.doc, { sectionId, by: ANA, at: Date.now(), column, text: 'SECRET-ALPHA ship weekly', seal }).ok).toBe(true);
    expect(saveDraft(ben.doc, { sectionId, by: BEN, at: Date.now(), column, text: 'SECRET-BRAVO pair more', seal }).ok).toBe(true);
    expect(saveDraft(ben.doc, { sectionId, by: BEN, at: Date.now(), column, text: 'SECRET-CHARLIE fewer meetings', seal }).ok).toBe(true);
    // Relayed only after commit: once Cleo has them, the store has them.
    await waitFor('Cleo sees 3 drafts', () => selectDraftSummary(cleo.doc, sectionId).drafts === 3);
    expect(selectDraftSummary(cleo.doc, sectionId)).toMatchObject({ drafts: 3, authors: 2 });
    for (const text of [storedText(dataDir), plainText(cleo.doc)]) {
      expect(text).not.toContain('SECRET-');
      expect(text).not.toContain('ship weekly');
    }

    // A view link cannot reveal; an unknown section is 404; Cleo's edit link can.
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.viewToken)).toEqual({ status: 403, body: { error: "a view link cannot reveal drafts: use the board's edit link" } });
    expect((await sectionAction(relay.url, board.boardId, 'nosuchsection', 'reveal', board.editToken)).status).toBe(404);
    expect((await sectionAction(relay.url, board.boardId, sectionId, 'tally', board.editToken)).status).toBe(409);
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken, ANA)).toEqual({ status: 200, body: { revealed: 3, skipped: 0 } });
    await waitFor('everyone sees 3 cards', () => peers.every((p) => (selectBrainstormState(p.doc, sectionId)?.cards.size ?? 0) === 3));
    expect(selectDraftSummary(cleo.doc, sectionId).drafts).toBe(0);
    const cards = [...selectBrainstormState(cleo.doc, sectionId)!.cards.values()];
    expect(cards.map((c) => [c.text, c.author]).sort()).toEqual([
      ['SECRET-ALPHA ship weekly', ANA],
      ['SECRET-BRAVO pair more', BEN],
      ['SECRET-CHARLIE fewer meetings', BEN],
    ]);
    expect(storedText(dataDir)).toContain('SECRET-ALPHA ship weekly');
    expect(selectLog(cleo.doc).at(-1)).toMatchObject({ type: 'reveal', by: ANA, count: 3 });

    // Vote with a budget of 3. Cleo is hostile: 10 dots written straight into the document.
    phase(ana.doc, sectionId, 'vote');
    await waitFor('everyone is in the vote', () => peers.every((p) => selectSections(p.doc).find((s) => s.id === sectionId)?.phase === 'vote'));
    const id = (text: string) => cards.find((c) => c.text.startsWith(text))!.id;
    expect(castDots(ana.doc, { sectionId, by: ANA, at: Date.now(), dots: { [id('SECRET-ALPHA')]: 2, [id('SECRET-BRAVO')]: 1 }, seal }).ok).toBe(true);
    expect(castDots(ben.doc, { sectionId, by: BEN, at: Date.now(), dots: { [id('SECRET-BRAVO')]: 3 }, seal }).ok).toBe(true);
    expect(castDots(ben.doc, { sectionId, by: BEN, at: Date.now(), dots: { [id('SECRET-BRAVO')]: 2, [id('SECRET-ALPHA')]: 2 }, seal })).toEqual({ ok: false, error: 'you have 3 dots and this places 4' });
    const hostile = seal({ sectionId, itemId: CLEO, kind: 'dots' }, encodeDotsPayload({ voter: CLEO, dots: Array.from({ length: 10 }, () => id('SECRET-CHARLIE')) }));
    cleo.doc.transact(() => {
      const dots = (cleo.doc.getMap('sections').get(sectionId) as Y.Map<unknown>).get('dots') as Y.Map<unknown>;
      dots.set(CLEO, { id: CLEO, ciphertext: hostile.ok ? hostile.value : '', sealedAt: Date.now() });
    });
    await waitFor('Ana sees three votes', () => selectVoteProgress(ana.doc, sectionId).voted === 3);
    expect(selectVoteProgress(ana.doc, sectionId)).toEqual({ voted: 3, voters: [ANA, BEN, CLEO], members: 3 });
    for (const text of [storedText(dataDir), plainText(ana.doc)]) {
      expect(text).not.toContain('"dots":[');
      expect(text).not.toContain('"voter"');
    }
    expect(selectTally(ana.doc, sectionId)).toBeNull();

    // The lead closes the vote: the relay counts, enforcing each budget.
    expect((await sectionAction(relay.url, board.boardId, sectionId, 'tally', board.viewToken)).status).toBe(403);
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'tally', board.editToken, ANA)).toEqual({ status: 200, body: { ballots: 3, skipped: 0 } });
    await waitFor('Ben sees the tally', () => selectTally(ben.doc, sectionId) !== null);
    expect(selectTally(ben.doc, sectionId)).toMatchObject({
      counts: { [id('SECRET-ALPHA')]: 2, [id('SECRET-BRAVO')]: 4, [id('SECRET-CHARLIE')]: 3 },
      voters: [ANA, BEN, CLEO],
      ballots: 3,
    });
    expect(selectSections(ben.doc).find((s) => s.id === sectionId)?.phase).toBe('results');
    expect(selectTally(storedDoc(dataDir, board.boardId), sectionId)?.counts).toEqual(selectTally(ben.doc, sectionId)?.counts);
  });

  it('an anonymous section\'s stored document holds no author id, before or after the reveal and tally', async () => {
    const { dataDir, relay, board, peers, sectionId, column, seal } = await setup();
    const [ana, ben] = peers as [(typeof peers)[0], (typeof peers)[0]];
    expect(setAnonymous(ana.doc, { sectionId, by: ANA, at: Date.now(), anonymous: true }).ok).toBe(true);
    // Anonymity is set before anyone writes (a draft written by someone who has not yet seen the switch keeps its author until the reveal).
    await waitFor('Ben sees the section is anonymous', () => selectBrainstormSettings(ben.doc, sectionId)?.anonymous === true);
    saveDraft(ana.doc, { sectionId, by: ANA, at: Date.now(), column, text: 'Anonymous one', seal });
    saveDraft(ben.doc, { sectionId, by: BEN, at: Date.now(), column, text: 'Anonymous two', seal });
    await waitFor('Ana sees both drafts', () => selectDraftSummary(ana.doc, sectionId).drafts === 2);
    expect(selectDraftSummary(ana.doc, sectionId).authors).toBeNull();
    const sectionJson = (doc: Y.Doc) => JSON.stringify((doc.getMap('sections').get(sectionId) as Y.Map<unknown>).toJSON());
    expect(sectionJson(storedDoc(dataDir, board.boardId))).not.toMatch(/member-/);

    expect((await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken)).status).toBe(200);
    await waitFor('cards revealed', () => peers.every((p) => (selectBrainstormState(p.doc, sectionId)?.cards.size ?? 0) === 2));
    phase(ana.doc, sectionId, 'vote');
    await waitFor('Ben is in the vote', () => selectSections(ben.doc).find((s) => s.id === sectionId)?.phase === 'vote');
    const cardIds = [...selectBrainstormState(ana.doc, sectionId)!.cards.keys()];
    expect(castDots(ana.doc, { sectionId, by: ANA, at: Date.now(), dots: { [cardIds[0]!]: 3 }, seal }).ok).toBe(true);
    expect(castDots(ben.doc, { sectionId, by: BEN, at: Date.now(), dots: { [cardIds[1]!]: 1 }, seal }).ok).toBe(true);
    await waitFor('two allocations stored', () => selectVoteProgress(ana.doc, sectionId).voted === 2);
    expect(selectVoteProgress(ben.doc, sectionId).voters).toBeNull();
    expect((await sectionAction(relay.url, board.boardId, sectionId, 'tally', board.editToken)).status).toBe(200);
    await waitFor('tally', () => selectTally(ben.doc, sectionId) !== null);
    expect(selectTally(ben.doc, sectionId)).toMatchObject({ voters: null, ballots: 2 });
    const stored = storedDoc(dataDir, board.boardId);
    expect(sectionJson(stored)).not.toMatch(/member-/);
    expect(selectBrainstormState(stored, sectionId)!.cards.size).toBe(2);
  });

  it('reveals a draft that arrives after the reveal (its author was offline), and skips a malformed one with one log line', async () => {
    const { relay, board, peers, sectionId, column, seal } = await setup();
    const [ana, , cleo] = peers as [(typeof peers)[0], (typeof peers)[0], (typeof peers)[0]];
    saveDraft(ana.doc, { sectionId, by: ANA, at: Date.now(), column, text: 'On time', seal });
    await waitFor('Cleo has Ana\'s draft', () => selectDraftSummary(cleo.doc, sectionId).drafts === 1);
    cleo.provider.disconnect();
    expect(saveDraft(cleo.doc, { sectionId, by: CLEO, at: Date.now(), column, text: 'Written on the train', seal }).ok).toBe(true);
    // A hostile peer's garbage draft, alongside.
    ana.doc.transact(() => {
      const drafts = (ana.doc.getMap('sections').get(sectionId) as Y.Map<unknown>).get('drafts') as Y.Map<unknown>;
      drafts.set('garbage01', { id: 'garbage01', column, ciphertext: 'AAAA', sealedAt: 1 });
    });
    await waitFor('Ana\'s garbage draft stored', () => selectDraftSummary(ana.doc, sectionId).drafts === 2);
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken)).toEqual({ status: 200, body: { revealed: 1, skipped: 1 } });
    const skippedLines = relay.lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('sealed item skipped'));
    expect(skippedLines).toEqual([expect.objectContaining({ itemId: 'garbage01', boardId: board.boardId, sectionId })]);
    await waitFor('Ana sees the card', () => (selectBrainstormState(ana.doc, sectionId)?.cards.size ?? 0) === 1);

    // Cleo comes back online: her draft syncs up and the relay reveals it on arrival.
    cleo.provider.connect();
    await waitFor('Ana sees Cleo\'s card', () => [...(selectBrainstormState(ana.doc, sectionId)?.cards.values() ?? [])].some((c) => c.text === 'Written on the train'));
    await waitFor('no drafts left anywhere', () => peers.every((p) => selectDraftSummary(p.doc, sectionId).drafts === 0));
    expect(selectBrainstormState(cleo.doc, sectionId)!.cards.size).toBe(2);
  });

  it('reveals with nobody connected, after a restart with the same secret; another secret cannot open the drafts', async () => {
    const start = await restartableBoard('Restart');
    const { dataDir, board, writer, sectionId, column, seal, fingerprint } = start;
    let relay = start.relay;
    saveDraft(writer.doc, { sectionId, by: ANA, at: Date.now(), column, text: 'Sealed before the restart', seal });
    await waitFor('the draft is stored', () => selectDraftSummary(storedDoc(dataDir, board.boardId), sectionId).drafts === 1);
    writer.destroy();
    await relay.close();

    // Another secret: tokens minted with it work, but the board key does not unwrap.
    const otherSecret = 'another-secret-another-secret-another-xyz';
    relay = await startLoggingRelay(dataDir, { ROUNDTABLE_SECRET: otherSecret });
    const { signToken } = await import('../src/tokens.js');
    const otherToken = signToken(otherSecret, { boardId: board.boardId, role: 'edit' });
    const refused = await sectionAction(relay.url, board.boardId, sectionId, 'reveal', otherToken);
    expect(refused.status).toBe(500);
    expect(refused.body.error).toContain('ROUNDTABLE_SECRET');
    await relay.close();
    expect(selectDraftSummary(storedDoc(dataDir, board.boardId), sectionId).drafts).toBe(1);

    relay = await startLoggingRelay(dataDir);
    cleanups.push(() => relay.close());
    expect((await sealerFor(relay.url, board.boardId, board.editToken)).fingerprint).toBe(fingerprint);
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken)).toEqual({ status: 200, body: { revealed: 1, skipped: 0 } });
    const reader = connect(relay.wsUrl, board.boardId, board.viewToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect([...selectBrainstormState(reader.doc, sectionId)!.cards.values()].map((c) => c.text)).toEqual(['Sealed before the restart']);
  });

  it('reveals, as it loads the board, a draft stored after the reveal that the relay stopped before revealing', async () => {
    const start = await restartableBoard('Crash');
    const { dataDir, board, writer, sectionId, column, seal } = start;
    let relay = start.relay;
    saveDraft(writer.doc, { sectionId, by: ANA, at: Date.now(), column, text: 'On time', seal });
    await waitFor('the draft is stored', () => selectDraftSummary(storedDoc(dataDir, board.boardId), sectionId).drafts === 1);
    // Ben's copy from before the reveal, where he writes offline.
    const ben = new Y.Doc();
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(writer.doc));
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken)).toEqual({ status: 200, body: { revealed: 1, skipped: 0 } });
    await waitFor('the reveal is stored', () => selectDraftSummary(storedDoc(dataDir, board.boardId), sectionId).drafts === 0);
    writer.destroy();
    await relay.close();

    // His draft reached the store, and the relay stopped before it could reveal it.
    const before = Y.encodeStateVector(ben);
    expect(saveDraft(ben, { sectionId, by: BEN, at: Date.now(), column, text: 'Written offline', seal }).ok).toBe(true);
    const store = new SqliteStore(dataDir);
    await store.append([{ boardId: board.boardId, update: Y.encodeStateAsUpdate(ben, before) }]);
    await store.close();
    expect(selectDraftSummary(storedDoc(dataDir, board.boardId), sectionId).drafts).toBe(1);

    relay = await startLoggingRelay(dataDir);
    cleanups.push(() => relay.close());
    const reader = connect(relay.wsUrl, board.boardId, board.viewToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    await waitFor('the reader sees Ben\'s card', () => [...(selectBrainstormState(reader.doc, sectionId)?.cards.values() ?? [])].some((c) => c.text === 'Written offline'));
    await waitFor('no draft left in the store', () => selectDraftSummary(storedDoc(dataDir, board.boardId), sectionId).drafts === 0);
  });

  it('refuses reveal and tally requests that cannot be served, with clear messages', async () => {
    const { relay, board, peers, sectionId, column } = await setup();
    const other = await relay.createBoard('Other');
    const purpose = selectSections(peers[0]!.doc).find((s) => s.kind === 'purpose')!.id;
    const cases: [string, Promise<{ status: number; body: Record<string, unknown> }>, number, string][] = [
      ['no token', fetch(`${relay.url}/api/boards/${board.boardId}/sections/${sectionId}/reveal`, { method: 'POST' }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> })), 401, 'missing token'],
      ['another board\'s token', sectionAction(relay.url, board.boardId, sectionId, 'reveal', other.editToken), 403, 'token is for another board'],
      ['a purpose section', sectionAction(relay.url, board.boardId, purpose, 'reveal', board.editToken), 404, 'no brainstorm section'],
      ['an unknown member', sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken, 'member-nobody'), 400, 'not a member'],
      ['a tally before the vote', sectionAction(relay.url, board.boardId, sectionId, 'tally', board.editToken), 409, 'the vote is not open (this section is in the write phase)'],
    ];
    for (const [what, response, status, message] of cases) {
      const { status: got, body } = await response;
      expect([what, got]).toEqual([what, status]);
      expect(String(body.error)).toContain(message);
    }
    // After the results, a reveal is refused as too late; nothing changed meanwhile.
    phase(peers[0]!.doc, sectionId, 'results');
    await waitFor('phase stored', () => selectSections(peers[1]!.doc).find((s) => s.id === sectionId)?.phase === 'results');
    expect(await sectionAction(relay.url, board.boardId, sectionId, 'reveal', board.editToken)).toEqual({
      status: 409,
      body: { error: 'drafts are revealed from the write or reveal phase (this section is in the results phase)' },
    });
    expect(addCard(peers[0]!.doc, { sectionId, by: ANA, at: Date.now(), column, text: 'late' }).ok).toBe(false);
    expect(setVoteBudget(peers[0]!.doc, { sectionId, by: ANA, at: Date.now(), budget: 2 }).ok).toBe(false);
  });
});
