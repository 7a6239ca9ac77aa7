import { isTimeZone } from './languages'

/** Where the platform's events usually happen, when nobody chose otherwise: the seeds' network is in the United States. */
const fallbackTimeZone = 'America/Chicago'

/**
 * The zone new events start in (SITE_TIME_ZONE, an IANA name such as Europe/Berlin). A name the
 * runtime does not know stops the server at start with the setting named, instead of events
 * silently published in the wrong zone.
 */
export function siteTimeZone(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_TIME_ZONE?.trim()
  if (!value) return fallbackTimeZone
  if (!isTimeZone(value))
    throw new Error(`SITE_TIME_ZONE is not a time zone this server knows: "${value}". Use an IANA name, e.g. America/New_York or Europe/London.`)
  return value
}
