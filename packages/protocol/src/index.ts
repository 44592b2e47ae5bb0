/** @roundtable/protocol: the wire contracts shared by the relay, the web app and the load generator. */
export {
  MessageType,
  SyncType,
  parseMessage,
  parseClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  encodeAwareness,
  type Message,
  type ClientMessage,
} from './protocol.js';
export { parseServerMessage, encodeQueryAwareness, type ServerMessage } from './serverMessages.js';
export { encodeAwarenessUpdate, type AwarenessEntry } from './awarenessUpdate.js';
export {
  CLOSE_CODES,
  CloseCode,
  closeCodeSpec,
  closePolicy,
  shouldRetryClose,
  finalCloseMessage,
  type CloseCodeName,
  type CloseCodeSpec,
  type ClosePolicy,
} from './closeCodes.js';
export {
  parsePresence,
  presenceState,
  MAX_PRESENCE_MEMBER_ID_LENGTH,
  MAX_PRESENCE_SECTION_ID_LENGTH,
  type PresenceState,
  selectionTint,
  type PresenceUser,
} from './presence.js';
export { RECONNECT_BASE_MS, RECONNECT_CAP_MS, reconnectDelayMs } from './reconnect.js';
