import { formatTime } from '@/lib/dates'

/**
 * Every limit on the platform, in one table: what is counted, per what, how many in which window.
 * Counts are kept for the whole deployment (src/limits/store.ts), so a limit holds whichever
 * server process answers and whatever address the client claims.
 *
 * Keys:
 * - `address`: the client's address (src/limits/client-address.mjs; an IPv6 /64 counts as one);
 * - `account`: the signed-in member;
 * - `email`: the address an email would go to, or that a sign-in names. Counting it too means
 *   many connections together cannot flood one inbox or guess one password.
 */
export type LimitKey = 'address' | 'account' | 'email'

export type LimitPolicy = {
  windowSeconds: number
  /** How many in the window, per key. A key a policy does not name is not counted. */
  points: Partial<Record<LimitKey, number>>
  /** What the person is told, per key, with when they may try again. */
  refusal: (key: LimitKey, wait: { minutes: number; until: Date }) => string
}

const minute = 60
const hour = 60 * minute

/** The default for hourly public writes; RATE_LIMIT_PER_HOUR replaces every hourly count below. */
const perHour = 10
/** Emails a form may send to one address in an hour: enough for a typo and a retry, not a relay. */
const perInbox = 3

const fromYourConnection =
  (what: string) =>
  (key: LimitKey, { minutes }: { minutes: number }) =>
    key === 'email'
      ? `We have sent enough emails to this address for now. Please try again in ${minutes} minutes.`
      : `Too many ${what} from your connection. Please try again in ${minutes} minutes.`

export const limitPolicies = {
  /**
   * Failed sign-ins (src/limits/sign-in.ts), per email address whether or not an account uses
   * it, and per connection. Fixed: RATE_LIMIT_PER_HOUR does not change the lockout.
   */
  signIn: {
    windowSeconds: 15 * minute,
    points: { email: 5, address: 30 },
    // The same words whether or not an account uses the address.
    refusal: (key, { until }) =>
      key === 'email'
        ? `Too many failed sign-ins: signing in with this email address is locked for now. Try again after ${formatTime(until.toISOString())} (UTC), or reset your password.`
        : `Too many failed sign-ins from your connection. Try again after ${formatTime(until.toISOString())} (UTC).`,
  },
  signUp: { windowSeconds: hour, points: { address: perHour, email: perInbox }, refusal: fromYourConnection('attempts') },
  /** Resending the confirmation link. */
  resend: { windowSeconds: hour, points: { address: perHour, email: perInbox }, refusal: fromYourConnection('attempts') },
  /** Confirmation links to an institution address when joining a programme, and their resending. */
  programEmail: { windowSeconds: hour, points: { address: perHour, account: perHour, email: perInbox }, refusal: fromYourConnection('attempts') },
  /** Asking for a password reset link. */
  reset: { windowSeconds: hour, points: { address: perHour, email: perInbox }, refusal: fromYourConnection('attempts') },
  /** The contact form; `email` counts the confirmations mailed to the typed-in address. */
  contact: { windowSeconds: hour, points: { address: perHour, email: perInbox }, refusal: fromYourConnection('messages') },
  /** Mentorship requests. */
  request: {
    windowSeconds: hour,
    points: { address: perHour, account: perHour },
    refusal: (_key, { minutes }) => `You have sent a lot in the last hour. Please try again in ${minutes} minutes.`,
  },
  /** Messages on a request: a conversation, not a flood (never fewer than 60 an hour). */
  message: {
    windowSeconds: hour,
    points: { address: 60, account: 60 },
    refusal: (_key, { minutes }) => `You have sent a lot in the last hour. Please try again in ${minutes} minutes.`,
  },
  /** Booking, proposing, moving and cancelling meetings: each emails the other person. */
  meeting: {
    windowSeconds: hour,
    points: { account: 30 },
    refusal: (_key, { minutes }) => `You have booked or changed a lot of meetings in the last hour. Please try again in ${minutes} minutes.`,
  },
  /** "I'm worried" about a mentorship: each emails the programme's staff. */
  worry: { windowSeconds: hour, points: { address: perHour, account: 5 }, refusal: fromYourConnection('messages') },
  /** Conduct reports; `email` counts the acknowledgements mailed to an anonymous reporter's address. */
  report: { windowSeconds: hour, points: { address: perHour, account: perHour, email: perInbox }, refusal: fromYourConnection('reports') },
} satisfies Record<string, LimitPolicy>

export type LimitName = keyof typeof limitPolicies

/**
 * RATE_LIMIT_PER_HOUR, when set, replaces every hourly count of public writes (per address, per
 * account, per inbox): for load tests, or a campus where many people share one address.
 * Messages and meeting changes keep their floors (60, 30); sign-in failures are not hourly and keep theirs.
 */
export function pointsFor(name: LimitName, key: LimitKey, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const policy: LimitPolicy = limitPolicies[name]
  const points = policy.points[key]
  if (name === 'signIn' && key === 'address') {
    // Failed sign-ins from one connection before it is stopped: a campus behind one address may
    // need more (SIGN_IN_FAILURES_PER_ADDRESS). The per-email lockout is fixed.
    const configured = Number(env.SIGN_IN_FAILURES_PER_ADDRESS)
    return Number.isInteger(configured) && configured > 0 ? configured : points
  }
  if (points === undefined || policy.windowSeconds !== hour) return points
  const configured = Number(env.RATE_LIMIT_PER_HOUR)
  if (!(Number.isFinite(configured) && configured > 0)) return points
  return name === 'message' || name === 'meeting' ? Math.max(points, configured) : configured
}
