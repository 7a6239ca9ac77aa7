import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Payload's create-first-user screen (POST /api/users/first-register, refused once any user
 * exists) makes the platform's first admin. Nothing else may: a public sign-up on an empty
 * database stays a member.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.pathname?.endsWith('/first-register')) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
