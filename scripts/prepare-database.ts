/**
 * Runs before `dev`, `build` and `start`: applies the committed migrations (SQLite's in
 * src/migrations, MongoDB's in src/migrations/mongodb), builds and checks MongoDB's indexes, and,
 * the first time on the embedded database, writes the demo content so a fresh checkout shows a
 * working site. Production data on MongoDB is never seeded.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { prepareDatabase } from '@/db/prepare'
import { resolveDatabaseTarget } from '@/lib/database'
import { demoAccounts, isDatabaseEmpty, seedDemoContent } from '@/seed'

import { runScript } from './run-script'

await runScript(async () => {
  const target = resolveDatabaseTarget()
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  if (target.kind !== 'sqlite') return

  if (process.env.SEED_DEMO === 'false' || !(await isDatabaseEmpty(payload))) return
  await seedDemoContent(payload)
  console.log(
    `Empty database: demo content written. Sign in at /admin as ${demoAccounts[0].email} / ${demoAccounts[0].password} (see README for all demo accounts).`,
  )
})
