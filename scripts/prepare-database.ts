/**
 * Runs before `dev`, `build` and `start`: applies committed migrations to the embedded database
 * and, the first time, writes the demo content so a fresh checkout shows a working site.
 * MongoDB needs neither: Payload builds its indexes itself, and production data is never seeded.
 */
import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { resolveDatabaseTarget } from '@/lib/database'
import { demoAccounts, isDatabaseEmpty, seedDemoContent } from '@/seed'

import { migrations } from '../src/migrations'
import { runScript } from './run-script'

await runScript(async () => {
  const target = resolveDatabaseTarget()
  const payload = await getPayload({ config })
  if (target.kind !== 'sqlite') return

  // The generated list is typed for the SQLite adapter; the shared adapter interface is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (process.env.SEED_DEMO === 'false' || !(await isDatabaseEmpty(payload))) return

  await seedDemoContent(payload)
  console.log(`Empty database: demo content written. Sign in at /admin as ${demoAccounts[0].email} / ${demoAccounts[0].password} (see README for all demo accounts).`)
})
