import Link from 'next/link'

import { PageHeader } from '@/components/page/PageHeader'
import { PolicyDiff } from '@/components/PolicyDiff'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { formatDate } from '@/lib/dates'
import { blockDiff, countChanges, policyBlocks } from '@/lib/policy-diff'

/** A published version as the comparison reads it. */
export type ComparedVersion = { versionNumber?: number | null; publishedAt?: string | null; changeSummary?: string | null; body?: unknown }

type Trail = { href: string; label: string }[]

/**
 * The compare page of a versioned document (a policy, a programme agreement): two published
 * versions word by word, in the order they were published whichever way they were asked for,
 * or, when either is missing, a note saying which versions exist and where to pick them.
 */
export function VersionComparison({
  title,
  basePath,
  trail,
  from,
  to,
  currentVersion,
  noun,
}: {
  title: string
  basePath: string
  trail: Trail
  from: ComparedVersion | null
  to: ComparedVersion | null
  currentVersion: number | null | undefined
  noun: string
}) {
  if (!from || !to) {
    return (
      <>
        <PageHeader title={`Compare versions of ${title}`} trail={trail} />
        <Alert className="notice max-w-[70ch]" role="alert" variant="warning">
          <AlertDescription>
            <p>
              Choose two published versions to compare: this {noun} has versions 1 to {currentVersion}.{' '}
              <Link href={`${basePath}/versions`}>Pick them from the version history.</Link>
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
      <PageHeader title={`${title}: version ${older.versionNumber} compared with version ${newer.versionNumber}`} trail={trail}>
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
