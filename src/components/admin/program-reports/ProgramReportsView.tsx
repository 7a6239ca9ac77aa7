import { SetStepNav } from '@payloadcms/ui'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { programReport, reportablePrograms, reportTables, type ProgramReport, type ReportTable, type ReportTableName } from '@/programs/reports'

import { programHealthPath } from '../program-health/paths'
import { programMatchingPath } from '../program-matching/paths'
import { ProgramLinks, programView } from '../program-view'
import { programReportsPath } from './paths'
import { ReportChart, type ChartSeries } from './ReportChart'
import './program-reports.css'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const days = (hours: number) => Math.round((hours / 24) * 10) / 10
const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const formatDay = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

const colors = {
  first: 'var(--theme-elevation-800)',
  second: 'var(--theme-success-500)',
  third: 'var(--theme-warning-600)',
}

/**
 * /admin/program-reports and /admin/program-reports/<id>?from=&to=: a programme's report for
 * its staff and admins. Custom admin views are open to anyone by default, so the view checks
 * the viewer itself: visitors sign in first, and a programme that is not the viewer's is not
 * found, with nothing of it shown.
 */
export async function ProgramReportsView(props: AdminViewServerProps) {
  const { searchParams } = props
  const from = first(searchParams?.from as string | string[] | undefined)
  const to = first(searchParams?.to as string | string[] | undefined)
  const period = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString()
  const { payload, user, segments, adminRoute, base, template } = programView(props, { path: programReportsPath, className: 'program-report', query: period })
  const programs = await reportablePrograms(payload, user)

  // The form's programme picker sends ?program=<id>: take it to that programme's address.
  const picked = first(searchParams?.program as string | string[] | undefined)
  if (picked && programs.some((program) => String(program.id) === picked)) redirect(`${base}/${encodeURIComponent(picked)}${period ? `?${period}` : ''}`)

  if (!segments[1]) {
    return template(
      <>
        <SetStepNav nav={[{ label: 'Programme reports' }]} />
        <h1>Programme reports</h1>
        <p className="program-report__lead">
          Members, requests, first answers, mentorships, the approval queue and who left, for a period you choose. Reports show counts and dates only: never
          what members wrote, their addresses, answers or identity.
        </p>
        {programs.length === 0 ? <p>Your organisation runs no programmes yet. Create one under Programmes, and its report appears here.</p> : null}
        <ProgramLinks programs={programs} base={base} />
      </>,
    )
  }

  const result = await programReport(payload, segments[1], { from, to, viewer: user })
  if (!result.ok && result.status !== 400) notFound()
  const current = programs.find((program) => String(program.id) === segments[1])
  const name = current?.name ?? 'Programme'

  const form = (
    <form className="program-report__form" method="get" action={base} aria-label="Choose the programme and period">
      <div className="program-report__field">
        <label htmlFor="report-program">Programme</label>
        <select id="report-program" name="program" defaultValue={segments[1]}>
          {programs.map((program) => (
            <option key={program.id} value={String(program.id)}>
              {program.name}
            </option>
          ))}
        </select>
      </div>
      <div className="program-report__field">
        <label htmlFor="report-from">From</label>
        <input id="report-from" name="from" type="date" defaultValue={result.ok ? result.report.period.from : from} required />
      </div>
      <div className="program-report__field">
        <label htmlFor="report-to">To</label>
        <input id="report-to" name="to" type="date" defaultValue={result.ok ? result.report.period.to : to} required />
      </div>
      <button type="submit" className="btn btn--style-primary btn--size-medium program-report__submit">
        Show report
      </button>
    </form>
  )

  if (!result.ok) {
    return template(
      <>
        <SetStepNav nav={[{ label: 'Programme reports', url: programReportsPath }, { label: name }]} />
        <h1>Report: {name}</h1>
        <p role="alert" className="program-report__error">
          {result.message}
        </p>
        {form}
      </>,
    )
  }

  const { report } = result
  return template(
    <>
      <SetStepNav nav={[{ label: 'Programme reports', url: programReportsPath }, { label: name }]} />
      <h1>Report: {report.program.name}</h1>
      <p className="program-report__lead">
        {formatDay(`${report.period.from}T00:00:00Z`)} to {formatDay(`${report.period.to}T00:00:00Z`)} (UTC), counts and dates only.{' '}
        <Link href={`${adminRoute}/collections/programs/${report.program.id}`}>Programme settings</Link>
        {report.program.matching === 'staff' ? (
          <>
            {' · '}
            <Link href={`${adminRoute}${programMatchingPath}/${report.program.id}`}>Matching round</Link>
          </>
        ) : null}
        {' · '}
        <Link href={`${adminRoute}${programHealthPath}/${report.program.id}`}>Mentorships’ health</Link>
      </p>
      {form}
      <Headlines report={report} />
      <Sections report={report} csvBase={`${payload.config.routes.api}/program-reports/${report.program.id}`} />
    </>,
  )
}

