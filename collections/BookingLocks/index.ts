import type { CollectionConfig } from 'payload'

/**
 * One row per Mentor or Connector who takes bookings: the lock that makes their bookings happen
 * one at a time, across every server instance (src/meetings/lock.ts). Taken and released by the
 * platform only; nobody reads or writes it through the API.
 */
export const BookingLocks: CollectionConfig = {
  slug: 'booking-locks',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'free',
      options: [
        { label: 'Free', value: 'free' },
        { label: 'Held by a booking', value: 'held' },
      ],
    },
    { name: 'claimedAt', type: 'date' },
  ],
}
