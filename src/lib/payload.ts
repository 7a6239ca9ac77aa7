import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The one Payload instance of this process, for pages and queries. `cron` lets a server
 * process run queued jobs such as scheduled publishing (see `jobs` in payload.config.ts).
 */
export const getPayloadClient = () => getPayload({ config, cron: true })
