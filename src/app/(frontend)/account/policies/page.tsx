import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { outstandingPolicies } from '@/accounts/acceptance'
import { getSignedInMember } from '@/accounts/session'
import { PolicyDiff } from '@/components/PolicyDiff'
import { RichText } from '@/components/RichText'
import { getPayloadClient } from '@/lib/payload'
import { blockDiff, policyBlocks } from '@/lib/policy-diff'
import { getPolicyVersion } from '@/queries/policies'

import { AcceptForm } from './AcceptForm'

export const metadata: Metadata = { title: 'Updated policies', robots: { index: false } }

/** Where a member lands when a policy they must accept has a new version. */
export default async function UpdatedPoliciesPage() {
  const member = await getSignedInMember()
  if (!member) redirect('/signin?next=/account/policies')
  const outstanding = await outstandingPolicies(await getPayloadClient(), member)
  if (outstanding.length === 0) redirect('/account')

  const changes = await Promise.all(
    outstanding.map(async (policy) => {
      const [accepted, current] = await Promise.all([
        policy.acceptedVersion ? getPolicyVersion(policy, policy.acceptedVersion) : null,
        getPolicyVersion(policy, policy.currentVersion),
      ])
      return { policy, accepted, current }
    }),
  )

  return (
    <>
      <h1>Our policies have changed</h1>
      <p className="lead">Please read what changed and accept the new versions to keep using your account. Public pages stay open to you meanwhile.</p>
      {changes.map(({ policy, accepted, current }) => (
        <section aria-labelledby={`changes-${policy.slug}`} key={policy.slug}>
          <h2 id={`changes-${policy.slug}`}>
            {policy.title}: {accepted ? `version ${policy.acceptedVersion} → ${policy.currentVersion}` : `version ${policy.currentVersion}`}
          </h2>
          {current?.changeSummary && (
            <p>
              <strong>In short:</strong> {current.changeSummary}
            </p>
          )}
          {accepted ? (
            <>
              <p className="legend">
                Changes since the version you accepted: <ins>added text is underlined</ins>, <del>removed text is struck through</del>.
              </p>
              <PolicyDiff blocks={blockDiff(policyBlocks(accepted.body), policyBlocks(current?.body))} headingOffset={1} />
            </>
          ) : (
            <RichText data={current?.body} />
          )}
          <p>
            <Link href={`/policies/${policy.slug}/versions/${policy.currentVersion}`}>Read version {policy.currentVersion} in full</Link>
          </p>
        </section>
      ))}
      <AcceptForm policies={outstanding} />
      <p>
        If you do not agree, you can <a href="/account/export">download your data</a> and <Link href="/account/delete">delete your account</Link> instead.
      </p>
    </>
  )
}
