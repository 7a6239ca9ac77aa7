import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { formatDate } from '@/lib/dates'
import { getPublishedPolicy, listPolicyVersions, publishedPolicySlugs, type PolicyVersion } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = publishedPolicySlugs

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  return { title: policy ? `${policy.title}: version history` : 'Policy not found' }
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
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select defaultValue={defaultValue ?? undefined} id={name} name={name}>
        {versions.map((version) => (
          <option key={version.versionNumber} value={version.versionNumber ?? ''}>
            Version {version.versionNumber} ({formatDate(version.publishedAt)})
          </option>
        ))}
      </select>
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
      <p className="breadcrumb">
        <Link href="/policies">Policies</Link> / <Link href={`/policies/${slug}`}>{policy.title}</Link>
      </p>
      <h1>{policy.title}: version history</h1>

      <table className="versions">
        <caption className="visually-hidden">Published versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.versionNumber}>
              <td>
                <Link href={`/policies/${slug}/versions/${version.versionNumber}`}>Version {version.versionNumber}</Link>
                {version.versionNumber === policy.versionNumber && ' (current)'}
              </td>
              <td>{formatDate(version.publishedAt)}</td>
              <td>{version.changeSummary || 'No summary given.'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {versions.length > 1 ? (
        <form action={`/policies/${slug}/compare`} className="compare-form" method="get">
          <h2>Compare two versions</h2>
          <VersionSelect defaultValue={previous?.versionNumber} label="Older version" name="from" versions={versions} />
          <VersionSelect defaultValue={latest?.versionNumber} label="Newer version" name="to" versions={versions} />
          <button type="submit">Show changes</button>
        </form>
      ) : (
        <p>This policy has one version so far, so there is nothing to compare yet.</p>
      )}
    </>
  )
}
