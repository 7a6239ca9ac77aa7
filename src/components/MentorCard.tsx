import type { ReactNode } from 'react'

import { Avatar } from '@/components/Avatar'
import { Badge } from '@/components/ui/badge'
import { CardLink } from '@/components/ui/card'
import { cn } from '@/lib/cn'
import { formatDate } from '@/lib/dates'
import { languageName } from '@/lib/languages'
import { availabilityOf, type MentorCard as Card } from '@/queries/mentors'

/**
 * How a profile shows in the directory: only what its owner lets this viewer see. The whole card
 * opens the profile (the name's link is stretched over it); the photo, when the viewer may see
 * it, or the initials sit beside the name, so their alt text is empty. `children` go last, inside
 * the card (a suggestion's reasons).
 */
export function MentorCard({ mentor, headingLevel: Heading = 'h2', children }: { mentor: Card; headingLevel?: 'h2' | 'h3'; children?: ReactNode }) {
  const availability = availabilityOf(mentor)
  return (
    <li
      className={cn(
        'card mentor-card relative flex flex-col gap-3 transition-colors',
        'hover:border-primary/60 hover:bg-accent/40 has-[:focus-visible]:border-ring',
      )}
    >
      <div className="flex items-start gap-3">
        <Avatar name={mentor.displayName} src={mentor.photo?.small} size="md" />
        <div className="min-w-0 flex-1">
          <Heading className="m-0 text-lg leading-snug font-semibold">
            <CardLink href={`/mentors/${mentor.slug}`}>{mentor.displayName}</CardLink>
            {mentor.pronouns && <span className="pronouns font-normal text-muted-foreground"> ({mentor.pronouns})</span>}
          </Heading>
          <p className="meta m-0 text-sm text-muted-foreground">
            {mentor.kind === 'mentor' ? 'Mentor' : 'Connector'}
            {mentor.organization ? ` · ${mentor.organization.name}` : ''}
            {mentor.location ? ` · ${mentor.location}` : ''}
          </p>
        </div>
      </div>
      {availability !== 'open' && (
        <p className="m-0">
          <Badge variant="warning" className="availability-note m-0 text-sm">
            {availability === 'full' ? 'Full for now' : `Paused${mentor.pausedUntil ? ` until ${formatDate(mentor.pausedUntil)}` : ''}`}
          </Badge>
        </p>
      )}
      {mentor.headline && <p className="m-0">{mentor.headline}</p>}
      {mentor.skills.length > 0 && (
        <p className="tags m-0" aria-label="Skills offered">
          {mentor.skills.map((skill) => (
            <span className="tag" key={skill.slug}>
              {skill.name}
            </span>
          ))}
        </p>
      )}
      {(mentor.languages?.length ?? 0) > 0 && <p className="meta m-0 text-sm text-muted-foreground">Speaks {mentor.languages!.map(languageName).join(', ')}</p>}
      {children}
    </li>
  )
}
