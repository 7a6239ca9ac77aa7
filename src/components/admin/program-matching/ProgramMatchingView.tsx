import { SetStepNav } from '@payloadcms/ui'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { hasRole, idOf, staffOrganizationOf } from '@/access'
import { matchingPage, type RoundView } from '@/programs/matching-round'

import { programReportsPath } from '../program-reports/paths'
import { Headlines, programView } from '../program-view'
import { programMatchingPath } from './paths'
import '../program-reports/program-reports.css'
import './program-matching.css'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC'
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * /admin/program-matching and /admin/program-matching/<id>: programme staff propose a mentor for
 * every waiting mentee at once, review and change the pairs, and send the introductions. The
 * page works without JavaScript: each action is a plain form posted to /api/program-matching,
 * which sends the browser back here with what happened. Custom admin views are open to anyone
 * signed in by default, so the view checks the viewer itself (src/programs/matching-round.ts).
 * Staff see names, scores and the reasons the ranking gives staff: never a student's wishes,
 * identity fields or addresses.
 */
export async function ProgramMatchingView(props: AdminViewServerProps) {
  const { searchParams } = props
  const { payload, user, segments, adminRoute, base, template } = programView(props, {
    path: programMatchingPath,
    className: 'program-report program-matching',
  })

  if (!segments[1]) {
    const organization = staffOrganizationOf(user)
    if (!hasRole(user, 'admin') && organization == null) notFound()
    const { docs: programs } = await payload.find({
      collection: 'programs',
      where: { and: [{ matching: { equals: 'staff' } }, ...(hasRole(user, 'admin') ? [] : [{ organization: { equals: organization } }])] },
      select: { name: true },
      sort: 'name',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return template(
      <>
        <SetStepNav nav={[{ label: 'Matching rounds' }]} />
        <h1>Matching rounds</h1>
        {programs.length === 0 ? (
          <p>
            None of your programmes has its staff propose the pairs. Set a programme’s matching to “Programme staff propose the pairs” to match its mentees
            here.
          </p>
        ) : (
          <ul className="program-report__programs">
            {programs.map((program) => (
              <li key={program.id}>
                <Link href={`${base}/${program.id}`}>{program.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </>,
    )
  }

  const result = await matchingPage(payload, user, segments[1])
  if (!result.ok && (result.status === 404 || result.status === 403 || result.status === 401)) notFound()
  const notice = first(searchParams?.notice as string | string[] | undefined)
  const error = first(searchParams?.error as string | string[] | undefined)
  const messages = (
    <>
      {notice ? (
        <p role="status" className="program-matching__notice">
          {notice.slice(0, 1000)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="program-report__error">
          {error.slice(0, 1000)}
        </p>
      ) : null}
    </>
  )
  if (!result.ok) {
    return template(
      <>
        <SetStepNav nav={[{ label: 'Matching rounds', url: programMatchingPath }, { label: 'Matching round' }]} />
        <h1>Matching round</h1>
        {messages}
        <p role="alert" className="program-report__error">
          {result.message}
        </p>
        <p>
          <Link href={`${adminRoute}/collections/programs/${segments[1]}`}>Programme settings</Link>
        </p>
      </>,
    )
  }
  const api = payload.config.routes.api
  return template(
    <>
      <SetStepNav nav={[{ label: 'Matching rounds', url: programMatchingPath }, { label: result.program.name }]} />
      <h1>Matching round: {result.program.name}</h1>
      <p className="program-report__lead">
        The platform proposes one mentor for each mentee still waiting, from the mentee’s wishes and the mentors’ profiles and places left, so that the pairs
        fit best as a whole. Change any pair, then send the introductions: each pair’s mentorship begins and both people get an email naming the other.{' '}
        <Link href={`${adminRoute}/collections/programs/${result.program.id}`}>Programme settings</Link> ·{' '}
        <Link href={`${adminRoute}${programReportsPath}/${result.program.id}`}>Programme report</Link>
      </p>
      {messages}
      <Round view={result} api={api} />
    </>,
  )
}

function Counts({ view }: { view: RoundView }) {
  const draft = view.round?.status === 'draft' ? view.round : null
  const proposed = (draft?.pairs ?? []).filter((pair) => pair.profile != null).length
  const placesLeft = view.mentors.reduce((sum, mentor) => sum + mentor.placesLeft, 0) - proposed
  const figures: [string, number][] = [
    ['Mentees waiting', view.waiting],
    ['Proposed pairs', proposed],
    ['Without a mentor', draft ? (draft.pairs?.length ?? 0) - proposed : view.waiting],
    ['Mentors’ places left', Math.max(0, placesLeft)],
  ]
  return <Headlines figures={figures} aria-label="This round in figures" />
}

function Round({ view, api }: { view: RoundView; api: string }) {
  const { round, program } = view
  const draft = round?.status === 'draft' ? round : null
  const roomy = view.mentors.filter((mentor) => mentor.placesLeft > 0)
  const propose = (label: string) => (
    <form method="post" action={`${api}/program-matching/${program.id}/propose`} className="program-matching__propose">
      <button type="submit" className="btn btn--style-primary btn--size-medium">
        {label}
      </button>
    </form>
  )
  return (
    <>
      <Counts view={view} />
      {view.waiting === 0 && !draft ? (
        <p className="program-matching__empty">
          No mentee is waiting for a mentor: every active mentee in {program.name} has a mentorship or a request in it. New mentees appear here once staff
          approve them.
        </p>
      ) : null}
      {roomy.length === 0 ? (
        <p className="program-matching__empty">
          No mentor in {program.name} has a place left{view.mentors.length === 0 ? ' (the programme has no listed mentors yet)' : ''}. Pairs can be proposed
          once a mentor joins or a mentorship ends.
        </p>
      ) : null}
      {view.waiting > 0 && !draft ? propose('Propose pairs') : null}
      {draft ? <Draft view={view} api={api} /> : null}
      {draft && view.waiting > 0 ? (
        <div className="program-matching__again">
          <p className="program-report__muted">Proposing again replaces this draft, and your changes to it, with a new proposal for everyone waiting now.</p>
          {propose('Propose pairs again')}
        </div>
      ) : null}
      {round?.status === 'sent' ? <Sent view={view} /> : null}
    </>
  )
}

function Draft({ view, api }: { view: RoundView; api: string }) {
  const round = view.round!
  const pairs = round.pairs ?? []
  const proposed = pairs.filter((pair) => pair.profile != null).length
  return (
    <section className="program-report__section" aria-labelledby="matching-pairs">
      <h2 id="matching-pairs">Proposed pairs</h2>
      <p>
        Proposed {round.createdAt ? formatWhen(round.createdAt) : ''}: {plural(proposed, 'pair', 'pairs')} for {plural(pairs.length, 'mentee', 'mentees')}. The
        reasons are what the mentee and the mentor have in common; a student’s private wishes are not shown.
      </p>
      <div className="program-report__table-wrap" role="region" aria-label="Proposed pairs" tabIndex={0}>
        <table className="program-report__table program-matching__table">
          <thead>
            <tr>
              <th scope="col" className="program-report__text">
                Mentee
              </th>
              <th scope="col" className="program-report__text">
                Proposed mentor
              </th>
              <th scope="col">Score</th>
              <th scope="col" className="program-report__text">
                Why
              </th>
              <th scope="col" className="program-report__text">
                Change the mentor
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => {
              const mentee = String(idOf(pair.mentee))
              const profile = idOf(pair.profile)
              const choices = view.choicesOf.get(mentee)
              const selectId = `mentor-for-${mentee}`
              return (
                <tr key={pair.id ?? mentee}>
                  <th scope="row">{pair.menteeName ?? 'A mentee'}</th>
                  <td className="program-report__text">
                    {profile != null ? (view.mentorNames.get(String(profile)) ?? 'A mentor') : <em>No mentor this round</em>}
                    {pair.adjusted ? <span className="program-matching__tag"> changed by staff</span> : null}
                  </td>
                  <td>{pair.score ?? '–'}</td>
                  <td className="program-report__text">
                    {pair.reasons ? (
                      <ul className="program-matching__reasons">
                        {pair.reasons
                          .split('\n')
                          .filter(Boolean)
                          .map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                      </ul>
                    ) : (
                      <span className="program-report__muted">–</span>
                    )}
                  </td>
                  <td className="program-report__text">
                    {choices ? (
                      <form method="post" action={`${api}/program-matching/rounds/${round.id}/adjust`} className="program-matching__change">
                        <input type="hidden" name="mentee" value={mentee} />
                        <label htmlFor={selectId} className="program-report__visually-hidden">
                          Mentor for {pair.menteeName ?? 'this mentee'}
                        </label>
                        <select id={selectId} name="profile" defaultValue={profile != null ? String(profile) : 'none'}>
                          <option value="none">No mentor this round</option>
                          {choices.map((choice) => (
                            <option key={choice.profileId} value={choice.profileId}>
                              {choice.name} ({plural(choice.placesLeft, 'place', 'places')} left, score {choice.score})
                            </option>
                          ))}
                        </select>
                        <button type="submit" className="btn btn--style-secondary btn--size-small">
                          Change<span className="program-report__visually-hidden"> the mentor for {pair.menteeName ?? 'this mentee'}</span>
                        </button>
                      </form>
                    ) : (
                      <span className="program-report__muted">No longer waiting</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {proposed > 0 ? (
        <form method="post" action={`${api}/program-matching/rounds/${round.id}/send`} className="program-matching__send">
          <label className="program-matching__confirm">
            <input type="checkbox" name="confirm" required /> I have reviewed the pairs: start {plural(proposed, 'mentorship', 'mentorships')} and email both
            people in each pair
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-medium">
            Send introductions
          </button>
        </form>
      ) : (
        <p className="program-matching__empty">No mentee in this round has a mentor proposed, so there is nothing to send.</p>
      )}
    </section>
  )
}

function Sent({ view }: { view: RoundView }) {
  const round = view.round!
  const pairs = (round.pairs ?? []).filter((pair) => pair.request != null)
  return (
    <section className="program-report__section" aria-labelledby="matching-sent">
      <h2 id="matching-sent">Last round sent</h2>
      <p>
        Introductions sent {round.sentAt ? formatWhen(round.sentAt) : ''}: {plural(pairs.length, 'mentorship', 'mentorships')} began.
      </p>
      <div className="program-report__table-wrap" role="region" aria-label="Introductions sent" tabIndex={0}>
        <table className="program-report__table">
          <thead>
            <tr>
              <th scope="col" className="program-report__text">
                Mentee
              </th>
              <th scope="col" className="program-report__text">
                Mentor
              </th>
              <th scope="col" className="program-report__text">
                Introduced
              </th>
            </tr>
          </thead>
          <tbody>
            {(round.pairs ?? []).map((pair) => (
              <tr key={pair.id ?? String(idOf(pair.mentee))}>
                <th scope="row">{pair.menteeName ?? 'A mentee'}</th>
                <td className="program-report__text">{pair.profile != null ? (view.mentorNames.get(String(idOf(pair.profile))) ?? 'A mentor') : '–'}</td>
                <td className="program-report__text">{pair.request != null ? 'Yes, the mentorship began' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
