import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '@/access'

/** An admin putting a failed email back to "Queued" sends it on its way again. */
const requeueEmail: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status !== 'queued' || previousDoc?.status === 'queued') return doc
  await req.payload.jobs.queue({ task: 'send-email', input: { emailId: String(doc.id) }, queue: 'email', req })
  return doc
}

/**
 * The outbox: every email the platform sends, queued with what it will say before anything is
 * sent, then delivered by the jobs queue with retries (src/email/outbox.ts). Admins see what is
 * queued, sent or failing, and can queue a failed one again.
 */
export const Emails: CollectionConfig = {
  slug: 'emails',
  labels: { singular: 'Email', plural: 'Outbox' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'purpose', 'status', 'attempts', 'updatedAt'],
    group: 'Site',
    description: 'Every email the platform sends. Failing ones are retried with growing pauses; set a failed one back to “Queued” to try again.',
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'to', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'subject', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'purpose', type: 'text', index: true, admin: { readOnly: true, description: 'Which feature sent it.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { label: 'Queued', value: 'queued' },
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
        { label: 'Written to the log (no SMTP_URL)', value: 'logged' },
        { label: 'Retrying', value: 'retrying' },
        { label: 'Failed', value: 'failed' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true } },
    { name: 'lastError', type: 'text', admin: { position: 'sidebar', readOnly: true } },
    { name: 'claimedAt', type: 'date', admin: { hidden: true } },
    { name: 'sentAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'html', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'text', type: 'textarea', admin: { readOnly: true, description: 'The plain-text part, sent with the HTML.' } },
    {
      name: 'calendar',
      type: 'textarea',
      admin: { readOnly: true, description: 'A calendar invitation (iCalendar) sent with the email, for meetings.' },
    },
    {
      name: 'calendarMethod',
      type: 'select',
      options: ['REQUEST', 'CANCEL'].map((value) => ({ value, label: value })),
      admin: { readOnly: true },
    },
  ],
  hooks: { afterChange: [requeueEmail] },
}
