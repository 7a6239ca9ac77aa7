import type { Metadata } from 'next'

import Link from 'next/link'

import { OrganizationLogo } from '@/components/OrganizationLogo'
import { PageHeader } from '@/components/page/PageHeader'
import { Badge } from '@/components/ui/badge'
import { CardLink } from '@/components/ui/card'
import { describePeriod, joiningWindow, openSides, rulesOf } from '@/programs/eligibility'
import { listOpenPrograms, type ProgramView } from '@/queries/programs'
import { pageMetadata } from '@/site/metadata'

/** The same for every visitor: from the page cache, at most five minutes old. */
export const revalidate = 300

export const metadata: Metadata = pageMetadata({
  title: 'Mentoring programmes',
  description: 'Mentoring programmes run by Career Centers and companies: who they are for, when they run, and how to join.',
  path: '/programs',
})

const sideNames = (program: ProgramView) =>
  openSides(program)
    .map((side) => (side === 'mentor' ? 'mentors' : 'mentees') + (rulesOf(program, side).invitationOnly ? ' (by invitation)' : ''))
    .join(' and ')

export default async function ProgramsPage() {
  const programs = await listOpenPrograms()
  return (
    <>
      <PageHeader
        title="Mentoring programmes"
        lead="Some Career Centers and companies run their own mentoring programme, with their own agreements and their own way of checking who joins. Join one to find a mentor, or to mentor, within it."
      />
      {programs.length === 0 ? (
        <div className="notice">
          <p>No programme is taking new members at the moment.</p>
          <p>
            You can still <Link href="/mentors">find a Mentor or Connector in the directory</Link>, open to every Career Candidate.
          </p>
        </div>
      ) : (
        <ul className="card-grid" data-testid="programs">
          {programs.map((program) => {
            const joining = joiningWindow(program)
            const sides = sideNames(program)
            return (
              <li className="card relative flex flex-col gap-3 transition-colors hover:border-primary/60 hover:bg-accent/40" key={program.id}>
                <div className="flex items-start gap-3">
                  {program.organization ? (
                    <OrganizationLogo name={program.organization.name} src={program.organization.logo} size="sm" />
                  ) : (
                    <OrganizationLogo name={program.name} src={program.image?.url} size="sm" />
                  )}
                  <div className="min-w-0">
                    <h2 className="m-0 text-lg leading-snug font-semibold">
                      <CardLink href={`/programs/${program.slug}`}>{program.name}</CardLink>
                    </h2>
                    <p className="meta m-0 text-sm text-muted-foreground">
                      {'Run by '}
                      {program.organization ? (
                        // Above the card's stretched link, so it opens the organisation's own page.
                        <Link className="relative z-10" href={`/organizations/${program.organization.slug}`} prefetch={false}>
                          {program.organization.name}
                        </Link>
                      ) : (
                        'the Pride Career Network'
                      )}
                    </p>
                  </div>
                </div>
                <p className="m-0">{program.summary}</p>
                {sides && <p className="m-0 text-sm">Open to {sides}.</p>}
                <div className="flex flex-col gap-1 text-sm text-muted-foreground">
                  {!joining.open && (
                    <p className="m-0">
                      <Badge variant="warning">{joining.message}</Badge>
                    </p>
                  )}
                  {describePeriod(program)
                    .filter((line) => joining.open || !line.startsWith('Joining opens'))
                    .map((line) => (
                      <p className="m-0" key={line}>
                        {line}
                      </p>
                    ))}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <p className="meta mt-8">
        Runs a Career Center or an employee resource group? Staff can set up a programme in the <Link href="/admin">staff area</Link>.
      </p>
    </>
  )
}
