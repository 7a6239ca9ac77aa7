import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { PageHeader } from '@/components/page/PageHeader'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Label } from '@/components/ui/label'
import { Select } from '@/components/ui/select'
import { formatDate } from '@/lib/dates'
import { getPublishedPolicy, listPolicyVersions, publishedPolicySlugs, type PolicyVersion } from '@/queries/policies'

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

function VersionSelect({
  name,
  label,
  versions,
  defaultValue,
}: {
  name: string
  label: string
  versions: PolicyVersion[]
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

export default async function PolicyVersionsPage({ params }: Props) {
  const { slug } = await params
  const policy = await getPublishedPolicy(slug)
  if (!policy) notFound()
  const versions = await listPolicyVersions(policy)
  const [latest, previous] = versions

  return (
    <>
      <PageHeader
        title={`${policy.title}: version history`}
        trail={[
          { href: '/policies', label: 'Policies' },
          { href: `/policies/${slug}`, label: policy.title },
        ]}
      />

      <div className="overflow-x-auto rounded-xl border border-border bg-card">
        <table className="versions m-0 w-full border-collapse text-sm">
          <caption className="sr-only">Published versions, newest first</caption>
          <thead className="bg-muted text-muted-foreground">
            <tr>
              <th className="px-4 py-3 text-start font-medium" scope="col">
                Version
              </th>
              <th className="px-4 py-3 text-start font-medium" scope="col">
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
                  <Link className="font-medium no-underline hover:underline" href={`/policies/${slug}/versions/${version.versionNumber}`}>
                    Version {version.versionNumber}
                  </Link>
                  {version.versionNumber === policy.versionNumber && <span className="text-muted-foreground"> (current)</span>}
                </td>
                <td className="px-4 py-3 align-top whitespace-nowrap">{formatDate(version.publishedAt)}</td>
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
            <form action={`/policies/${slug}/compare`} className="flex flex-col gap-4 sm:flex-row sm:items-end" method="get">
              <VersionSelect defaultValue={previous?.versionNumber} label="Older version" name="from" versions={versions} />
              <VersionSelect defaultValue={latest?.versionNumber} label="Newer version" name="to" versions={versions} />
              <Button type="submit">Show changes</Button>
            </form>
          </CardContent>
        </Card>
      ) : (
        <p className="mt-8 text-muted-foreground">This policy has one version so far, so there is nothing to compare yet.</p>
      )}
    </>
  )
}
