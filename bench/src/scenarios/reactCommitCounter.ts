/**
 * Page-side instrumentation for B5, installed before the app loads (Playwright addInitScript).
 * It stands in for the React DevTools hook, which React DOM calls on every commit even in
 * production builds, and counts commits and the components that actually rendered in each:
 * a fiber rendered when it is new or carries React's PerformedWork flag (1); a subtree whose
 * child pointer is unchanged was bailed out and is not visited (DevTools' own rule).
 * Each rendered component is also filed under where its DOM lies (`card:<id>`, `row:<title>`,
 * `log-item`, else `log`, `header`, `agenda`, `detail`, `page`), so a report can say which
 * part of the page re-rendered (from the first reset() on). Exposed as window.__bench = { commits, rendered, where, reset() }.
 */
export const REACT_COMMIT_COUNTER = `(() => {
  const PERFORMED_WORK = 1;
  // Function, class, forwardRef, memo and simple-memo components (React work tags).
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const HOST_COMPONENT = 5;
  const HOST_TEXT = 6;
  // Where components lie is recorded only after the first reset (the measured changes): filing
  // each of the first render's thousands of components would cost the page what it measures.
  const bench = { commits: 0, rendered: 0, where: [], filing: false, reset() { this.commits = 0; this.rendered = 0; this.where = []; this.filing = true; } };
  window.__bench = bench;
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
    if (el.closest('[data-testid="log-item"]')) return 'log-item';
    if (el.closest('.activity')) return 'log';
    if (el.closest('.board-header')) return 'header';
    if (el.closest('.agenda')) return 'agenda';
    if (el.closest('[data-testid="section-detail"]')) return 'detail';
    return 'page';
  };
  const countRendered = (root) => {
    let n = 0;
    const stack = [root.current];
    while (stack.length) {
      const fiber = stack.pop();
      const fresh = fiber.alternate === null;
      if (COMPONENT_TAGS.has(fiber.tag) && (fresh || (fiber.flags & PERFORMED_WORK))) {
        n++;
        if (bench.filing) bench.where.push(whereIs(hostNode(fiber)));
      }
      if (fresh || fiber.child !== fiber.alternate.child) {
        for (let child = fiber.child; child; child = child.sibling) stack.push(child);
      }
    }
    return n;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) { bench.commits++; bench.rendered += countRendered(root); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})();`;
