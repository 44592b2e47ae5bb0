/**
 * Page-side instrumentation for B5, installed before the app loads (Playwright addInitScript).
 * It stands in for the React DevTools hook, which React DOM calls on every commit even in
 * production builds, and counts commits and the components that actually rendered in each:
 * a fiber rendered when it is new or carries React's PerformedWork flag (1); a subtree whose
 * child pointer is unchanged was bailed out and is not visited (DevTools' own rule).
 * Exposed as window.__bench = { commits, rendered, reset() }.
 */
export const REACT_COMMIT_COUNTER = `(() => {
  const PERFORMED_WORK = 1;
  // Function, class, forwardRef, memo and simple-memo components (React work tags).
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const bench = { commits: 0, rendered: 0, reset() { this.commits = 0; this.rendered = 0; } };
  window.__bench = bench;
  const countRendered = (root) => {
    let n = 0;
    const stack = [root.current];
    while (stack.length) {
      const fiber = stack.pop();
      const fresh = fiber.alternate === null;
      if (COMPONENT_TAGS.has(fiber.tag) && (fresh || (fiber.flags & PERFORMED_WORK))) n++;
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
