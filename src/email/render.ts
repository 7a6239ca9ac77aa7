import type { ReactElement } from 'react'

import { render, toPlainText } from '@react-email/render'

export type RenderedEmail = { html: string; text: string }

/**
 * An email component as the two parts every message carries: the HTML, and a plain-text part
 * from the same markup (links written out as addresses), for clients and readers that want text.
 */
export async function renderEmail(message: ReactElement): Promise<RenderedEmail> {
  const html = await render(message)
  return { html, text: plainTextOf(html) }
}

/** The plain-text part of rendered HTML, as react-email's `plainText` option makes it. */
export const plainTextOf = (html: string): string => toPlainText(html)
