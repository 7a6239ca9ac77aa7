import type { CollectionBeforeOperationHook, CollectionConfig, Payload } from 'payload'

import { hasRole } from '@/access'
import { UserFacingError } from '@/lib/errors'

import type { User } from '../../payload-types'
import { outstandingPolicies, type OutstandingPolicy } from './acceptance'

/*
 * The one policy gate. A member who has not accepted the current version of a policy their role
 * requires may still read, accept, export their data and delete; every other write of theirs is
 * refused until they accept. Three entrances ask it: the pages and their actions
 * (`requireMember` in session.ts), writes through access rules (REST, GraphQL, the local API
 * with a user: `gateMemberWrites` below, on every collection), and the domain functions that
 * write for a member on the platform's authority (`assertPoliciesAccepted`).
 */

export const acceptPoliciesPath = '/account/policies'

/** Says what to accept and where: "Please accept the new version of the Code of Conduct (version 3) first, at /account/policies." */
export function policyGateMessage(owed: Pick<OutstandingPolicy, 'title' | 'currentVersion'>[]): string {
  const names = owed.map((policy) => `the ${policy.title} (version ${policy.currentVersion})`)
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]
  return `Please accept the new version of ${list} first, at ${acceptPoliciesPath}. Until then you can read, download your data or delete your account.`
}

/** A write refused because the member owes an acceptance: a 403 whose message says what and where. */
export class PolicyAcceptanceRequired extends UserFacingError {
  constructor(owed: Pick<OutstandingPolicy, 'title' | 'currentVersion'>[]) {
    super(policyGateMessage(owed), 403)
  }
}

type Member = Pick<User, 'id' | 'roles'>

/** The policies this member must accept before writing anything else; admins keep the policies and owe none. */
export async function policiesOwedBy(payload: Payload, member: Member): Promise<OutstandingPolicy[]> {
  if (hasRole(member, 'admin') || !member.roles?.length) return []
  return outstandingPolicies(payload, member)
}

/** Throws PolicyAcceptanceRequired when the member owes an acceptance. */
export async function assertPoliciesAccepted(payload: Payload, member: Member): Promise<void> {
  const owed = await policiesOwedBy(payload, member)
  if (owed.length > 0) throw new PolicyAcceptanceRequired(owed)
}

/**
 * On every collection: a create or update made with the signed-in member's access (REST,
 * GraphQL, the admin panel, the local API with `user`) is refused while they owe an acceptance.
 * Deletes, reads and the platform's own writes (access overridden) pass.
 */
export const gateMemberWrites: CollectionBeforeOperationHook = async ({ operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  if (overrideAccess || !req.user || req.user.collection !== 'users') return
  await assertPoliciesAccepted(req.payload, req.user as Member)
}

/** Adds the gate to a collection's hooks (applied to every collection in payload.config.ts). */
export const withPolicyGate = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [gateMemberWrites, ...(collection.hooks?.beforeOperation ?? [])] },
})
