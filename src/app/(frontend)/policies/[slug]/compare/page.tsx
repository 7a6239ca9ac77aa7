import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { PolicyDiff } from '@/components/PolicyDiff'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { formatDate } from '@/lib/dates'
import { blockDiff, countChanges, policyBlocks } from '@/lib/policy-diff'
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

  if (!from || !to) {
    return (
      <>
        <PageHeader title={`Compare versions of ${policy.title}`} trail={trail} />
        <Alert className="notice max-w-[70ch]" role="alert" variant="warning">
          <AlertDescription>
            <p>
              Choose two published versions to compare: this policy has versions 1 to {policy.versionNumber}.{' '}
              <Link href={`/policies/${slug}/versions`}>Pick them from the version history.</Link>
            </p>
          </AlertDescription>
        </Alert>
      </>
    )
  }

  const [older, newer] = (from.versionNumber ?? 0) <= (to.versionNumber ?? 0) ? [from, to] : [to, from]
  const blocks = blockDiff(policyBlocks(older.body), policyBlocks(newer.body))
  const { added, removed } = countChanges(blocks.flatMap((block) => block.parts))

  return (
    <>
      <PageHeader title={`${policy.title}: version ${older.versionNumber} compared with version ${newer.versionNumber}`} trail={trail}>
        <p className="meta m-0 text-sm text-muted-foreground">
          Version {older.versionNumber} ({formatDate(older.publishedAt)}) → version {newer.versionNumber} ({formatDate(newer.publishedAt)}) · {added}{' '}
          {added === 1 ? 'word' : 'words'} added, {removed} {removed === 1 ? 'word' : 'words'} removed
        </p>
      </PageHeader>
      <div className="flex max-w-[70ch] flex-col gap-4">
        {newer.changeSummary && (
          <Alert variant="info">
            <AlertDescription>
              <p>
                <strong>Summary of version {newer.versionNumber}:</strong> {newer.changeSummary}
              </p>
            </AlertDescription>
          </Alert>
        )}
        <p className="legend m-0 text-sm text-muted-foreground">
          <ins>Added text is underlined</ins> and <del>removed text is struck through</del>.
        </p>
        {added + removed === 0 ? <p className="m-0">The text of these two versions is the same.</p> : <PolicyDiff blocks={blocks} />}
      </div>
    </>
  )
}
