/**
 * Validation of a board file (boardFile.ts) on its way in: zod schemas for the file and its
 * document tree, and the sentences a person who picked a damaged or foreign file reads. Kept apart
 * from the export so a client that only exports (the web app) does not load zod.
 */
import { z } from 'zod';
import { isSectionKind } from '../catalog.js';
import { fail, ok, type Result } from '../core/result.js';
import { SCHEMA_VERSION } from '../core/schema.js';
import { BOARD_FILE_FORMAT, BOARD_FILE_VERSION, MAX_BOARD_FILE_DEPTH, type BoardFile } from './boardFile.js';
import { isNode, type MapNode, type TreeNode } from './docTree.js';

const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const node: z.ZodType<TreeNode> = z.lazy(() =>
  z.union([
    z.object({ $y: z.literal('map'), entries: z.record(z.string(), node) }).strict(),
    z.object({ $y: z.literal('array'), items: z.array(node) }).strict(),
    z.object({ $y: z.literal('text'), text: z.string() }).strict(),
    z.object({ $y: z.literal('json'), value: json }).strict(),
    json.refine((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && '$y' in v), 'an unknown "$y" node'),
  ]),
) as z.ZodType<TreeNode>;
const mapNode = z.object({ $y: z.literal('map'), entries: z.record(z.string(), node) }).strict();

const boardFileSchema = z.object({
  format: z.literal(BOARD_FILE_FORMAT),
  version: z.literal(BOARD_FILE_VERSION),
  exportedAt: z.number(),
  board: z.object({ id: z.string(), title: z.string(), schemaVersion: z.number().int().min(1) }),
  document: z.object({
    meta: mapNode,
    sections: mapNode,
    members: mapNode,
    log: z.object({ $y: z.literal('array'), items: z.array(node) }).strict(),
  }),
});

/** Nesting depth of a parsed JSON value, stopping once it passes `limit`. */
function depthOver(value: unknown, limit: number, depth = 0): boolean {
  if (depth > limit) return true;
  if (typeof value !== 'object' || value === null) return false;
  for (const child of Object.values(value)) if (depthOver(child, limit, depth + 1)) return true;
  return false;
}

/** Where a zod issue is, as "document.sections.abc.entries.kind". */
const issueText = (issue: z.core.$ZodIssue): string => `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`;

/**
 * Checks that `value` (parsed JSON) is a board file this code can import, and returns it.
 * Errors are sentences for the person who picked the file: a foreign file, a newer format, a
 * newer board schema, or what is damaged and where.
 */
export function parseBoardFile(value: unknown): Result<BoardFile> {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (record.format !== BOARD_FILE_FORMAT) return fail('This file is not a Roundtable board export (it has no "format": "roundtable.board").');
  if (typeof record.version === 'number' && record.version > BOARD_FILE_VERSION) {
    return fail(`This export was made by a newer Roundtable (file format ${record.version}; this one reads ${BOARD_FILE_VERSION}).`);
  }
  if (depthOver(value, MAX_BOARD_FILE_DEPTH)) return fail(`This export is nested more than ${MAX_BOARD_FILE_DEPTH} levels deep, which no Roundtable board is.`);
  const parsed = boardFileSchema.safeParse(value);
  if (!parsed.success) return fail(`This export is damaged: ${parsed.error.issues.slice(0, 3).map(issueText).join('; ')}.`);
  const file = parsed.data as BoardFile;
  if (file.board.schemaVersion > SCHEMA_VERSION) {
    return fail(`This export holds a board of a newer Roundtable (schema ${file.board.schemaVersion}; this one knows up to ${SCHEMA_VERSION}).`);
  }
  const title = file.document.meta.entries.title;
  if (typeof title !== 'string' || title.trim() === '') return fail('This export is damaged: the board has no title.');
  for (const [id, section] of Object.entries(file.document.sections.entries)) {
    if (!isNode<MapNode>(section, 'map')) return fail(`This export is damaged: section ${id} is not a section.`);
    const kind = section.entries.kind;
    if (!isSectionKind(kind)) return fail(`This export is damaged: section ${id} has an unknown kind (${JSON.stringify(kind ?? null)}).`);
    if (section.entries.id !== id) return fail(`This export is damaged: section ${id} carries another id.`);
  }
  for (const [id, member] of Object.entries(file.document.members.entries)) {
    if (!isNode<MapNode>(member, 'map')) return fail(`This export is damaged: member ${id} is not a member.`);
  }
  return ok(file);
}

/** Parses the text of a board file (JSON.parse, then parseBoardFile). */
export function parseBoardFileText(text: string): Result<BoardFile> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('This file is not a Roundtable board export (it is not JSON).');
  }
  return parseBoardFile(value);
}
