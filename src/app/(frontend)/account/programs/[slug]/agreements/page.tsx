import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { PageHeader } from '@/components/page/PageHeader'
import { PolicyDiff } from '@/components/PolicyDiff'
import { RichText } from '@/components/RichText'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { getPayloadClient } from '@/lib/payload'
import { blockDiff, policyBlocks } from '@/lib/policy-diff'
import { programAgreementsOwedIn } from '@/programs/reacceptance'
import { agreementPath, getAgreementVersion } from '@/queries/program-agreements'
import { memberPageMetadata } from '@/site/metadata'

import { ProgramAcceptForm } from './AcceptForm'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return memberPageMetadata({
    title: 'Updated programme agreements',
    description: 'The agreements of your programme that changed since you last accepted them, to read and accept.',
    path: `/account/programs/${slug}/agreements`,
  })
}

/** Where a programme's member lands when an agreement they keep has a new version. */
export default async function ProgramReacceptancePage({ params }: Props) {
  const { slug } = await params
  const member = await requireMember(`/account/programs/${slug}/agreements`)
  const owed = await programAgreementsOwedIn(await getPayloadClient(), member, slug)
  if (!owed) notFound()
  if (owed.agreements.length === 0) redirect('/account/programs')
  const { program, agreements } = owed

  const changes = await Promise.all(
    agreements.map(async (agreement) => {
      const [accepted, current] = await Promise.all([
        agreement.acceptedVersion ? getAgreementVersion(agreement, agreement.acceptedVersion) : null,
        getAgreementVersion(agreement, agreement.currentVersion),
      ])
      return { agreement, accepted, current }
    }),
  )

  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader
        back={{ href: '/account/programs', label: 'Your programmes' }}
        lead={`Please read what changed and accept the new versions to keep taking part in ${program.name}: requests within it wait until you do. Everything else on your account stays open meanwhile.`}
        title={`${program.name}: updated agreements`}
      />
      <div className="flex flex-col gap-10">
        {changes.map(({ agreement, accepted, current }) => (
          <section aria-labelledby={`changes-${agreement.id}`} className="flex flex-col gap-4" key={agreement.id}>
            <h2 id={`changes-${agreement.id}`}>
              {agreement.title}: {accepted ? `version ${agreement.acceptedVersion} → ${agreement.currentVersion}` : `version ${agreement.currentVersion}`}
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
            {agreement.slug && (
              <p className="m-0 text-sm">
                <Link className="font-medium" href={`${agreementPath(program.slug, agreement.slug)}/versions/${agreement.currentVersion}`}>
                  Read version {agreement.currentVersion} in full
                </Link>
              </p>
            )}
          </section>
        ))}
        <ProgramAcceptForm agreements={agreements} programName={program.name} programSlug={program.slug} />
        <p className="m-0 text-sm text-muted-foreground">
          If you do not agree, you can leave {program.name} from <Link href="/account/programs">your programmes</Link>. Your account and your other programmes
          stay as they are.
        </p>
      </div>
    </div>
  )
}
