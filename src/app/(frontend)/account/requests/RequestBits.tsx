import { Badge, type BadgeProps } from '@/components/ui/badge'
import { requestStatusLabel, type RequestStatus } from '@/mentorship/topics'

const statusVariants: Record<RequestStatus, BadgeProps['variant']> = {
  pending: 'warning',
  'more-info': 'warning',
  accepted: 'success',
  declined: 'outline',
  withdrawn: 'outline',
  expired: 'outline',
  ended: 'secondary',
}

/** A request's status as a badge: waiting ones stand out, closed ones recede. */
export function RequestStatusBadge({ status, testId }: { status: RequestStatus; testId?: string }) {
  return (
    <Badge variant={statusVariants[status] ?? 'secondary'} data-testid={testId}>
      {requestStatusLabel(status)}
    </Badge>
  )
}

/** A date and time as the site shows them (UTC, so cached pages read the same everywhere), machine-readable too. */
export function When({ value, className }: { value: string; className?: string }) {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return (
    <time dateTime={date.toISOString()} className={className}>
      {longDateTime.format(date)}
    </time>
  )
}

const longDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
