import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { PageHeader } from '@/components/page/PageHeader'
import { VersionHistory } from '@/components/versions/VersionHistory'
import { agreementPath, getPublishedAgreement, listAgreementVersions } from '@/queries/program-agreements'
import { pageMetadata } from '@/site/metadata'

export const revalidate = 600

type Props = { params: Promise<{ slug: string; agreement: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, agreement: agreementSlug } = await params
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found) return { title: 'Agreement not found' }
  const { program, agreement } = found
  return pageMetadata({
    title: `${agreement.title} · ${program.name}: version history`,
    description: `Every published version of the ${agreement.title} of ${program.name}, with its date and what changed.`,
    path: `${agreementPath(program.slug, agreementSlug)}/versions`,
  })
}

export default async function ProgramAgreementVersionsPage({ params }: Props) {
  const { slug, agreement: agreementSlug } = await params
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found) notFound()
  const { program, agreement } = found
  const base = agreementPath(program.slug, agreementSlug)
  const versions = await listAgreementVersions(agreement)

  return (
    <>
      <PageHeader
        title={`${agreement.title}: version history`}
        trail={[
          { href: `/programs/${program.slug}`, label: program.name },
          { href: `/programs/${program.slug}/agreements`, label: 'Agreements' },
          { href: base, label: agreement.title },
        ]}
      />
      <VersionHistory basePath={base} currentVersion={agreement.versionNumber} noun="agreement" versions={versions} />
    </>
  )
}
