import Link from 'next/link'

import type { GuideSummary } from '@/queries/guides'

/** The role guides as cards, or a note while none are published. */
export function GuideCards({ guides, headingLevel }: { guides: GuideSummary[]; headingLevel: 'h2' | 'h3' }) {
  if (guides.length === 0) return <p>The role guides are being written. Please check back soon.</p>
  const Heading = headingLevel
  return (
    <ul className="card-grid">
      {guides.map((guide) => (
        <li className="card" key={guide.id}>
          <Heading>
            <Link href={`/guides/${guide.role}`}>{guide.title}</Link>
          </Heading>
          <p>{guide.summary}</p>
        </li>
      ))}
    </ul>
  )
}
