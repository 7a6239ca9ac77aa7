import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'

/** Site name, header and footer: read once per render, shared by the layout and pages. */
export const getSiteShell = cache(async () => {
  const payload = await getPayloadClient()
  const [settings, navigation, footer] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false }),
    payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false }),
    payload.findGlobal({ slug: 'footer', depth: 0, overrideAccess: false }),
  ])
  return { settings, navigation, footer }
})
