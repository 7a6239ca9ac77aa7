import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDirectory, type DatabaseTarget } from './database'

export class MissingSecretError extends Error {}

const secretFile = path.join(dataDirectory, 'payload-secret')

/**
 * PAYLOAD_SECRET signs sessions. A deployment on MongoDB must set it, whatever NODE_ENV says (a
 * script or a process manager may leave NODE_ENV unset, and a generated secret would then differ
 * from machine to machine and be lost with the container). On the embedded database
 * (a local checkout, where `npm run build && npm start` has to work without set-up) a random
 * secret is generated once into .data/ and reused, so sessions survive restarts.
 */
export function resolvePayloadSecret(database: DatabaseTarget, env: NodeJS.ProcessEnv = process.env, file: string = secretFile): string {
  const configured = env.PAYLOAD_SECRET?.trim()
  if (configured) return configured

  if (database.kind !== 'sqlite') {
    throw new MissingSecretError(
      'PAYLOAD_SECRET is not set. On MongoDB the platform needs a long random secret to sign sessions, the same on every server: ' +
        'set PAYLOAD_SECRET in the environment (for example the output of `openssl rand -hex 32`) and start again.',
    )
  }
  return readOrCreateSecret(file)
}

function readOrCreateSecret(file: string): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing) return existing
  } catch {
    // not created yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  try {
    // 'wx' so two processes starting together agree on the first secret written.
    fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
    return secret
  } catch {
    return fs.readFileSync(file, 'utf8').trim()
  }
}
