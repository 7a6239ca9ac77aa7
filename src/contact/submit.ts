import { ValidationError, type Payload } from 'payload'

import { clientAddress, takeFromLimit } from '@/limits'

import { contactSchema } from '@/schemas/contact'
import { fieldErrors } from '@/schemas/fields'

import { notifyContactMessages, storeContactMessage } from './store'

export type ContactInput = { name: string; email: string; topic: string; message: string; /** the honeypot */ website?: string }
export type ContactErrors = Partial<Record<'name' | 'email' | 'topic' | 'message' | 'form', string>>
export type ContactResult = { ok: true } | { ok: false; status: 400 | 429 | 503; errors: ContactErrors }

const contactFields = new Set<string>(['name', 'email', 'topic', 'message'])
const notStored = 'Your message could not be stored just now, so nothing was sent. Please try again in a few minutes.'

/**
 * Stores a contact-form message before answering: once this returns ok, nothing is lost. The
 * email to the team and the confirmation to the sender are queued from the stored message
 * (src/contact/store.ts), so a slow or absent mail server never slows the answer.
 */
export async function submitContactMessage(payload: Payload, input: ContactInput, from: { address: string }): Promise<ContactResult> {
  // Bots fill every field; people never see this one. Answer as if it worked, store nothing.
  if (input.website?.trim()) return { ok: true }

  const fromConnection = await takeFromLimit(payload, 'contact', { address: from.address })
  if (fromConnection) return { ok: false, status: 429, errors: { form: fromConnection.message } }

  const parsed = contactSchema.safeParse(input)
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors<keyof ContactErrors>(parsed.error) }

  // The confirmation goes to whatever address was typed in: a few an hour to any one inbox, so
  // the form cannot mail someone over and over (src/limits/policies.ts).
  const toInbox = await takeFromLimit(payload, 'contact', { email: input.email })
  if (toInbox) return { ok: false, status: 429, errors: { form: toInbox.message } }

  try {
    await storeContactMessage(payload, parsed.data)
  } catch (error) {
    // The collection's own validation has the last word (Payload's email check is stricter than
    // the form's): the visitor is told which field to change, as for the form's own checks.
    if (error instanceof ValidationError) return { ok: false, status: 400, errors: collectionErrors(error) }
    payload.logger.error({ err: error, msg: 'A contact message could not be stored' })
    return { ok: false, status: 503, errors: { form: notStored } }
  }
  return { ok: true }
}

function collectionErrors(error: ValidationError): ContactErrors {
  const errors: ContactErrors = {}
  for (const { path, message } of error.data.errors) {
    const key = contactFields.has(path) ? (path as keyof ContactErrors) : 'form'
    errors[key] ??= message
  }
  return errors
}

/**
 * POST /api/contact-messages/submit: the JSON body (already parsed; null if it was not JSON) and
 * the request's headers in, the status and JSON to answer out (collections/ContactMessages).
 */
export async function answerContactSubmission(payload: Payload, body: unknown, headers: Pick<Headers, 'get'>): Promise<{ status: number; json: unknown }> {
  if (!body || typeof body !== 'object') return { status: 400, json: { errors: { form: 'Send the message as JSON.' } } }
  const text = (key: string) => {
    const value = (body as Record<string, unknown>)[key]
    return typeof value === 'string' ? value : ''
  }
  const input = { name: text('name'), email: text('email'), topic: text('topic'), message: text('message'), website: text('website') }
  const result = await submitContactMessage(payload, input, { address: clientAddress(headers) })
  if (!result.ok) return { status: result.status, json: { errors: result.errors } }
  notifyContactMessages(payload)
  return { status: 201, json: { message: 'Thank you: your message is received. A confirmation is on its way to your inbox.' } }
}
