import type { Payload } from 'payload'

import { saveSchedule } from '@/meetings/book'

/*
 * Booking hours for the demo Mentor and Connector, so that a demo mentorship can book a meeting
 * straight away: the Connector's short sessions on Chicago evenings and Saturday mornings, the
 * Mentor's longer ones on London evenings.
 */

type Id = number | string

export async function seedBookingHours(payload: Payload, { mentor, connector }: { mentor: Id; connector: Id }): Promise<void> {
  const hours = [
    {
      member: connector,
      schedule: {
        timeZone: 'America/Chicago',
        windows: [
          { weekday: 'tue', start: '17:00', end: '19:00' },
          { weekday: 'thu', start: '17:00', end: '19:00' },
          { weekday: 'sat', start: '10:00', end: '12:00' },
        ],
        lengths: [20, 30],
        bufferMinutes: 10,
        noticeHours: 12,
        horizonDays: 28,
        dailyLimit: 3,
        away: [],
      },
      place: { kind: 'video', detail: 'https://meet.example.org/demo-connector' },
    },
    {
      member: mentor,
      schedule: {
        timeZone: 'Europe/London',
        windows: [
          { weekday: 'mon', start: '18:00', end: '20:30' },
          { weekday: 'wed', start: '18:00', end: '20:30' },
        ],
        lengths: [30, 45],
        bufferMinutes: 15,
        noticeHours: 24,
        horizonDays: 42,
        dailyLimit: 2,
        away: [],
      },
      place: { kind: 'phone', detail: 'A phone call: share your number in the conversation and I will ring you.' },
    },
  ]
  for (const { member, schedule, place } of hours) {
    const saved = await saveSchedule(payload, { id: member as number, roles: [] }, { schedule, place })
    if (!saved.ok) throw new Error(`The demo booking hours were refused: ${JSON.stringify(saved.errors)}`)
  }
}
