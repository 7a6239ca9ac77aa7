import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'

import { memberPageMetadata } from '@/site/metadata'
import { outstandingPolicies } from '@/accounts/acceptance'
import { getSignedInMember } from '@/accounts/session'
import { PolicyDiff } from '@/components/PolicyDiff'
import { RichText } from '@/components/RichText'
import { getPayloadClient } from '@/lib/payload'
import { blockDiff, policyBlocks } from '@/lib/policy-diff'
import { getPolicyVersion } from '@/queries/policies'

import { PageHeader } from '@/components/page/PageHeader'
import { Alert, AlertDescription } from '@/components/ui/alert'

import { AcceptForm } from './AcceptForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Updated policies',
  description: 'The policies that changed since you last accepted them, to read and accept.',
  path: '/account/policies',
})

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
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader
        lead="Please read what changed and accept the new versions to keep using your account. Public pages stay open to you meanwhile."
        title="Our policies have changed"
      />
      <div className="flex flex-col gap-10">
        {changes.map(({ policy, accepted, current }) => (
          <section aria-labelledby={`changes-${policy.slug}`} className="flex flex-col gap-4" key={policy.slug}>
            <h2 id={`changes-${policy.slug}`}>
              {policy.title}: {accepted ? `version ${policy.acceptedVersion} → ${policy.currentVersion}` : `version ${policy.currentVersion}`}
            </h2>
            {current?.changeSummary && (
              <Alert variant="info">
                <AlertDescription>
                  <p>
                    <strong>In short:</strong> {current.changeSummary}
                  </p>
                </AlertDescription>
              </Alert>
            )}
            {accepted ? (
              <>
                <p className="legend m-0 text-sm text-muted-foreground">
                  Changes since the version you accepted: <ins>added text is underlined</ins>, <del>removed text is struck through</del>.
                </p>
                <PolicyDiff blocks={blockDiff(policyBlocks(accepted.body), policyBlocks(current?.body))} headingOffset={1} />
              </>
            ) : (
              <div className="rounded-xl border border-border bg-card p-5">
                <RichText data={current?.body} />
              </div>
            )}
            <p className="m-0 text-sm">
              <Link className="font-medium" href={`/policies/${policy.slug}/versions/${policy.currentVersion}`}>
                Read version {policy.currentVersion} in full
              </Link>
            </p>
          </section>
        ))}
        <AcceptForm policies={outstanding} />
        <p className="m-0 text-sm text-muted-foreground">
          If you do not agree, you can <a href="/account/export">download your data</a> and <Link href="/account/delete">delete your account</Link> instead.
        </p>
      </div>
    </div>
  )
}
