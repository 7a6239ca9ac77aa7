import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardedREST } from '@/server/api-route'

export const GET = guardedREST(config, REST_GET(config))
export const POST = guardedREST(config, REST_POST(config))
export const DELETE = guardedREST(config, REST_DELETE(config))
export const PATCH = guardedREST(config, REST_PATCH(config))
export const PUT = guardedREST(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
