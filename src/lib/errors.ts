import { APIError, LockedAuth } from 'payload'

/**
 * A refusal whose message is written for the person who caused it (a 4xx): Payload passes it to
 * the API answer and the admin's toast as it is.
 */
export class UserFacingError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
    // Production bundles drop class names, and Payload answers "An unknown error occurred."
    // for an error without one: name it here, in a string the bundler keeps.
    this.name = 'UserFacingError'
  }
}

/*
 * Payload's errors are recognised by what they carry, not by `instanceof`. Next bundles Payload
 * once for the pages and their server actions and again for the API routes, and the one Payload
 * instance a server process shares throws the classes of whichever copy started it (the first
 * request, often the health check's API route): `error instanceof APIError` in a server action
 * is then false for a plain refusal.
 */
type PayloadError = Error & { status: number; data?: unknown }

function isPayloadError(error: unknown): error is PayloadError {
  return error instanceof Error && (error as { isOperational?: unknown }).isOperational === true && typeof (error as { status?: unknown }).status === 'number'
}

/** A Payload refusal (a 4xx, its message meant for the person) from either copy. */
export function isRefusal(error: unknown): error is PayloadError {
  return isPayloadError(error) && error.status >= 400 && error.status < 500
}

/** The field errors of a Payload ValidationError from either copy; undefined for anything else. */
export function validationIssues(error: unknown): { path: string; message: string }[] | undefined {
  if (!isPayloadError(error) || error.status !== 400) return undefined
  const errors = (error.data as { errors?: unknown } | null | undefined)?.errors
  return Array.isArray(errors) ? (errors as { path: string; message: string }[]) : undefined
}

const lockedMessage = new LockedAuth().message

/**
 * Why Payload's login refused: too many failed sign-ins for the address or connection (429, from
 * the shared limit in src/limits/sign-in.ts, its message written for the person), the address is
 * not yet confirmed (403), Payload's own lock after repeated failures (401 with the lock's
 * message), or the email and password do not match (any other 401).
 */
export function loginRefusal(error: unknown): 'limited' | 'unconfirmed' | 'locked' | 'mismatch' | undefined {
  if (!isRefusal(error)) return undefined
  if (error.status === 429) return 'limited'
  if (error.status === 403) return 'unconfirmed'
  if (error.status === 401) return error.message === lockedMessage ? 'locked' : 'mismatch'
  return undefined
}
