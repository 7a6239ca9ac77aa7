'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Shows the times in the browser's own time zone: when the page does not know the viewer's zone
 * yet, it reloads with `?tz=` set from the browser. Without JavaScript the page's zone list and
 * its "Show times" button do the same.
 */
export function SlotZoneDetect({ param = 'tz' }: { param?: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  useEffect(() => {
    if (searchParams.get(param)) return
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!zone) return
    const params = new URLSearchParams(searchParams.toString())
    params.set(param, zone)
    router.replace(`${pathname}?${params.toString()}${window.location.hash}`, { scroll: false })
  }, [param, pathname, router, searchParams])
  return null
}
