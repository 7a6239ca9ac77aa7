import { revalidationsSent } from '@/lib/revalidate'

/** Runs a command-line script: clear message and exit code 1 on failure, never a hanging process. */
export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main()
    // Pages the script changed are refreshed by a web instance; wait for its answer (or the error logged).
    await revalidationsSent()
    process.exit(0)
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
