import { randomUUID } from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

import { UserFacingError } from '@/lib/errors'

export const photoTypes = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const
export type PhotoType = keyof typeof photoTypes

/** The image type the bytes themselves say (never the name or the declared type), or null. */
export function photoTypeOf(data: Uint8Array): PhotoType | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp'
  return null
}

const inMegabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/**
 * Refuses, before anything is stored, a file larger than `maxBytes` (413) or one that is not a
 * JPEG, PNG or WebP image by its content (415). The stored name is random: a file called
 * "sam-rivera.jpg" would name its owner in every address it is served from.
 */
export const acceptOnlyPhotos =
  ({ maxBytes }: { maxBytes: number }): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    if (file.size > maxBytes || file.data.length > maxBytes) {
      throw new UserFacingError(
        `A photo can be at most ${Math.round(maxBytes / 1024 / 1024)} MB. This file is ${inMegabytes(Math.max(file.size, file.data.length))} MB: save a smaller copy and try again.`,
        413,
      )
    }
    const type = photoTypeOf(file.data)
    if (!type) throw new UserFacingError('A photo must be a JPEG, PNG or WebP image. This file is none of those, whatever its name says.', 415)
    file.mimetype = type
    file.name = `${randomUUID()}.${photoTypes[type]}`
    return args
  }
