// Totals every suite's vitest JSON report (test-results/*.json) into one closing line,
// "N passed, N failed". Exits 1 when a test failed or when no test ran at all.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
// Workspace packages live in apps/*, packages/*, tools/*, plus the top-level bench package.
const packageDirs = ['apps', 'packages', 'tools'].filter((g) => existsSync(g)).flatMap((g) => readdirSync(g).map((p) => join(g, p)));
packageDirs.push('bench');
for (const pkg of packageDirs) {
  const dir = join(pkg, 'test-results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`${pkg}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
