import "server-only";

// Every timing and limit of sign-in, in one place.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SESSION = {
  /** A session unused for this long is over (measured from lastSeenAt). */
  idleMs: 8 * HOUR,
  /** A session is over this long after sign-in, however busy (Session.expiresAt). */
  absoluteMs: 7 * 24 * HOUR,
  /** lastSeenAt is written at most this often, so reading pages does not write on every request. */
  touchEveryMs: MINUTE,
} as const;

/**
 * Sign-in throttling (./throttle.ts). A "source" is an IPv4 address or an IPv6
 * /64. Only failures within the window count; refusals are not failures, so a
 * refusal ends by itself once the failures behind it are older than the window.
 */
export const THROTTLE = {
  /** Failures older than this are forgotten (and pruned). */
  windowMs: 15 * MINUTE,
  /** Each delay grows by this much per failure beyond its threshold… */
  delayStepMs: 1000,
  /** …up to this: the longest anyone waits for an answer. */
  maxDelayMs: 5000,
  /**
   * One source guessing one account (since that source's last success with it):
   * slower after 3 failures, refused after 10. This is the limit that binds a
   * brute force, and it cannot lock the owner out from their own address.
   */
  pair: { delayAfter: 3, refuseAfter: 10 },
  /** One source, every account (password spraying): slower after 20 failures, refused after 50. */
  source: { delayAfter: 20, refuseAfter: 50 },
  /**
   * One account, every source (since its last success): slower after 10
   * failures, never refused, so an attack from elsewhere costs the owner at
   * most maxDelayMs.
   */
  account: { delayAfter: 10 },
  /** Attempts older than the window deleted per new attempt, at most. */
  pruneBatch: 200,
} as const;

/** Audit rows of failed and refused sign-ins (src/server/audit.ts). */
export const SIGN_IN_AUDIT = {
  /** Repeats (same action, source, email, detail) within this long of a row's first are counted in that row. */
  foldWindowMs: 15 * MINUTE,
  /**
   * Rows one source may start within the fold window; beyond it, its failures
   * for further addresses are counted in one row per action without an email.
   */
  rowsPerSource: 20,
} as const;
