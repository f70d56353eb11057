// The API's paging cursor: where the next page starts. Lists are ordered by
// record id, which never changes and is never reused, so a cursor is the last
// id a page held: walking the `next` links visits every record that stays
// published exactly once, whatever is added or edited meanwhile (a record
// published during the walk appears at the end). Opaque to clients (base64url
// of a versioned text), so the order can change without breaking the contract.

const PREFIX = "k1:";
const MAX_ID = 2 ** 31 - 1;

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function encodeCursor(afterId: number): string {
  return toBase64Url(`${PREFIX}${afterId}`);
}

/** The id a cursor starts after, or null when the text is not a cursor this API gave. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
  const match = /^k1:(0|[1-9]\d{0,9})$/.exec(text);
  if (!match) return null;
  const id = Number(match[1]);
  return id <= MAX_ID ? id : null;
}
