'use client'

import type { DateFieldClientComponent } from 'payload'

import { DateTimeField, useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { keepWallClock } from '@/lib/time-zone'

/**
 * Payload's date-and-time field with its zone, except that picking another zone keeps the time
 * typed: staff who type 5:00 PM and then choose Central time mean 5:00 PM in Chicago, not the
 * same instant shown on Chicago's clock. Payload stores the instant (UTC) in the field and the
 * zone's name beside it (`<field>_tz`); this moves the instant when the zone changes.
 */
export const WallClockDateTimeField: DateFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const zonePath = `${path}_tz`
  const value = useFormFields(([fields]) => fields?.[path]?.value as string | null | undefined)
  const zone = useFormFields(([fields]) => fields?.[zonePath]?.value as string | null | undefined)
  const { dispatchFields } = useForm()
  const seen = useRef({ value, zone })

  useEffect(() => {
    const before = seen.current
    seen.current = { value, zone }
    // Only a change of zone alone is a person's choice; both at once is the form being reset to saved data.
    if (!zone || !value || zone === before.zone || value !== before.value) return
    // Without a zone Payload shows the time on the browser's clock, so that is what was typed.
    const typedIn = before.zone || Intl.DateTimeFormat().resolvedOptions().timeZone
    const moved = keepWallClock(value, typedIn, zone)
    if (moved === value) return
    seen.current = { value: moved, zone }
    dispatchFields({ type: 'UPDATE', path, value: moved })
  }, [dispatchFields, path, value, zone])

  return <DateTimeField {...props} />
}
