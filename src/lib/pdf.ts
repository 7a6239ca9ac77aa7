import type { CollectionBeforeOperationHook } from 'payload'

import { UserFacingError } from '@/lib/errors'

/**
 * A PDF starts with `%PDF-` and ends with a cross-reference pointer and `%%EOF`. Checked on the
 * bytes, never on the name or the declared type (Payload checks the same before storing).
 */
export function looksLikePdf(data: Uint8Array): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return false
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('xref')
}

export const megabytes = (count: number) => count * 1024 * 1024

/**
 * Refuses an upload that is not a PDF by its content (whatever its name or declared type says)
 * or that is larger than `maxBytes`, before anything is stored.
 */
export const acceptOnlyPdf =
  ({ maxBytes, what }: { maxBytes: number; what: string }): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    if (file.size > maxBytes || file.data.length > maxBytes) {
      throw new UserFacingError(
        `${what} can be at most ${Math.round(maxBytes / 1024 / 1024)} MB. This file is ${(file.size / 1024 / 1024).toFixed(1)} MB.`,
        413,
      )
    }
    if (!looksLikePdf(file.data)) {
      throw new UserFacingError(`${what} must be a PDF. This file is not one, whatever its name says: save or export it as PDF and try again.`, 415)
    }
    file.mimetype = 'application/pdf'
    return args
  }
