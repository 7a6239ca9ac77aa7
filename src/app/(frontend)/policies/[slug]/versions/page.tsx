import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { VersionHistory } from '@/components/versions/VersionHistory'
import { getPublishedPolicy, listPolicyVersions, publishedPolicySlugs } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = publishedPolicySlugs

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  if (!policy) return { title: 'Policy not found' }
  return pageMetadata({
    title: `${policy.title}: version history`,
    description: `Every published version of ${policy.title}, with its date and what changed.`,
    path: `/policies/${policy.slug}/versions`,
  })
}

export default async function PolicyVersionsPage({ params }: Props) {
  const { slug } = await params
  const policy = await getPublishedPolicy(slug)
  if (!policy) notFound()
  const versions = await listPolicyVersions(policy)

  return (
    <>
      <PageHeader
        title={`${policy.title}: version history`}
        trail={[
          { href: '/policies', label: 'Policies' },
          { href: `/policies/${slug}`, label: policy.title },
        ]}
      />

      <VersionHistory basePath={`/policies/${slug}`} currentVersion={policy.versionNumber} noun="policy" versions={versions} />
    </>
  )
}