function Headlines({ report }: { report: ProgramReport }) {
  const { members, requests, firstAnswers, mentorships, waiting, leavers } = report
  const figures: [string, string, string?][] = [
    ['Mentors in the programme', String(members.atEnd.mentor.active), `${members.joinedInPeriod.mentor} joined in the period`],
    ['Mentees in the programme', String(members.atEnd.mentee.active), `${members.joinedInPeriod.mentee} joined in the period`],
    ['Requests sent', String(requests.sent), `${requests.answered} answered, ${requests.accepted} accepted`],
    [
      'Median time to a first answer',
      firstAnswers.medianHours == null
        ? 'No answers yet'
        : firstAnswers.medianHours < 48
          ? `${firstAnswers.medianHours} hours`
          : `${days(firstAnswers.medianHours)} days`,
      `over ${firstAnswers.answered} answered ${firstAnswers.answered === 1 ? 'request' : 'requests'}`,
    ],
    ['Active mentorships now', String(mentorships.activeNow), `${mentorships.endedInPeriod} ended in the period`],
    [
      'Waiting for approval now',
      String(waiting.total),
      waiting.oldestWaitedDays == null ? 'Nobody is waiting' : `the longest for ${waiting.oldestWaitedDays} ${waiting.oldestWaitedDays === 1 ? 'day' : 'days'}`,
    ],
    ['Left or removed in the period', String(leavers.total)],
  ]
  return (
    <section aria-labelledby="report-headlines">
      <h2 id="report-headlines" className="program-report__visually-hidden">
        Headline figures
      </h2>
      <dl className="program-report__headlines">
        {figures.map(([label, value, detail]) => (
          <div key={label} className="program-report__headline">
            <dt>{label}</dt>
            <dd className="program-report__figure">{value}</dd>
            {detail ? <dd className="program-report__muted">{detail}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  )
}

function Sections({ report, csvBase }: { report: ProgramReport; csvBase: string }) {
  const tables = reportTables(report)
  const query = `?from=${report.period.from}&to=${report.period.to}`
  const csv = (name: ReportTableName) => `${csvBase}/${name}.csv${query}`
  const weeks = report.members.weeks.length / 2
  const byWeek = report.requests.weeks.map((week) => {
    const mentors = report.members.weeks.find((row) => row.weekEnding === week.weekEnding && row.side === 'mentor')!.counts
    const mentees = report.members.weeks.find((row) => row.weekEnding === week.weekEnding && row.side === 'mentee')!.counts
    return {
      week: shortDay(week.weekEnding),
      mentors: mentors.active,
      mentees: mentees.active,
      waiting: mentors['awaiting-approval'] + mentees['awaiting-approval'],
      sent: week.sent,
      answered: week.answered,
      accepted: week.accepted,
    }
  })
  const memberSeries: ChartSeries[] = [
    { key: 'mentors', label: 'Mentors', color: colors.first },
    { key: 'mentees', label: 'Mentees', color: colors.second },
    { key: 'waiting', label: 'Waiting for approval', color: colors.third },
  ]
  const requestSeries: ChartSeries[] = [
    { key: 'sent', label: 'Sent', color: colors.first },
    { key: 'answered', label: 'Answered', color: colors.second },
    { key: 'accepted', label: 'Accepted', color: colors.third },
  ]
  return (
    <>
      <Section
        id="members"
        heading="Members over time"
        table={tables.members}
        csv={csv('members')}
        summary={`Members at the end of each of the ${weeks} weeks. At the end of the period: ${report.members.atEnd.mentor.active} mentors and ${report.members.atEnd.mentee.active} mentees in the programme.`}
        chart={
          <ReportChart kind="line" rows={byWeek} xKey="week" series={memberSeries} label="Mentors, mentees and people waiting for approval, week by week" />
        }
      />
      <Section
        id="requests"
        heading="Requests"
        table={tables.requests}
        csv={csv('requests')}
        summary={`${report.requests.sent} requests sent within the programme in the period: ${report.requests.answered} answered so far, ${report.requests.accepted} accepted, ${report.requests.declined} declined, ${report.requests.expired} expired without an answer, ${report.requests.withdrawn} withdrawn and ${report.requests.open} still open.`}
        chart={
          <ReportChart kind="bar" rows={byWeek} xKey="week" series={requestSeries} label="Requests sent, answered and accepted, by the week they were sent" />
        }
      />
      <Section
        id="first-answers"
        heading="Time to a first answer"
        table={tables['first-answers']}
        csv={csv('first-answers')}
        summary={
          report.firstAnswers.medianHours == null
            ? 'No request sent in the period has been answered yet.'
            : `Half of the ${report.firstAnswers.answered} answered requests had a first answer within ${report.firstAnswers.medianHours} hours (${days(report.firstAnswers.medianHours)} days).`
        }
        chart={
          <ReportChart
            kind="bar"
            rows={report.firstAnswers.buckets.map((bucket) => ({ bucket: bucket.label, requests: bucket.count }))}
            xKey="bucket"
            series={[{ key: 'requests', label: 'Requests', color: colors.second }]}
            label="Answered requests by the time to their first answer"
          />
        }
      />
      <Section
        id="mentorships"
        heading="Mentorships"
        table={tables.mentorships}
        csv={csv('mentorships')}
        summary={`${report.mentorships.activeNow} mentorships are active now; ${report.mentorships.endedInPeriod} ended in the period.`}
      />
      <Section
        id="waiting"
        heading="Waiting for approval"
        table={tables.waiting}
        csv={csv('waiting')}
        summary={
          report.waiting.oldestSince
            ? `${report.waiting.total} waiting now; the longest since ${formatDay(report.waiting.oldestSince)}.`
            : 'Nobody is waiting for approval.'
        }
      />
      <Section
        id="leavers"
        heading="Left or removed"
        table={tables.leavers}
        csv={csv('leavers')}
        summary={`${report.leavers.total} people left the programme or were removed by staff in the period.`}
      />
    </>
  )
}

function Section({
  id,
  heading,
  summary,
  chart,
  table,
  csv,
}: {
  id: string
  heading: string
  summary: string
  chart?: React.ReactNode
  table: ReportTable
  csv: string
}) {
  const long = table.rows.length > 12
  // Words read from the left, figures line up on the right.
  const textColumn = (index: number) => index === 0 || typeof table.rows[0]?.[index] === 'string'
  const tableElement = (
    // Wide tables scroll sideways on a phone; the region takes keyboard focus so it can be scrolled.
    <div className="program-report__table-wrap" role="region" aria-label={table.title} tabIndex={0}>
      <table className="program-report__table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={textColumn(index) ? 'program-report__text' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column} className={typeof cell === 'string' ? 'program-report__text' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
  return (
    <section className="program-report__section" aria-labelledby={`report-${id}`}>
      <div className="program-report__section-head">
        <h2 id={`report-${id}`}>{heading}</h2>
        {/* A download, not a page: a plain link, so the browser saves the file. */}
        <a className="btn btn--style-secondary btn--size-small program-report__csv" href={csv} download>
          Download CSV<span className="program-report__visually-hidden"> of {heading.toLowerCase()}</span>
        </a>
      </div>
      <p>{summary}</p>
      {chart ? (
        <figure className="program-report__figure-box" aria-label={`Chart: ${heading.toLowerCase()}`}>
          {chart}
          <figcaption className="program-report__muted">The table below gives the same figures.</figcaption>
        </figure>
      ) : null}
      {long ? (
        <details>
          <summary>Show the table ({table.rows.length} rows)</summary>
          {tableElement}
        </details>
      ) : (
        tableElement
      )}
    </section>
  )
}
