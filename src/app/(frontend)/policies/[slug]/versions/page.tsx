import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { formatDate } from '@/lib/dates'
import { getPublishedPolicy, listPolicyVersions, listPublishedPolicies } from '@/queries/policies'

export const revalidate = 600

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const policies = await listPublishedPolicies()
  return policies.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPublishedPolicy((await params).slug)
  return { title: policy ? `${policy.title}: version history` : 'Policy not found' }
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
          <div className="field">
            <label htmlFor="from">Older version</label>
            <select defaultValue={previous?.versionNumber ?? undefined} id="from" name="from">
              {versions.map((version) => (
                <option key={version.versionNumber} value={version.versionNumber ?? ''}>
                  Version {version.versionNumber} ({formatDate(version.publishedAt)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="to">Newer version</label>
            <select defaultValue={latest?.versionNumber ?? undefined} id="to" name="to">
              {versions.map((version) => (
                <option key={version.versionNumber} value={version.versionNumber ?? ''}>
                  Version {version.versionNumber} ({formatDate(version.publishedAt)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Show changes</button>
        </form>
      ) : (
        <p>This policy has one version so far, so there is nothing to compare yet.</p>
      )}
    </>
  )
}
