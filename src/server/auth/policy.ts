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

export const THROTTLE = {
  /** Failures older than this are forgotten. */
  windowMs: 15 * MINUTE,
  /** After this many recent failures (per email, and per IP) each attempt waits before it is answered. */
  delayAfter: 5,
  /** The wait grows by this much per further failure… */
  delayStepMs: 1000,
  /** …up to this. */
  maxDelayMs: 5000,
  /** This many failures for one email (since its last success) within the window lock that email… */
  emailLockAfter: 10,
  /** …and this many from one IP lock that IP… */
  ipLockAfter: 50,
  /** …for this long after the last failure, without checking the password. */
  lockMs: 15 * MINUTE,
} as const;
