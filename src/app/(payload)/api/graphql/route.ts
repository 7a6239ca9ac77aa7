import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphQL } from '@/server/api-route'

export const POST = guardedGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
