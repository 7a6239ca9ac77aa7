import type { Payload } from 'payload'

import { inTransaction } from '@/lib/transaction'

import type { Policy, User } from '../../payload-types'

export type OutstandingPolicy = {
  id: Policy['id']
  slug: string
  title: string
  currentVersion: number
  /** The version this member last accepted, or null if they never accepted this policy. */
  acceptedVersion: number | null
}

/**
 * Published policies that apply to one of the member's roles and whose current version the
 * member has not accepted yet. Until this is empty, member features stay closed.
 */
export async function outstandingPolicies(payload: Payload, member: Pick<User, 'id' | 'roles'>): Promise<OutstandingPolicy[]> {
  const [{ docs: policies }, { docs: acceptances }] = await Promise.all([
    payload.find({
      collection: 'policies',
      where: { or: member.roles.map((role) => ({ requiredFor: { contains: role } })) },
      overrideAccess: false,
      depth: 0,
      limit: 100,
      sort: 'title',
      select: { slug: true, title: true, versionNumber: true },
    }),
    payload.find({
      collection: 'policy-acceptances',
      where: { user: { equals: member.id } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      select: { policy: true, versionNumber: true },
    }),
  ])
  const latestAccepted = new Map<string, number>()
  for (const acceptance of acceptances) {
    const policyId = String(typeof acceptance.policy === 'object' ? acceptance.policy.id : acceptance.policy)
    latestAccepted.set(policyId, Math.max(latestAccepted.get(policyId) ?? 0, acceptance.versionNumber))
  }
  return policies
    .map((policy) => ({
      id: policy.id,
      slug: policy.slug,
      title: policy.title,
      currentVersion: policy.versionNumber ?? 1,
      acceptedVersion: latestAccepted.get(String(policy.id)) ?? null,
    }))
    .filter((policy) => policy.acceptedVersion === null || policy.acceptedVersion < policy.currentVersion)
}

export type AcceptResult = { ok: true } | { ok: false; errors: Record<string, string> }

/** Records the member's acceptance of every outstanding policy at its current version, all or nothing. */
export async function acceptPolicies(payload: Payload, member: Pick<User, 'id' | 'roles'>, accepted: Record<string, number>): Promise<AcceptResult> {
  const outstanding = await outstandingPolicies(payload, member)
  const errors: Record<string, string> = {}
  for (const policy of outstanding) {
    const ticked = accepted[policy.slug]
    if (ticked === undefined) errors[`accept-${policy.slug}`] = `Please read and accept the ${policy.title} to continue.`
    else if (ticked !== policy.currentVersion) {
      errors[`accept-${policy.slug}`] = `The ${policy.title} changed again just now. Please read version ${policy.currentVersion}.`
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors }

  await inTransaction(payload, async (req) => {
    const acceptedAt = new Date().toISOString()
    for (const policy of outstanding) {
      await payload.create({
        collection: 'policy-acceptances',
        data: { user: member.id as number, policy: policy.id, versionNumber: policy.currentVersion, acceptedAt },
        overrideAccess: true,
        req,
      })
    }
  })
  return { ok: true }
}
