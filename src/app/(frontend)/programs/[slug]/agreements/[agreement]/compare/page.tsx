import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { VersionComparison } from '@/components/versions/VersionComparison'
import { parseVersionNumber } from '@/queries/policies'
import { agreementPath, getAgreementVersion, getPublishedAgreement } from '@/queries/program-agreements'
import { pageMetadata } from '@/site/metadata'

type Props = {
  params: Promise<{ slug: string; agreement: string }>
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agreement: agreementSlug } = await params
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found) return { title: 'Agreement not found' }
  const { program, agreement } = found
  // Any two versions side by side: one address for search engines, and none of them indexed.
  return pageMetadata({
    title: `${agreement.title} · ${program.name}: compare versions`,
    description: `What changed between two versions of the ${agreement.title} of ${program.name}, word by word.`,
    path: `${agreementPath(program.slug, agreementSlug)}/compare`,
    noindex: true,
  })
}

export default async function CompareProgramAgreementVersionsPage({ params, searchParams }: Props) {
  const { slug, agreement: agreementSlug } = await params
  const query = await searchParams
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found) notFound()
  const { program, agreement } = found
  const base = agreementPath(program.slug, agreementSlug)

  const fromNumber = parseVersionNumber(query.from)
  const toNumber = parseVersionNumber(query.to) ?? agreement.versionNumber ?? null
  const [from, to] = await Promise.all([
    fromNumber ? getAgreementVersion(agreement, fromNumber) : null,
    toNumber ? getAgreementVersion(agreement, toNumber) : null,
  ])

  return (
    <VersionComparison
      basePath={base}
      currentVersion={agreement.versionNumber}
      from={from}
      noun="agreement"
      title={agreement.title}
      to={to}
      trail={[
        { href: `/programs/${program.slug}`, label: program.name },
        { href: `/programs/${program.slug}/agreements`, label: 'Agreements' },
        { href: base, label: agreement.title },
        { href: `${base}/versions`, label: 'Versions' },
      ]}
    />
  )
}
