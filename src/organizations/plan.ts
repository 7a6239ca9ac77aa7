import { formatDate } from '@/lib/dates'
import { UserFacingError } from '@/lib/errors'

import type { Organization } from '../../payload-types'

/** What a partnership plan (companies) or membership (Career Centers) pays for. */
export type PaidFeature = 'post-jobs' | 'post-events' | 'download-resumes' | 'host-resources'

const featureWords: Record<PaidFeature, string> = {
  'post-jobs': 'Posting jobs and internships',
  'post-events': 'Posting events',
  'download-resumes': 'Downloading résumés',
  'host-resources': 'Hosting resources',
}

export const planStatuses = ['none', 'active', 'expired', 'cancelled'] as const
export type PlanStatus = (typeof planStatuses)[number]

type PlanHolder = Pick<Organization, 'name' | 'kind'> & { plan?: Organization['plan'] | null }

export type PlanState = { active: true; until: string | null } | { active: false; reason: string }

/** The plan's word for each kind of organisation. */
export const planWord = (kind: Organization['kind']) => (kind === 'company' ? 'partnership plan' : 'membership')

/**
 * Whether the organisation's plan is active now. A plan marked active whose renewal date has
 * passed counts as expired, so nothing waits for an admin to flip the status.
 */
export function planState(organization: PlanHolder, now: Date = new Date()): PlanState {
  const plan = organization.plan
  const word = planWord(organization.kind)
  const status = (plan?.status ?? 'none') as PlanStatus
  if (status === 'active') {
    if (plan?.renewalDate && new Date(plan.renewalDate) < now) {
      return { active: false, reason: `${organization.name}'s ${word} expired on ${formatDate(plan.renewalDate)}.` }
    }
    if (plan?.startDate && new Date(plan.startDate) > now) {
      return { active: false, reason: `${organization.name}'s ${word} starts on ${formatDate(plan.startDate)}.` }
    }
    return { active: true, until: plan?.renewalDate ?? null }
  }
  if (status === 'expired') {
    return {
      active: false,
      reason: `${organization.name}'s ${word} expired${plan?.renewalDate ? ` on ${formatDate(plan.renewalDate)}` : ''}.`,
    }
  }
  if (status === 'cancelled') return { active: false, reason: `${organization.name}'s ${word} was cancelled.` }
  return { active: false, reason: `${organization.name} has no ${word} yet.` }
}

/** One sentence for staff: what the plan allows now, or why it does not. */
export function planSummary(organization: PlanHolder, now: Date = new Date()): string {
  const state = planState(organization, now)
  const features = organization.kind === 'company' ? 'jobs, events and résumé downloads' : 'events and resources'
  if (state.active) {
    return `Active${state.until ? ` until ${formatDate(state.until)}` : ''}: ${features} are open.`
  }
  return `${state.reason} ${capitalise(features)} are closed until a platform admin renews it.`
}

/** Refuses a paid feature with a 403 that says why, for hooks and routes of paid features. */
export function assertActivePlan(organization: PlanHolder, feature: PaidFeature, now: Date = new Date()): void {
  const state = planState(organization, now)
  if (state.active) return
  throw new UserFacingError(`${featureWords[feature]} needs an active ${planWord(organization.kind)}. ${state.reason} Ask a platform admin to renew it.`, 403)
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
