import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { VersionView } from '@/components/versions/VersionView'
import { parseVersionNumber } from '@/queries/policies'
import { agreementPath, getAgreementVersion, getPublishedAgreement } from '@/queries/program-agreements'
import { pageMetadata } from '@/site/metadata'

export const revalidate = 600

type Props = { params: Promise<{ slug: string; agreement: string; version: string }> }

/** Old versions never change: each is rendered on its first visit and then served from the cache. */
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const { slug, agreement: agreementSlug, version } = await params
  const number = parseVersionNumber(version)
  const found = await getPublishedAgreement(slug, agreementSlug)
  if (!found || !number) return null
  const snapshot = await getAgreementVersion(found.agreement, number)
  return snapshot ? { ...found, snapshot, base: agreementPath(found.program.slug, agreementSlug) } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: 'Version not found' }
  const { program, snapshot, base } = found
  return pageMetadata({
    title: `${snapshot.title} · ${program.name}, version ${snapshot.versionNumber}`,
    description: `The ${snapshot.title} of ${program.name} as it read in version ${snapshot.versionNumber}, kept unchanged.`,
    path: `${base}/versions/${snapshot.versionNumber}`,
    kind: 'article',
  })
}

export default async function ProgramAgreementVersionPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { program, agreement, snapshot, base } = found
  return (
    <VersionView
      basePath={base}
      currentVersion={agreement.versionNumber}
      snapshot={snapshot}
      title={snapshot.title}
      trail={[
        { href: `/programs/${program.slug}`, label: program.name },
        { href: `/programs/${program.slug}/agreements`, label: 'Agreements' },
        { href: base, label: agreement.title },
        { href: `${base}/versions`, label: 'Versions' },
      ]}
    />
  )
}
