/**
 * Exports and the board's end of life: download the board as Markdown, JSON, or CSV of cards
 * or commitments (anyone, view links too, at any phase: the model's pure exports over this
 * device's copy, so they work offline), a revealed round's histogram as SVG or PNG, and delete
 * the board (editors, after typing its title; the relay closes everyone's connection).
 */
import {
  HISTOGRAM_SIZE,
  exportBoardFile,
  exportCardsCsv,
  exportCommitmentsCsv,
  exportMarkdown,
  fail,
  histogramSvg,
  ok,
  selectAgreement,
  selectMeta,
  type Result,
} from '@roundtable/model';
import { deleteBoardOnRelay } from '../api/boards.js';
import { downloadFile, fileNameFor, svgToPng } from '../download.js';
import { no, writer, availability } from './availability.js';
import { register } from './registry.js';

/** The board export formats. */
export type BoardExportFormat = 'md' | 'json' | 'csv-cards' | 'csv-commitments';

const FORMATS: Record<BoardExportFormat, { label: string; suffix: string; type: string }> = {
  md: { label: 'Summary (Markdown)', suffix: '.md', type: 'text/markdown;charset=utf-8' },
  json: { label: 'Whole board (JSON, re-importable)', suffix: '.roundtable.json', type: 'application/json' },
  'csv-cards': { label: 'Cards (CSV)', suffix: '-cards.csv', type: 'text/csv;charset=utf-8' },
  'csv-commitments': { label: 'Commitments (CSV)', suffix: '-commitments.csv', type: 'text/csv;charset=utf-8' },
};

/** Downloads the board in a format; returns the file name. */
export const exportBoard = register<{ format: BoardExportFormat }, void, string>({
  name: 'exportBoard',
  label: (_ctx, { format }) => FORMATS[format].label,
  available: () => ({ ok: true }),
  perform: (ctx, { format }) => {
    const at = ctx.now();
    const { title } = selectMeta(ctx.doc);
    const text =
      format === 'md'
        ? exportMarkdown(ctx.doc, { at })
        : format === 'json'
          ? `${JSON.stringify(exportBoardFile(ctx.doc, { boardId: ctx.relay.boardId, at }), null, 2)}\n`
          : format === 'csv-cards'
            ? exportCardsCsv(ctx.doc)
            : exportCommitmentsCsv(ctx.doc);
    const name = fileNameFor(title, FORMATS[format].suffix);
    downloadFile(name, FORMATS[format].type, text);
    return ok(name);
  },
});

/** A revealed round of an agreement section. */
export interface RoundTarget {
  sectionId: string;
  roundId: string;
  format: 'svg' | 'png';
}

/** Downloads a revealed round's histogram as SVG, or PNG (drawn from the SVG); resolves with the file name. */
export const exportHistogram = register<RoundTarget, void, Promise<Result<string>>>({
  name: 'exportHistogram',
  label: (_ctx, { format }) => `Histogram (${format.toUpperCase()})`,
  available: (ctx, { sectionId, roundId }) => {
    const round = selectAgreement(ctx.doc, sectionId)?.rounds.find((r) => r.id === roundId);
    return round?.result ? { ok: true } : no('This round has not been revealed yet.');
  },
  perform: (ctx, { sectionId, roundId, format }) => {
    const agreement = selectAgreement(ctx.doc, sectionId);
    const round = agreement?.rounds.find((r) => r.id === roundId);
    if (!agreement || !round?.result) return fail('This round has not been revealed yet.');
    const svg = histogramSvg({
      counts: round.result.counts,
      title: `${agreement.section.title} — round ${round.number}`,
      subtitle: `${round.result.ballots} ${round.result.ballots === 1 ? 'vote' : 'votes'}${round.verdict ? ` · ${round.verdict.summary}` : ''}`,
    });
    const name = fileNameFor(`${agreement.section.title} round ${round.number}`, `.${format}`);
    if (format === 'svg') {
      downloadFile(name, 'image/svg+xml', svg);
      return ok(Promise.resolve(ok(name)));
    }
    return ok(
      svgToPng(svg, HISTOGRAM_SIZE.width, HISTOGRAM_SIZE.height).then(
        (png): Result<string> => {
          downloadFile(name, 'image/png', png);
          return ok(name);
        },
        (error: unknown): Result<string> => fail(`Could not make the PNG: ${(error as Error).message}.`),
      ),
    );
  },
});

/**
 * Deletes the board for everyone: an editor types its title to confirm. The relay closes every
 * connection with `boardDeleted`, so this page and everyone else's then show the deleted page.
 */
export const deleteBoard = register<void, { typedTitle: string }, Promise<Result<void>>>({
  name: 'deleteBoard',
  label: () => 'Delete board…',
  available: (ctx) => {
    const canWrite = writer(ctx, 'delete the board');
    if (!canWrite.ok) return availability(canWrite);
    return ctx.role === 'edit' ? { ok: true } : no('Only editors can delete the board.');
  },
  perform: (ctx, _target, { typedTitle }) => {
    const { title } = selectMeta(ctx.doc);
    if (typedTitle.replace(/\s+/g, ' ').trim() !== title) return fail(`Type the board's title exactly ("${title}") to delete it.`);
    return ok(deleteBoardOnRelay(ctx.relay.boardId, ctx.relay.token));
  },
});
