import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageHeader } from '@/components/page/PageHeader'
import { RichText } from '@/components/RichText'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { formatDate } from '@/lib/dates'
import { acceptedBySentence, agreementPath, getPublishedAgreement } from '@/queries/program-agreements'
import { pageMetadata } from '@/site/metadata'

export const revalidate = 600

type Props = { params: Promise<{ slug: string; agreement: string }> }

/** Built on first visit, then served from the cache until the agreement is published again. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agreement: agreementSlug } = await params
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found) return { title: 'Agreement not found' }
  const { program, agreement } = found
  return pageMetadata({
    title: `${agreement.title} · ${program.name}`,
    description: agreement.summary || `${agreement.title} of ${program.name}: the current version, with every earlier one kept.`,
    path: agreementPath(program.slug, agreement.slug ?? agreementSlug),
    kind: 'article',
  })
}

/** The current version of a programme agreement, as its members accept it. */
export default async function ProgramAgreementPage({ params }: Props) {
  const { slug, agreement: agreementSlug } = await params
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found) notFound()
  const { program, agreement } = found
  const base = agreementPath(program.slug, agreementSlug)

  return (
    <article>
      <PageHeader
        title={agreement.title}
        trail={[
          { href: `/programs/${program.slug}`, label: program.name },
          { href: `/programs/${program.slug}/agreements`, label: 'Agreements' },
        ]}
      >
        <p className="meta m-0 text-sm text-muted-foreground" data-testid="agreement-version">
          Version {agreement.versionNumber} · Last updated {formatDate(agreement.publishedAt)} ·{' '}
          <Link className="font-medium" href={`${base}/versions`}>
            Version history
          </Link>
        </p>
        <Alert className="max-w-[70ch]" variant="info">
          <AlertDescription>
            <p>{acceptedBySentence(agreement.appliesTo, program.name)}</p>
          </AlertDescription>
        </Alert>
        {agreement.changeSummary && (agreement.versionNumber ?? 1) > 1 && (
          <p className="m-0 max-w-[70ch]">
            <strong>What changed in version {agreement.versionNumber}:</strong> {agreement.changeSummary}
          </p>
        )}
      </PageHeader>
      <RichText data={agreement.body} />
    </article>
  )
}
