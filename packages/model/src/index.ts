/** @roundtable/model: the board document, its named operations and selectors. */
export * from './schema.js';
export * from './result.js';
export * from './origin.js';
export * from './operations.js';
export * from './order.js';
export * from './log.js';
export * from './templates.js';
export * from './board.js';
export * from './sections.js';
export * from './members.js';
export * from './selectors.js';
export * from './migrations.js';
export { newId } from './ids.js';
