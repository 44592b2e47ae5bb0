/** What a board id looks like in a path (ids are 16 random base62 characters; older ones may differ in length). */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9]{8,64}$/;
