import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PolicyDiff } from '@/components/PolicyDiff'
import { formatDate } from '@/lib/dates'
import { blockDiff, countChanges, policyBlocks } from '@/lib/policy-diff'
import { getPolicyVersion, getPublishedPolicy, parseVersionNumber } from '@/queries/policies'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  return { title: policy ? `${policy.title}: compare versions` : 'Policy not found', robots: { index: false } }
}

export default async function ComparePolicyVersionsPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = await searchParams
  const policy = await getPublishedPolicy(slug)
  if (!policy) notFound()

  const fromNumber = parseVersionNumber(query.from)
  const toNumber = parseVersionNumber(query.to) ?? policy.versionNumber ?? null
  const [from, to] = await Promise.all([fromNumber ? getPolicyVersion(policy, fromNumber) : null, toNumber ? getPolicyVersion(policy, toNumber) : null])

  const header = (
    <p className="breadcrumb">
      <Link href="/policies">Policies</Link> / <Link href={`/policies/${slug}`}>{policy.title}</Link> /{' '}
      <Link href={`/policies/${slug}/versions`}>Versions</Link>
    </p>
  )

  if (!from || !to) {
    return (
      <>
        {header}
        <h1>Compare versions of {policy.title}</h1>
        <p className="notice" role="alert">
          Choose two published versions to compare: this policy has versions 1 to {policy.versionNumber}.{' '}
          <Link href={`/policies/${slug}/versions`}>Pick them from the version history.</Link>
        </p>
      </>
    )
  }

  const [older, newer] = (from.versionNumber ?? 0) <= (to.versionNumber ?? 0) ? [from, to] : [to, from]
  const blocks = blockDiff(policyBlocks(older.body), policyBlocks(newer.body))
  const { added, removed } = countChanges(blocks.flatMap((block) => block.parts))

  return (
    <>
      {header}
      <h1>
        {policy.title}: version {older.versionNumber} compared with version {newer.versionNumber}
      </h1>
      <p className="meta">
        Version {older.versionNumber} ({formatDate(older.publishedAt)}) → version {newer.versionNumber} ({formatDate(newer.publishedAt)}) · {added}{' '}
        {added === 1 ? 'word' : 'words'} added, {removed} {removed === 1 ? 'word' : 'words'} removed
      </p>
      {newer.changeSummary && (
        <p>
          <strong>Summary of version {newer.versionNumber}:</strong> {newer.changeSummary}
        </p>
      )}
      <p className="legend">
        <ins>Added text is underlined</ins> and <del>removed text is struck through</del>.
      </p>
      {added + removed === 0 ? <p>The text of these two versions is the same.</p> : <PolicyDiff blocks={blocks} />}
    </>
  )
}
