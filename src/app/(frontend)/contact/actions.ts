'use server'

import { headers } from 'next/headers'
import { after } from 'next/server'

import { submitContactMessage, type ContactErrors, type ContactInput } from '@/contact/submit'
import { notifyContactMessages } from '@/contact/store'
import { getPayloadClient } from '@/lib/payload'
import { clientAddress } from '@/limits'

export type ContactFormState = { errors: ContactErrors; values?: ContactInput; sent?: boolean }

export async function sendContactMessage(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const values: ContactInput = {
    name: String(form.get('name') ?? ''),
    email: String(form.get('email') ?? ''),
    topic: String(form.get('topic') ?? ''),
    message: String(form.get('message') ?? ''),
    website: String(form.get('website') ?? ''),
  }
  const payload = await getPayloadClient()
  const result = await submitContactMessage(payload, values, { address: clientAddress(await headers()) })
  if (!result.ok) return { errors: result.errors, values }
  // The message is stored; its emails are queued and sent once the answer is on its way.
  after(() => notifyContactMessages(payload))
  return { errors: {}, sent: true }
}
