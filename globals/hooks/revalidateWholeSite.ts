import type { GlobalAfterChangeHook } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

/** Header, footer and site name appear on every page. */
export const revalidateWholeSite: GlobalAfterChangeHook = ({ doc, req, context }) => {
  if (!context.disableRevalidate) revalidatePaths(req.payload, ['/'], 'layout')
  return doc
}
