/**
 * npm run worker: the jobs worker. Runs every queued job of the deployment (the email outbox,
 * request reminders and expiries, opportunity deadlines, the contact form's sweep, scheduled
 * publishing) on Payload's schedule, once, however many web instances there are. Run one, next
 * to web instances started with JOBS_WORKER=separate (which then only queue). Stops cleanly on
 * SIGTERM or SIGINT (an email being sent at that moment is released after its claim times out
 * and sent by the next run).
 */
import { workerRoleVariable } from '@/lib/jobs-runner'

// Before the config is read: this process is the one that runs the queue.
process.env[workerRoleVariable] = 'worker'

const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])

try {
  // `cron`: start Payload's job schedule in this process, as its Next integration does in a web one.
  const payload = await getPayload({ config, cron: true })
  payload.logger.info('Jobs worker running: the outbox every 10 seconds, everything else every minute.')
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`Jobs worker stopping (${signal}).`)
    await payload.destroy()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
} catch (error) {
  console.error(`\nThe jobs worker could not start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
