/**
 * Which components rendered, and where on the page, for the render-isolation e2e. Installed
 * before the app loads (Playwright `addInitScript`), it stands in for the React DevTools hook,
 * which React DOM calls on every commit even in production builds — the method B5 uses
 * (bench/src/scenarios/reactCommitCounter.ts) — and records, per rendered component, the part
 * of the page its DOM lies in:
 *  - `card:<id>` inside a brainstorm card, `row:<title>` inside an agenda row, `log-item:<id>` inside a session-log record, `log` in the
 *    rest of the log panel;
 *  - otherwise the nearest landmark: `header`, `agenda`, `detail`, `toasts`, or `page`.
 * A fiber rendered when it is new or carries React's PerformedWork flag (1); a subtree whose
 * child pointer is unchanged was bailed out and is not visited (DevTools' own rule).
 * Exposed as `window.__renders = { commits, rendered: string[], reset() }`.
 */
export const RENDER_PROBE = `(() => {
  const PERFORMED_WORK = 1;
  const HOST_COMPONENT = 5;
  const HOST_TEXT = 6;
  // Function, class, forwardRef, memo and simple-memo components (React work tags).
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const probe = { commits: 0, rendered: [], reset() { this.commits = 0; this.rendered = []; } };
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
  const where = (node) => {
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
      if (COMPONENT_TAGS.has(fiber.tag) && (fresh || (fiber.flags & PERFORMED_WORK))) probe.rendered.push(where(hostNode(fiber)));
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

/** What the probe recorded on a page. */
export interface Renders {
  commits: number;
  rendered: string[];
}
