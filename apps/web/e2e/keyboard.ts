/**
 * Keyboard-only steps for the end-to-end suites: where focus is (`document.activeElement`), Tab
 * until a control has focus, and whether the focused control shows a focus indicator a sighted
 * keyboard user can see. No pointer involved.
 */
import type { Page } from 'playwright-core';

/** What has focus, as a keyboard user meets it. */
export interface FocusInfo {
  /** Accessible-name-like text: aria-label, the label of a field, or the visible text. */
  name: string;
  tag: string;
  role: string | null;
  id: string;
}

/** The element that has focus now (`document.activeElement`), described. */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const field = el as HTMLInputElement;
    const label = el.getAttribute('aria-label')
      ?? (field.labels && field.labels[0] ? field.labels[0].innerText : null)
      ?? (el as HTMLElement).innerText;
    return { name: (label ?? '').replace(/\s+/g, ' ').trim(), tag: el.tagName.toLowerCase(), role: el.getAttribute('role'), id: el.id };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches `target`; fails naming
 * every stop it passed when `max` presses do not reach it.
 */
export async function tabTo(page: Page, target: string | RegExp, { max = 40, back = false } = {}): Promise<FocusInfo> {
  const matches = (name: string) => (typeof target === 'string' ? name === target : target.test(name));
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now.name)) return now;
    passed.push(`${now.tag}${now.role ? `[${now.role}]` : ''} "${now.name}"`);
  }
  throw new Error(`Tab did not reach ${String(target)} in ${max} presses; it passed:\n${passed.join('\n')}`);
}

/**
 * Why the focused element's focus would be hard to see, or null when it is fine: it (or the card
 * standing for a visually hidden radio) must draw a focus ring (an outline of at least 2 px or a
 * box-shadow ring) and be on screen and opaque, after entry transitions end.
 */
export function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    await Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined)));
    const active = document.activeElement;
    if (!active || active === document.body) return 'nothing has focus';
    // A visually hidden radio (template cards, agreement levels and outcomes) is shown by its card.
    const shown = (active.closest('.template-card, .agree-levels__option, .agree-segment') as HTMLElement | null) ?? (active as HTMLElement);
    const style = getComputedStyle(shown);
    // An outline of 2 px or more, or (fields) an opaque box-shadow ring around the border.
    const opaqueRing = style.boxShadow.split(/,(?![^(]*\))/).some((shadow) => /^\s*rgb\(/.test(shadow) && /0px 0px 0px [1-9]/.test(shadow));
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || opaqueRing;
    const rect = shown.getBoundingClientRect();
    let opacity = 1;
    for (let el: Element | null = shown; el; el = el.parentElement) opacity *= parseFloat(getComputedStyle(el).opacity);
    const label = `${shown.tagName.toLowerCase()} "${(shown.getAttribute('aria-label') ?? shown.textContent ?? '').trim().slice(0, 60)}"`;
    if (!ring) return `${label} has focus but no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`;
    if (rect.width < 2 || rect.height < 2) return `${label} has focus but is ${rect.width}×${rect.height} px`;
    if (opacity < 0.99) return `${label} has focus but is ${Math.round(opacity * 100)}% opaque`;
    return null;
  });
}
