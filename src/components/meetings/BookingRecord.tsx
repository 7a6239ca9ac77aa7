import { meetingsBeforeRecord, type MeetingRecord } from '@/meetings/book'

/**
 * A member's reliability in meetings, in one line: "Kept 9 of 10 meetings · 1 cancelled late".
 * Nothing until they have had enough meetings for the record to say something.
 */
export function describeMeetingRecord(record: MeetingRecord): string | null {
  if (record.meetings < meetingsBeforeRecord) return null
  const kept = Math.max(0, record.meetings - record.lateCancellations - record.missed)
  return [
    `Kept ${kept} of ${record.meetings} meetings`,
    record.lateCancellations > 0 ? `${record.lateCancellations} cancelled late` : null,
    record.missed > 0 ? `${record.missed} missed` : null,
  ]
    .filter(Boolean)
    .join(' · ')
}

export function BookingRecord({ record, className }: { record: MeetingRecord; className?: string }) {
  const line = describeMeetingRecord(record)
  return line ? (
    <span className={className} data-testid="meeting-record">
      {line}
    </span>
  ) : null
}
