import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { VersionView } from '@/components/versions/VersionView'
import { getPolicyVersion, getPublishedPolicy, parseVersionNumber } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string; version: string }> }

/** Old versions never change: each is rendered on its first visit and then served from the cache. */
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const { slug, version } = await params
  const number = parseVersionNumber(version)
  const policy = await getPublishedPolicy(slug)
  if (!policy || !number) return null
  const snapshot = await getPolicyVersion(policy, number)
  return snapshot ? { policy, snapshot } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: 'Version not found' }
  const { policy, snapshot } = found
  return pageMetadata({
    title: `${snapshot.title}, version ${snapshot.versionNumber}`,
    description: `${snapshot.title} as it read in version ${snapshot.versionNumber}, kept unchanged.`,
    path: `/policies/${policy.slug}/versions/${snapshot.versionNumber}`,
    kind: 'article',
  })
}

export default async function PolicyVersionPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { policy, snapshot } = found
  return (
    <VersionView
      basePath={`/policies/${policy.slug}`}
      currentVersion={policy.versionNumber}
      snapshot={snapshot}
      title={snapshot.title}
      trail={[
        { href: '/policies', label: 'Policies' },
        { href: `/policies/${policy.slug}`, label: policy.title },
        { href: `/policies/${policy.slug}/versions`, label: 'Versions' },
      ]}
    />
  )
}
