import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload instance of this process, for pages and queries. */
export const getPayloadClient = () => getPayload({ config })
