/**
 * Accessibility audits for the end-to-end suites: axe-core 4 (the npm package, injected into the
 * page under test) with the WCAG 2.1 A and AA rules. `expectAccessible(page, label)` audits the
 * screen as it is now at 1280 px and 375 px, in the light and the dark theme, and fails on any
 * violation of impact serious or critical, naming the rule, the impact and each element.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets every screen must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One way of looking at a screen: a viewport width and a colour scheme. */
export interface AuditVariant {
  width: number;
  colorScheme: 'light' | 'dark';
}

/** Wide and phone widths, light and dark: what the issue asks every screen to pass. */
export const ALL_VARIANTS: readonly AuditVariant[] = [
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
  { width: 375, colorScheme: 'light' },
  { width: 375, colorScheme: 'dark' },
];

/** Impacts that fail the audit (minor and moderate findings are reported by axe but tolerated). */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Audits the screen `page` shows now, as each of `variants` (default: 1280/375 px × light/dark),
 * then restores the page's viewport and colour scheme. Throws one error listing every serious or
 * critical violation with its rule id, impact, help text, and each element's selector and HTML.
 */
export async function expectAccessible(page: Page, label: string, variants: readonly AuditVariant[] = ALL_VARIANTS): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const scheme = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const failures: string[] = [];
  try {
    for (const variant of variants) {
      if (variant.width !== page.viewportSize()?.width) await page.setViewportSize({ width: variant.width, height: viewport.height });
      await page.emulateMedia({ colorScheme: variant.colorScheme });
      const violations = await axeViolations(page);
      for (const v of violations) failures.push(describeViolation(v, `${variant.width} px, ${variant.colorScheme}`));
    }
  } finally {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
  }
  if (failures.length > 0) {
    throw new Error(`axe-core: "${label}" has ${failures.length} serious or critical violation(s):\n\n${failures.join('\n\n')}`);
  }
}

/** Runs axe once on the page as it is (after finite animations settle); serious and critical violations only. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Evaluated through the DevTools protocol, not a <script> tag: the relay's Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the audit must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    // A dialog or toast fading in would be measured half-transparent: jump finite animations to
    // their end (infinite ones, such as a pulsing dot, are left alone). Finishing rather than
    // awaiting them: a page in a window that is not in front renders no frames, so a transition
    // the width change just started would never end on its own.
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    for (const a of finite) {
      try {
        a.finish();
      } catch {
        // An animation that cannot finish (e.g. a negative playback rate with infinite delay) is left as it is.
      }
    }
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, [...WCAG_TAGS]);
  return results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
}

function describeViolation(v: Result, where: string): string {
  const nodes = v.nodes.map((n) => {
    const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ');
    const why = n.failureSummary ? `\n      ${n.failureSummary.replace(/\n\s*/g, ' ')}` : '';
    return `    - ${target}\n      ${n.html.slice(0, 240)}${why}`;
  });
  return `[${where}] ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
}
