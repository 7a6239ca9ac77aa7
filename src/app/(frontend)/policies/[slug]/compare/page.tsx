import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { VersionComparison } from '@/components/versions/VersionComparison'
import { getPolicyVersion, getPublishedPolicy, parseVersionNumber } from '@/queries/policies'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  if (!policy) return { title: 'Policy not found' }
  // Any two versions side by side: one address for search engines, and none of them indexed.
  return pageMetadata({
    title: `${policy.title}: compare versions`,
    description: `What changed between two versions of ${policy.title}, word by word.`,
    path: `/policies/${policy.slug}/compare`,
    noindex: true,
  })
}

export default async function ComparePolicyVersionsPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = await searchParams
  const policy = await getPublishedPolicy(slug)
  if (!policy) notFound()

  const fromNumber = parseVersionNumber(query.from)
  const toNumber = parseVersionNumber(query.to) ?? policy.versionNumber ?? null
  const [from, to] = await Promise.all([fromNumber ? getPolicyVersion(policy, fromNumber) : null, toNumber ? getPolicyVersion(policy, toNumber) : null])

  const trail = [
    { href: '/policies', label: 'Policies' },
    { href: `/policies/${slug}`, label: policy.title },
    { href: `/policies/${slug}/versions`, label: 'Versions' },
  ]

  return (
    <VersionComparison
      basePath={`/policies/${slug}`}
      currentVersion={policy.versionNumber}
      from={from}
      noun="policy"
      title={policy.title}
      to={to}
      trail={trail}
    />
  )
}
