import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, RelationshipField } from 'payload'

import { hasRole, idOf, isAdminField, ownOrganizationOption, staffOrganizationOf } from '@/access'
import { UserFacingError } from '@/lib/errors'
import { revalidatePaths } from '@/lib/revalidate'

import { assertActivePlan, type PaidFeature } from './plan'

/**
 * What events, jobs and resources share: the organisation that posts them, the plan that pays
 * for posting, and the public pages that list them.
 */

type Posting = {
  id: number | string
  organization?: number | string | { id: number | string } | null
  slug?: string | null
  _status?: 'draft' | 'published' | null
}

/** The posting organisation: staff get their own, set for them; admins choose (or leave it to the platform). */
export function postingOrganizationField({
  label,
  kind,
  platformPosts,
}: {
  label: string
  kind?: 'company' | 'career-center'
  platformPosts: boolean
}): RelationshipField {
  return {
    name: 'organization',
    label,
    type: 'relationship',
    relationTo: 'organizations',
    index: true,
    access: { update: isAdminField },
    filterOptions: ownOrganizationOption(kind ? { kind: { equals: kind } } : true),
    // Staff see their organisation in the field from the start, as its hint says it is set for them.
    defaultValue: ({ user }) => staffOrganizationOf(user) ?? undefined,
    admin: {
      position: 'sidebar',
      description: platformPosts ? 'Your organisation, set for you. Admins may leave it empty for the platform’s own.' : 'Your organisation, set for you.',
    },
  }
}

/** Staff post for their own organisation, whatever the form sent. */
export const assignStaffOrganization: CollectionBeforeChangeHook<Posting> = ({ data, operation, req: { user } }) => {
  if (operation !== 'create' || !user || hasRole(user, 'admin')) return data
  return { ...data, organization: staffOrganizationOf(user) }
}

/**
 * Publishing needs the organisation's plan to be active now; drafts and unpublishing do not, so
 * staff can prepare and take down postings whatever their plan. Without an organisation only an
 * admin may publish (the platform's own posting), when `platformPosts` allows it at all.
 */
export const requireActivePlanToPublish =
  (feature: PaidFeature, { platformPosts }: { platformPosts: boolean }): CollectionBeforeChangeHook<Posting> =>
  async ({ data, originalDoc, req }) => {
    if (data._status === 'draft') return data
    const organization = idOf(data.organization ?? originalDoc?.organization)
    if (organization == null) {
      if (platformPosts && (hasRole(req.user, 'admin') || !req.user)) return data
      throw new UserFacingError(platformPosts ? 'Choose the organisation this belongs to.' : 'Choose the organisation that posts this.')
    }
    const owner = await req.payload.findByID({
      collection: 'organizations',
      id: organization,
      select: { name: true, kind: true, plan: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!owner) throw new UserFacingError('That organisation no longer exists.')
    assertActivePlan(owner, feature)
    return data
  }

/** A published change (or an unpublish) refreshes the lists, the page itself and the organisation's profile. */
export function revalidatePostingPages(listPath: string) {
  const pathsOf = async (doc: Posting, req: Parameters<CollectionAfterChangeHook>[0]['req']) => {
    const paths = [listPath, `${listPath}/${doc.slug}`]
    const organization = idOf(doc.organization)
    if (organization != null) {
      const owner = await req.payload.findByID({
        collection: 'organizations',
        id: organization,
        select: { slug: true },
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      if (owner?.slug) paths.push(`/organizations/${owner.slug}`)
    }
    return paths
  }
  const afterChange: CollectionAfterChangeHook<Posting> = async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate) return doc
    if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
    const paths = await pathsOf(doc, req)
    if (previousDoc?.slug && previousDoc.slug !== doc.slug) paths.push(`${listPath}/${previousDoc.slug}`)
    revalidatePaths(req.payload, paths)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Posting> = async ({ doc, req, context }) => {
    if (context.disableRevalidate) return doc
    revalidatePaths(req.payload, await pathsOf(doc, req))
    return doc
  }
  return { afterChange, afterDelete }
}

const websitePattern = /^https?:\/\/[^\s/$.?#].[^\s]*$/i

/** Links people follow from postings: full http(s) addresses only. */
export const validateLink = (value: unknown) =>
  !value || (typeof value === 'string' && websitePattern.test(value)) || 'Enter a full address starting with https://'
