/** Where a meeting stands. A proposed meeting holds its time until the student answers. */
export const meetingStatuses = [
  ['proposed', 'Proposed, waiting for an answer'],
  ['booked', 'Booked'],
  ['declined', 'Proposal declined'],
  ['cancelled', 'Cancelled'],
] as const
export type MeetingStatus = (typeof meetingStatuses)[number][0]

/** Statuses that hold the mentor's time. */
export const holdingStatuses: MeetingStatus[] = ['proposed', 'booked']

/** How the two meet: the detail (the mentor's room link, how the call happens, the place) is theirs alone. */
export const meetingKinds = [
  ['video', 'Video call'],
  ['phone', 'Phone call'],
  ['place', 'In person'],
] as const
export type MeetingKind = (typeof meetingKinds)[number][0]

/** After the meeting, each says what happened; "missed" means the other person did not come. */
export const meetingMarks = [
  ['held', 'We met'],
  ['missed', 'The other person did not come'],
] as const
export type MeetingMark = (typeof meetingMarks)[number][0]

export const meetingKindLabel = (kind: string) => meetingKinds.find(([value]) => value === kind)?.[1] ?? 'Meeting'

/** Cancelling or moving a meeting with less notice than this counts as late, unless the site settings say otherwise. */
export const defaultLateCancellationHours = 12
