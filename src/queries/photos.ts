import type { Payload } from 'payload'

import type { ProfilePhoto, User } from '../../payload-types'

/** What a page needs of a photo: the square sizes' addresses and its description. */
export type PhotoView = { small: string; medium: string; large: string; alt: string }

type Viewer = Pick<User, 'id' | 'roles'> | null

/** A photo as pages show it; null when it has no file (or is not a photo the viewer may see). */
export function toPhotoView(photo: unknown): PhotoView | null {
  if (typeof photo !== 'object' || photo === null) return null
  const { url, sizes, alt } = photo as Partial<ProfilePhoto>
  if (!url) return null
  return {
    small: sizes?.small?.url ?? url,
    medium: sizes?.medium?.url ?? url,
    large: sizes?.large?.url ?? url,
    alt: alt ?? '',
  }
}

// Payload works out `url` from `filename` as it reads, so both are asked for.
const sized = { url: true, filename: true } as const
export const photoSelect = { ...sized, alt: true, sizes: { small: sized, medium: sized, large: sized } } as const

/**
 * The photos behind these ids that the viewer may see, by id. Read with the viewer's access,
 * so a photo follows its profile's visibility here exactly as on the file route.
 */
export async function visiblePhotos(payload: Payload, ids: unknown[], viewer: Viewer): Promise<Map<string, PhotoView>> {
  const wanted = [...new Set(ids.filter((id): id is number | string => typeof id === 'number' || typeof id === 'string'))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'profile-photos',
    where: { id: { in: wanted } },
    select: photoSelect,
    depth: 0,
    limit: wanted.length,
    pagination: false,
    overrideAccess: false,
    user: viewer,
  })
  return new Map(docs.flatMap((doc) => (toPhotoView(doc) ? [[String(doc.id), toPhotoView(doc)!] as const] : [])))
}
