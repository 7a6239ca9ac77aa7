/**
 * Where queued jobs (the email outbox, request reminders and expiries, deadlines, scheduled
 * publishing) run. On one machine the web process runs them itself, on a schedule and right
 * after a request queued one. With several web instances, set JOBS_WORKER=separate on them and
 * run `npm run worker` once: the instances then only queue, and the worker runs every job once.
 */

/** Set by scripts/worker.ts for its own process. */
export const workerRoleVariable = 'PCN_JOBS_ROLE'

const isWorker = (env: NodeJS.ProcessEnv) => env[workerRoleVariable] === 'worker'
const separateWorker = (env: NodeJS.ProcessEnv) => env.JOBS_WORKER === 'separate'

/** Whether this process runs the queue on its schedule (PAYLOAD_JOBS_AUTORUN=false also stops it). */
export function runsScheduledJobs(env: NodeJS.ProcessEnv = process.env): boolean {
  if (isWorker(env)) return true
  return !separateWorker(env) && env.PAYLOAD_JOBS_AUTORUN !== 'false'
}

/** Whether this process delivers what a request queued right after answering it. */
export function runsJobsAfterRequests(env: NodeJS.ProcessEnv = process.env): boolean {
  return isWorker(env) || !separateWorker(env)
}
