import { SetStepNav } from '@payloadcms/ui'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { meetingFrequencies } from '@/matching/options'
import { programHealth, type MentorshipHealth, type ProgramHealth, type SideHealth } from '@/mentorship/health'
import { feedbackMoods } from '@/mentorship/shape-options'
import { reportablePrograms } from '@/programs/reports'

import { programReportsPath } from '../program-reports/paths'
import { Headlines, ProgramLinks, programView } from '../program-view'
import '../program-reports/program-reports.css'
import { markWorryHandledAction } from './actions'
import { programHealthPath } from './paths'
import './program-health.css'

const formatDay = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '—'
const moodLabel = (mood: string | null) => (mood ? (feedbackMoods.find(([value]) => value === mood)?.[1] ?? mood) : 'No mood given')
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/program-health and /admin/program-health/<id>: how a programme's mentorships are going,
 * for its staff and admins. Like the reports, the view checks the viewer itself: a programme that
 * is not theirs is not found. Chosen names, dates, moods and what members wrote to staff; never
 * an address or an identity field.
 */
export async function ProgramHealthView(props: AdminViewServerProps) {
  const { searchParams } = props
  const { payload, user, segments, adminRoute, base, template } = programView(props, { path: programHealthPath, className: 'program-report program-health' })

  if (!segments[1]) {
    const programs = await reportablePrograms(payload, user)
    return template(
      <>
        <SetStepNav nav={[{ label: 'Mentorships’ health' }]} />
        <h1>Mentorships’ health</h1>
        <p className="program-report__lead">
          For each programme you run: the mentorships whose check-ins went unanswered, where someone raised a worry, or whose end date has passed, and the
          feedback of those that ended.
        </p>
        {programs.length === 0 ? <p>Your organisation runs no programmes yet.</p> : null}
        <ProgramLinks programs={programs} base={base} />
      </>,
    )
  }

  const health = await programHealth(payload, segments[1], user)
  if (!health) notFound()
  const notice = first(searchParams?.handled as string | string[] | undefined)
    ? 'Marked as handled.'
    : first(searchParams?.refused as string | string[] | undefined)
      ? 'That worry could not be marked: it is not in a programme you run.'
      : null
  return template(
    <>
      <SetStepNav nav={[{ label: 'Mentorships’ health', url: programHealthPath }, { label: health.program.name }]} />
      <h1>Mentorships’ health: {health.program.name}</h1>
      <p className="program-report__lead">
        Active mentorships, those needing attention first. Check-in answers and worries are private from the other person in the mentorship.{' '}
        <Link href={`${adminRoute}${programReportsPath}/${health.program.id}`}>Programme report</Link>
        {' · '}
        <Link href={`${adminRoute}/collections/programs/${health.program.id}`}>Programme settings</Link>
      </p>
      {notice ? (
        <p role="status" className="program-health__notice">
          {notice}
        </p>
      ) : null}
      <Counts health={health} />
      <section aria-labelledby="health-active">
        <h2 id="health-active">Active mentorships</h2>
        {health.mentorships.length === 0 ? (
          <p data-testid="health-empty">No active mentorships in this programme yet.</p>
        ) : (
          <ul className="program-health__list">
            {health.mentorships.map((row) => (
              <MentorshipCard key={row.requestId} row={row} programId={health.program.id} />
            ))}
          </ul>
        )}
      </section>
      <Ended health={health} />
    </>,
  )
}

function Counts({ health }: { health: ProgramHealth }) {
  const { counts } = health
  const figures: [string, number][] = [
    ['Active mentorships', counts.active],
    ['Needing attention', counts.needingAttention],
    ['No check-in answered', counts.noCheckIn],
    ['Open worries', counts.openWorries],
    ['Past their end date', counts.overdue],
  ]
  return <Headlines figures={figures} data-testid="health-counts" />
}

function SideLine({ label, side }: { label: string; side: SideHealth }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {side.confirmedAt ? `Agreement confirmed ${formatDay(side.confirmedAt)}` : 'Agreement not confirmed'}
        {' · '}
        {side.lastCheckIn ? `Last check-in ${formatDay(side.lastCheckIn.at)}: ${moodLabel(side.lastCheckIn.mood)}` : 'No check-in yet'}
        {side.noCheckIn ? <strong className="program-health__flag"> · No check-in answered</strong> : null}
      </dd>
    </div>
  )
}

function MentorshipCard({ row, programId }: { row: MentorshipHealth; programId: number | string }) {
  const frequency = row.frequency ? meetingFrequencies.find(([value]) => value === row.frequency)?.[1] : null
  return (
    <li className={`program-health__card${row.needsAttention ? ' program-health__card--attention' : ''}`} data-testid="health-mentorship">
      <h3>
        {row.menteeName} with {row.mentorName}
      </h3>
      <p className="program-report__muted">
        Started {formatDay(row.startedAt)} · Ends {formatDay(row.endsOn)}
        {frequency ? ` · ${frequency}` : ''}
        {row.overdue ? <strong className="program-health__flag"> · Past its end date</strong> : null}
      </p>
      <dl className="program-health__sides">
        <SideLine label={`Mentee (${row.menteeName})`} side={row.student} />
        <SideLine label={`Mentor (${row.mentorName})`} side={row.mentor} />
      </dl>
      {row.openWorries.map((worry) => (
        <div key={worry.id} className="program-health__worry" data-testid="health-worry">
          <p>
            <strong>
              Worry from the {worry.side === 'student' ? 'mentee' : 'mentor'}, {formatDay(worry.raisedAt)}
            </strong>
          </p>
          <p className="program-health__note">{worry.note}</p>
          <form action={markWorryHandledAction}>
            <input type="hidden" name="worry" value={String(worry.id)} />
            <input type="hidden" name="program" value={String(programId)} />
            <button type="submit" className="btn btn--style-secondary btn--size-small">
              Mark handled
            </button>
          </form>
        </div>
      ))}
    </li>
  )
}

function Ended({ health }: { health: ProgramHealth }) {
  const rating = (given: { rating: number | null; comment: string | null } | null) =>
    given ? (
      <>
        {given.rating != null ? `${given.rating} of 5` : 'No rating'}
        {given.comment ? <span className="program-health__note">{given.comment}</span> : null}
      </>
    ) : (
      <span className="program-report__muted">No feedback given</span>
    )
  return (
    <section aria-labelledby="health-ended">
      <h2 id="health-ended">Closing feedback</h2>
      {health.ended.length === 0 ? (
        <p>No ended mentorship has feedback yet.</p>
      ) : (
        <div className="program-report__table-wrap">
          <table className="program-report__table" data-testid="health-feedback">
            <thead>
              <tr>
                <th scope="col">Mentorship</th>
                <th scope="col">Ended</th>
                <th scope="col">Mentee’s feedback</th>
                <th scope="col">Mentor’s feedback</th>
              </tr>
            </thead>
            <tbody>
              {health.ended.map((row) => (
                <tr key={row.requestId}>
                  <th scope="row">
                    {row.menteeName} with {row.mentorName}
                  </th>
                  <td>{formatDay(row.endedAt)}</td>
                  <td>{rating(row.student)}</td>
                  <td>{rating(row.mentor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
