import Link from 'next/link'

import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { formatDate } from '@/lib/dates'

/** One published version as the history lists it (a policy's or a programme agreement's). */
export type ListedVersion = { versionNumber?: number | null; publishedAt?: string | null; changeSummary?: string | null }

function VersionSelect({
  name,
  label,
  versions,
  defaultValue,
}: {
  name: string
  label: string
  versions: ListedVersion[]
  defaultValue: number | null | undefined
}) {
  return (
    <div className="field flex min-w-0 flex-1 flex-col gap-1.5">
      <Label htmlFor={name}>{label}</Label>
      <Select defaultValue={defaultValue ?? undefined} id={name} name={name}>
        {versions.map((version) => (
          <option key={version.versionNumber} value={version.versionNumber ?? ''}>
            Version {version.versionNumber} ({formatDate(version.publishedAt)})
          </option>
        ))}
      </Select>
    </div>
  )
}

/**
 * The numbered list of published versions, newest first, each linking to its own page, and a
 * form (a plain GET, so it works without JavaScript) to compare any two. `basePath` is the
 * document's page: its versions live at `<basePath>/versions/<n>`, the comparison at `<basePath>/compare`.
 */
export function VersionHistory({
  basePath,
  versions,
  currentVersion,
  noun,
}: {
  basePath: string
  versions: ListedVersion[]
  currentVersion: number | null | undefined
  /** What the document is, for "This policy has one version so far". */
  noun: string
}) {
  const [latest, previous] = versions
  return (
    <>
      <div className="overflow-x-auto rounded-xl border border-border bg-card">
        <table className="versions m-0 w-full border-collapse text-sm">
          <caption className="sr-only">Published versions, newest first</caption>
          <thead className="bg-muted text-muted-foreground">
            <tr>
              <th className="px-4 py-3 text-start font-medium" scope="col">
                Version
              </th>
              <th className="hidden px-4 py-3 text-start font-medium sm:table-cell" scope="col">
                Published
              </th>
              <th className="px-4 py-3 text-start font-medium" scope="col">
                What changed
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr className="border-t border-border" key={version.versionNumber}>
                <td className="px-4 py-3 align-top whitespace-nowrap">
                  <Link className="font-medium no-underline hover:underline" href={`${basePath}/versions/${version.versionNumber}`}>
                    Version {version.versionNumber}
                  </Link>
                  {version.versionNumber === currentVersion && <span className="text-muted-foreground"> (current)</span>}
                  {/* On a phone the date sits under the version, leaving the summary room to read. */}
                  <span className="block text-muted-foreground sm:hidden">{formatDate(version.publishedAt)}</span>
                </td>
                <td className="hidden px-4 py-3 align-top whitespace-nowrap sm:table-cell">{formatDate(version.publishedAt)}</td>
                <td className="px-4 py-3 align-top">{version.changeSummary || 'No summary given.'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {versions.length > 1 ? (
        <Card className="mt-8">
          <CardHeader>
            <CardTitle as="h2">Compare two versions</CardTitle>
          </CardHeader>
          <CardContent>
            <form action={`${basePath}/compare`} className="flex flex-col gap-4 sm:flex-row sm:items-end" method="get">
              <VersionSelect defaultValue={previous?.versionNumber} label="Older version" name="from" versions={versions} />
              <VersionSelect defaultValue={latest?.versionNumber} label="Newer version" name="to" versions={versions} />
              <Button type="submit">Show changes</Button>
            </form>
          </CardContent>
        </Card>
      ) : (
        <p className="mt-8 text-muted-foreground">This {noun} has one version so far, so there is nothing to compare yet.</p>
      )}
    </>
  )
}
