import type { Metadata } from 'next'

import Form from 'next/form'
import Link from 'next/link'

import { getSignedInMember } from '@/accounts/session'
import { MentorCard } from '@/components/MentorCard'
import { Pagination } from '@/components/Pagination'
import { directoryHref, directorySortLabels, directorySorts, parseDirectoryParams } from '@/directory/params'
import { languageOptions } from '@/lib/languages'
import { getPayloadClient } from '@/lib/payload'
import { listDirectoryChoices, searchMentors } from '@/queries/mentors'

export const metadata: Metadata = {
  title: 'Find a Mentor or Connector',
  description: 'LGBTQ+ professionals who help students with résumés, interviews, job searches and being out at work.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MentorsPage({ searchParams }: Props) {
  const params = parseDirectoryParams(await searchParams)
  const payload = await getPayloadClient()
  const viewer = await getSignedInMember()
  const [result, choices] = await Promise.all([searchMentors(payload, params, viewer), listDirectoryChoices(payload)])
  const filtered = Boolean(params.q || params.kind || params.industry || params.skill || params.organization || params.language)
  const first = (result.page - 1) * result.perPage + 1

  return (
    <>
      <h1>Find a Mentor or Connector</h1>
      <p className="lead">
        Mentors support you over a few conversations; Connectors make one introduction or answer one question. Nobody’s email address is shown: you reach them
        through the platform.
      </p>

      <Form action="/mentors" className="directory-form" role="search" aria-label="Mentors and Connectors">
        <div className="field wide">
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={params.q} maxLength={100} placeholder="for example: interview, nursing, design" />
        </div>
        <div className="field">
          <label htmlFor="kind">Mentors or Connectors</label>
          <select id="kind" name="kind" defaultValue={params.kind ?? ''}>
            <option value="">Both</option>
            <option value="mentor">Mentors</option>
            <option value="connector">Connectors</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="industry">Industry</label>
          <select id="industry" name="industry" defaultValue={params.industry ?? ''}>
            <option value="">Any industry</option>
            {choices.industries.map((industry) => (
              <option key={industry.slug} value={industry.slug}>
                {industry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="skill">Help with</label>
          <select id="skill" name="skill" defaultValue={params.skill ?? ''}>
            <option value="">Anything</option>
            {choices.skills.map((skill) => (
              <option key={skill.slug} value={skill.slug}>
                {skill.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="organization">Organisation</label>
          <select id="organization" name="organization" defaultValue={params.organization ?? ''}>
            <option value="">Any organisation</option>
            {choices.organizations.map((organization) => (
              <option key={organization.slug} value={organization.slug}>
                {organization.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="language">Language</label>
          <select id="language" name="language" defaultValue={params.language ?? ''}>
            <option value="">Any language</option>
            {languageOptions.map((language) => (
              <option key={language.value} value={language.value}>
                {language.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" name="sort" defaultValue={params.sort}>
            {directorySorts.map((sort) => (
              <option key={sort} value={sort}>
                {directorySortLabels[sort]}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox">
          <input id="show" name="show" type="checkbox" value="all" defaultChecked={params.show === 'all'} />
          <label htmlFor="show">Also show people who are paused or full</label>
        </div>
        <button type="submit">Search</button>
      </Form>

      <p role="status" className="meta" data-testid="result-count">
        {result.totalDocs === 0
          ? 'No Mentors or Connectors found'
          : `${result.moreThan ? `More than ${result.totalDocs.toLocaleString('en-US')} Mentors and Connectors` : result.totalDocs === 1 ? '1 Mentor or Connector' : `${result.totalDocs.toLocaleString('en-US')} Mentors and Connectors`}${
              result.totalPages > 1 ? `, showing ${first}–${first + result.docs.length - 1}` : ''
            }`}
        {params.show === 'available' ? ' open to new students' : ''}
      </p>

      {result.docs.length > 0 ? (
        <ul className="card-grid mentor-list">
          {result.docs.map((mentor) => (
            <MentorCard key={mentor.id} mentor={mentor} />
          ))}
        </ul>
      ) : (
        <div className="notice" data-testid="empty-state">
          {result.totalDocs > 0 ? (
            <p>
              There are no more results on this page. <Link href={directoryHref(params, { page: 1 })}>Go to the first page</Link>.
            </p>
          ) : (
            <>
              <p>Nobody matches all of these choices yet.</p>
              <ul>
                {params.show === 'available' && (
                  <li>
                    <Link href={directoryHref(params, { show: 'all', page: 1 })}>Include people who are paused or full</Link>
                  </li>
                )}
                {filtered && (
                  <li>
                    <Link href="/mentors">Clear the search and filters</Link>
                  </li>
                )}
                <li>Try fewer words, or a broader industry or skill.</li>
              </ul>
            </>
          )}
        </div>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => directoryHref(params, { page })} />
    </>
  )
}
