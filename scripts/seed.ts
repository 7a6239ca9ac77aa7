/**
 * npm run seed [-- --reset]   write the demo content (policies, role guides, demo accounts)
 * npm run seed -- --if-empty  only when the database has no users and no policies yet
 */
import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { resolveDatabaseTarget } from '@/lib/database'
import { demoAccounts, isDatabaseEmpty, seedDemoContent } from '@/seed'

import { migrations } from '../src/migrations'
import { runScript } from './run-script'

await runScript(async () => {
  const { values } = parseArgs({ options: { reset: { type: 'boolean' }, 'if-empty': { type: 'boolean' } }, strict: true })
  const target = resolveDatabaseTarget()
  if (process.env.NODE_ENV === 'production' && target.kind === 'mongodb') {
    throw new Error('Refusing to seed demo accounts with known passwords into a production MongoDB database.')
  }
  const payload = await getPayload({ config })
  // A fresh embedded database has no tables yet: apply the committed migrations first, as
  // `npm run dev` does. (MongoDB needs none for the demo content.)
  if (target.kind === 'sqlite') await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (!values.reset && !(await isDatabaseEmpty(payload))) {
    if (!values['if-empty']) {
      console.log('The database already has content, so nothing was written. `npm run seed -- --reset` replaces it with the demo content.')
    }
    return
  }
  await seedDemoContent(payload, { reset: values.reset })
  console.log('Demo content written. Demo accounts (development only):')
  for (const account of demoAccounts) console.log(`  ${account.roles.join(', ').padEnd(24)} ${account.email.padEnd(24)} ${account.password}`)
})
