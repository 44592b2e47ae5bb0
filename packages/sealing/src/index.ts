/** Sealed items (DESIGN §4): the envelope, board keys and their fingerprint, sealers bound to a board. */
export { decodeBase64Url, encodeBase64Url } from './base64url.js';
export { sealFail, sealOk, type SealResult } from './sealingResult.js';
export {
  MAX_SEALED_PLAINTEXT,
  PAD_BUCKETS,
  SEALED_ITEM_VERSION,
  SEALED_KINDS,
  SEAL_INFO,
  SEAL_LABEL,
  associatedData,
  open,
  paddedSize,
  seal,
  type SealTarget,
  type SealedKind,
} from './sealedItem.js';
export {
  boardKeyResponse,
  generateSealingKeyPair,
  keyFingerprint,
  parseBoardKeyResponse,
  publicKeyOf,
  type BoardKeyResponse,
  type SealingKeyPair,
} from './sealingKeys.js';
export { createOpener, createSealer, type BoardOpener, type BoardSealer, type SealPlace } from './sealers.js';
