import type { Metadata } from 'next'

import Link from 'next/link'

import { listRoleGuides } from '@/queries/guides'

export const revalidate = 600

export const metadata: Metadata = { title: 'Role guides' }

export default async function GuidesPage() {
  const guides = await listRoleGuides()
  return (
    <>
      <h1>Role guides</h1>
      <p className="lead">What each role brings, what it can expect, and how to get started.</p>
      {guides.length === 0 ? (
        <p>The role guides are being written. Please check back soon.</p>
      ) : (
        <ul className="card-grid">
          {guides.map((guide) => (
            <li className="card" key={guide.id}>
              <h2>
                <Link href={`/guides/${guide.role}`}>{guide.title}</Link>
              </h2>
              <p>{guide.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
