/** @roundtable/protocol: the y-websocket wire protocol shared by the relay and the load generator. */
export * from './protocol.js';
export * from './serverMessages.js';
export * from './awarenessUpdate.js';
