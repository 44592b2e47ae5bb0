/**
 * `roundtable`: the administrator's command over the relay's store (`pnpm roundtable …` at the
 * repository root, or `node apps/relay/dist/cli/main.js …`).
 *
 *   roundtable list
 *   roundtable export <boardId> --format md|json|csv-cards|csv-commitments [--out FILE]
 *   roundtable delete <boardId> [--yes]
 *
 * Reads SQLite in ROUNDTABLE_DATA_DIR (./data) or Postgres at DATABASE_URL, like the relay.
 * Exit status: 0 done, 1 a problem with the store or the board, 2 a usage mistake.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { selectMeta } from '@roundtable/model';
import { AdminError, openAdminStores } from './adminStore.js';
import { EXPORT_FORMATS, deleteBoard, exportBoard, listBoards, loadBoard, type ExportFormat } from './commands.js';

const USAGE = `Usage:
  roundtable list
  roundtable export <boardId> --format ${EXPORT_FORMATS.join('|')} [--out FILE]
  roundtable delete <boardId> [--yes]

Reads the relay's store: SQLite in ROUNDTABLE_DATA_DIR (default ./data), or Postgres at DATABASE_URL.
`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, yes: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, boardId, ...extra] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') return USAGE;
  if (!['list', 'export', 'delete'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (command !== 'list' && !boardId) throw new UsageError(`${command} needs a board id (see \`roundtable list\`)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const format = parsed.values.format;
  if (command === 'export' && !(EXPORT_FORMATS as readonly string[]).includes(format ?? '')) {
    throw new UsageError(format === undefined ? `export needs --format (${EXPORT_FORMATS.join(', ')})` : `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  }

  const stores = await openAdminStores(process.env);
  try {
    if (command === 'list') return await listBoards(stores.store);
    if (command === 'export') {
      const text = await exportBoard(stores.store, boardId as string, format as ExportFormat, Date.now());
      if (!parsed.values.out) return text;
      writeFileSync(parsed.values.out, text);
      return `Wrote ${parsed.values.out}\n`;
    }
    if (!parsed.values.yes) {
      const doc = await loadBoard(stores.store, boardId as string);
      const title = selectMeta(doc).title;
      doc.destroy();
      if (!process.stdin.isTTY) throw new UsageError(`delete asks for the board's title; without a terminal pass --yes to delete "${title}"`);
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await rl.question(`Type the board's title to delete it for good ("${title}"): `);
      rl.close();
      if (answer.trim() !== title) throw new AdminError('the title did not match; nothing was deleted');
    }
    return await deleteBoard(stores.store, stores.keys, boardId as string, Date.now());
  } finally {
    await stores.close();
  }
}

try {
  process.stdout.write(await run(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`roundtable: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof AdminError) {
    process.stderr.write(`roundtable: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
