import Link from 'next/link'

import { formatDate } from '@/lib/dates'
import { languageName } from '@/lib/languages'
import { availabilityOf, type MentorCard as Card } from '@/queries/mentors'

/** How a profile shows in the directory: only what its owner lets this viewer see. */
export function MentorCard({ mentor, headingLevel: Heading = 'h2' }: { mentor: Card; headingLevel?: 'h2' | 'h3' }) {
  const availability = availabilityOf(mentor)
  return (
    <li className="card mentor-card">
      <Heading>
        <Link href={`/mentors/${mentor.slug}`}>{mentor.displayName}</Link>
        {mentor.pronouns && <span className="pronouns"> ({mentor.pronouns})</span>}
      </Heading>
      <p className="meta">
        {mentor.kind === 'mentor' ? 'Mentor' : 'Connector'}
        {mentor.organization ? ` · ${mentor.organization.name}` : ''}
        {mentor.location ? ` · ${mentor.location}` : ''}
      </p>
      {availability !== 'open' && (
        <p className="availability-note">
          {availability === 'full' ? 'Full for now' : `Paused${mentor.pausedUntil ? ` until ${formatDate(mentor.pausedUntil)}` : ''}`}
        </p>
      )}
      {mentor.headline && <p>{mentor.headline}</p>}
      {mentor.skills.length > 0 && (
        <p className="tags" aria-label="Skills offered">
          {mentor.skills.map((skill) => (
            <span className="tag" key={skill.slug}>
              {skill.name}
            </span>
          ))}
        </p>
      )}
      {(mentor.languages?.length ?? 0) > 0 && <p className="meta">Speaks {mentor.languages!.map(languageName).join(', ')}</p>}
    </li>
  )
}
