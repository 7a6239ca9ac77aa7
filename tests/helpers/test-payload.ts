import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

/**
 * Payload on this test file's own database (see setup-env.ts). `env` is applied before the
 * config is first imported, for settings such as SMTP_URL that the config reads at start.
 */
export async function startTestPayload(env: Record<string, string> = {}): Promise<Payload> {
  Object.assign(process.env, env)
  const [{ default: config }, { getPayload }, { prepareDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('../../src/db/prepare'),
  ])
  const payload = await getPayload({ config })
  // What `npm run db:prepare` does before a server starts: migrations, and MongoDB's indexes.
  await prepareDatabase(payload)
  return payload
}

export async function stopTestPayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  if (process.env.DATABASE_URI?.startsWith('mongodb')) {
    const mongo = payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }
    await mongo.connection?.dropDatabase()
  }
  await payload.destroy()
}

let counter = 0
/** A user of the given roles, created as an admin would. */
export async function createUser(payload: Payload, roles: string[], extra: Record<string, unknown> = {}) {
  counter += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `person${counter}-${randomBytes(3).toString('hex')}@example.test`,
      password: 'a-long-test-password',
      chosenName: `Person ${counter}`,
      roles,
      _verified: true,
      ...extra,
    } as never,
    overrideAccess: true,
    disableVerificationEmail: true,
  })
}
