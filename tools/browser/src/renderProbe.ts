/**
 * Which React components rendered, and where on the page, for the render-isolation e2e and B5.
 * Installed before the app loads (Playwright `addInitScript`), it stands in for the React
 * DevTools hook, which React DOM calls on every commit even in production builds, and counts
 * the commits and the components that actually rendered in each: a fiber rendered when it is
 * new or carries React's PerformedWork flag (1); a subtree whose child pointer is unchanged was
 * bailed out and is not visited (DevTools' own rule). The page must not be using real DevTools.
 *
 * Each rendered component is also filed under the part of the page its DOM lies in:
 *  - `card:<id>` inside a brainstorm card, `row:<title>` inside an agenda row, `log-item:<id>`
 *    inside a session-log record, `log` in the rest of the log panel;
 *  - otherwise the nearest landmark: `header`, `agenda`, `detail`, `toasts`, or `page`
 *    (`detached` for a component whose DOM is not in the document).
 * Filing starts at the first reset(), i.e. with the measured changes: filing each of the first
 * render's thousands of components would cost the page what B5 measures.
 *
 * Exposed as `window.__renders = { commits, rendered, where, reset() }` (see `Renders`).
 */
export const RENDER_PROBE = `(() => {
  const PERFORMED_WORK = 1;
  const HOST_COMPONENT = 5;
  const HOST_TEXT = 6;
  // Function, class, forwardRef, memo and simple-memo components (React work tags).
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  let filing = false;
  const probe = { commits: 0, rendered: 0, where: [], reset() { this.commits = 0; this.rendered = 0; this.where = []; filing = true; } };
  window.__renders = probe;
  const hostNode = (fiber) => {
    const stack = [fiber.child];
    while (stack.length) {
      const f = stack.pop();
      if (!f) continue;
      if (f.tag === HOST_COMPONENT || f.tag === HOST_TEXT) return f.stateNode;
      stack.push(f.sibling, f.child);
    }
    for (let f = fiber.return; f; f = f.return) if (f.tag === HOST_COMPONENT) return f.stateNode;
    return null;
  };
  const whereIs = (node) => {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!el || !el.isConnected) return 'detached';
    const card = el.closest('[data-card-id]');
    if (card) return 'card:' + card.getAttribute('data-card-id');
    const row = el.closest('[data-testid="agenda-item"]');
    if (row) return 'row:' + row.getAttribute('aria-label');
    const item = el.closest('[data-testid="log-item"]');
    if (item) return 'log-item:' + item.getAttribute('data-log-id');
    if (el.closest('.activity')) return 'log';
    if (el.closest('.board-header')) return 'header';
    if (el.closest('.agenda')) return 'agenda';
    if (el.closest('[data-testid="section-detail"]')) return 'detail';
    if (el.closest('.toasts')) return 'toasts';
    return 'page';
  };
  const record = (root) => {
    const stack = [root.current];
    while (stack.length) {
      const fiber = stack.pop();
      const fresh = fiber.alternate === null;
      if (COMPONENT_TAGS.has(fiber.tag) && (fresh || (fiber.flags & PERFORMED_WORK))) {
        probe.rendered++;
        if (filing) probe.where.push(whereIs(hostNode(fiber)));
      }
      if (fresh || fiber.child !== fiber.alternate.child) {
        for (let child = fiber.child; child; child = child.sibling) stack.push(child);
      }
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) { probe.commits++; record(root); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})();`;

/** What the probe has recorded since its last reset(): `window.__renders` as the page holds it. */
export interface Renders {
  /** React commits. */
  commits: number;
  /** Components rendered, over all those commits. */
  rendered: number;
  /** Where each of them lies (`card:<id>`, `row:<title>`, …); filed only after the first reset(). */
  where: string[];
}
