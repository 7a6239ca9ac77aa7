import type { ReactNode } from 'react'

import Link from 'next/link'

import { PageHeader } from '@/components/page/PageHeader'
import { RichText } from '@/components/RichText'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { formatDate } from '@/lib/dates'

import type { ComparedVersion } from './VersionComparison'

/**
 * One published version of a versioned document as it read, kept unchanged: whether it is the
 * current one (or a link to the current one and to what changed since), and its summary.
 */
export function VersionView({
  title,
  trail,
  basePath,
  snapshot,
  currentVersion,
  children,
}: {
  title: string
  trail: { href: string; label: string }[]
  basePath: string
  snapshot: ComparedVersion & { body?: unknown }
  currentVersion: number | null | undefined
  /** More facts under the header (who accepts it). */
  children?: ReactNode
}) {
  const isCurrent = snapshot.versionNumber === currentVersion
  return (
    <article>
      <PageHeader title={title} trail={trail}>
        <p className="meta m-0 text-sm text-muted-foreground">
          Version {snapshot.versionNumber} · Published {formatDate(snapshot.publishedAt)}
        </p>
        <Alert className="notice max-w-[70ch]" variant={isCurrent ? 'default' : 'warning'}>
          <AlertDescription>
            {isCurrent ? (
              <p>This is the current version.</p>
            ) : (
              <p>
                This is an earlier version. <Link href={basePath}>Read the current version ({currentVersion})</Link> or{' '}
                <Link href={`${basePath}/compare?from=${snapshot.versionNumber}&to=${currentVersion}`}>see what changed since</Link>.
              </p>
            )}
          </AlertDescription>
        </Alert>
        {snapshot.changeSummary && (
          <p className="m-0 max-w-[70ch]">
            <strong>What changed in this version:</strong> {snapshot.changeSummary}
          </p>
        )}
        {children}
      </PageHeader>
      <RichText data={snapshot.body} />
    </article>
  )
}
