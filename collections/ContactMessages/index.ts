import type { CollectionConfig, Endpoint } from 'payload'

import { isAdmin } from '@/access'
import { answerContactSubmission } from '@/contact/submit'
import { contactTopics } from '@/contact/topics'
import { contactLimits } from '@/schemas/contact'

/** POST /api/contact-messages/submit: the contact form for scripts and other clients, same rules as the page. */
const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = await req.json?.().catch(() => null)
    const { status, json } = await answerContactSubmission(req.payload, body, req.headers)
    return Response.json(json, { status })
  },
}

/** Messages sent through /contact. Only admins read them; they are written by the form alone. */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'topic', 'status', 'createdAt'],
    group: 'Site',
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  endpoints: [submitEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: contactLimits.name, admin: { readOnly: true } },
    { name: 'email', type: 'email', required: true, admin: { readOnly: true } },
    { name: 'topic', type: 'select', required: true, options: contactTopics.map(([value, label]) => ({ value, label })), admin: { readOnly: true } },
    { name: 'message', type: 'textarea', required: true, maxLength: contactLimits.message.max, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: [
        { label: 'New', value: 'new' },
        { label: 'Answered', value: 'answered' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'notification',
      label: 'Emails',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Waiting to be queued', value: 'pending' },
        { label: 'Being queued', value: 'claimed' },
        { label: 'Queued in the outbox', value: 'queued' },
      ],
      admin: { position: 'sidebar', readOnly: true, description: 'The team notice and the sender’s confirmation; see the outbox for delivery.' },
    },
    { name: 'notificationClaimedAt', type: 'date', admin: { hidden: true } },
  ],
}
