import path from 'node:path'

/**
 * Which database the platform talks to, decided from DATABASE_URI alone so that the server,
 * the scripts and the tests always agree.
 */
export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

export const dataDirectory = path.resolve(process.cwd(), '.data')
export const defaultSqliteFile = path.join(dataDirectory, 'platform.db')

export class DatabaseConfigError extends Error {}

export function resolveDatabaseTarget(uri: string | undefined = process.env.DATABASE_URI): DatabaseTarget {
  const value = uri?.trim()
  if (!value) {
    return { kind: 'sqlite', file: defaultSqliteFile, url: `file:${defaultSqliteFile}` }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const file = path.resolve(value.slice('file:'.length))
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  throw new DatabaseConfigError(
    `DATABASE_URI is not a supported database address: "${redact(value)}". ` +
      'Use mongodb://… or mongodb+srv://… for MongoDB, file:path/to/database.db for an embedded SQLite file, ' +
      'or leave it unset to use the embedded database in .data/.',
  )
}

/** Never echo credentials back into logs. */
function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@')
}
