import type { AfterErrorHook } from 'payload'

const missingRelationMessage =
  'A linked record named here does not exist (an industry, skill, photo, organisation or other id). Choose one that exists and send it again; nothing was saved.'

/** SQLite's refusal of an id that names no row, wherever the driver put it (the error or its cause). */
function isMissingRelation(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    if (current instanceof Error && current.message.includes('FOREIGN KEY constraint failed')) return true
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError
  }
  return false
}

/**
 * A write that links to a record that does not exist is the caller's mistake, not the
 * server's: the database refuses it (and its transaction is rolled back), and the caller is told
 * what to change with a 400 instead of "Something went wrong".
 */
export const explainMissingRelation: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isMissingRelation(error)) return
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, message: missingRelationMessage, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message: missingRelationMessage }] } }
}
