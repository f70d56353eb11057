// Web addresses typed by editors are shown as links only when they are http(s):
// a stored `javascript:` or `data:` address is shown as text, never followed.

export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
