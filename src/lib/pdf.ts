import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** PDF readers accept the `%PDF-` marker anywhere in the first kilobyte; so do we, and nowhere else. */
export function looksLikePdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1')
  return head.includes('%PDF-')
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
      throw new APIError(`${what} can be at most ${Math.round(maxBytes / 1024 / 1024)} MB. This file is ${(file.size / 1024 / 1024).toFixed(1)} MB.`, 413, undefined, true)
    }
    if (!looksLikePdf(file.data)) {
      throw new APIError(`${what} must be a PDF. This file is not one, whatever its name says: save or export it as PDF and try again.`, 415, undefined, true)
    }
    file.mimetype = 'application/pdf'
    return args
  }
