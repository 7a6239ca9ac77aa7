import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

const lockedInEnglish = new LockedAuth().message

/**
 * Payload's own lockout (the users collection's maxLoginAttempts) only ever locks an account
 * that exists, so its "This user is locked…" would tell an attacker which addresses have
 * accounts. The shared sign-in limit (src/limits/sign-in.ts) refuses first in any burst of
 * failures; when Payload's lock holds and that limit does not (failures spread over a longer
 * time), the REST and GraphQL answers are those of a wrong password, word for word. The lock
 * itself still holds, and a password reset lifts it.
 */
export const answerPayloadLockAsWrongPassword: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const cause = (error as Error & { originalError?: unknown }).originalError ?? error
  if (!isPayloadLock(cause, req.t)) return
  const wrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: wrongPassword.message,
        extensions: { ...graphqlResult.extensions, name: wrongPassword.name, data: undefined, statusCode: wrongPassword.status },
      },
    }
  }
  return { response: { errors: [{ message: wrongPassword.message }] }, status: wrongPassword.status }
}

/** Recognised by status and words: the class may come from another bundled copy of Payload. */
function isPayloadLock(error: unknown, t: ((key: 'error:userLocked') => string) | undefined): boolean {
  if (!(error instanceof Error) || (error as { status?: unknown }).status !== 401) return false
  return error.message === lockedInEnglish || (typeof t === 'function' && error.message === t('error:userLocked'))
}
