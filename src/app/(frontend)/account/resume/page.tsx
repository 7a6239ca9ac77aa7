import type { Metadata } from 'next'

import Link from 'next/link'

import { memberPageMetadata } from '@/site/metadata'
import { requireMember } from '@/accounts/session'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { resumeReleases } from '@/resumes/access'
import { companiesToChooseFrom, downloadsOf, resumeOf } from '@/resumes/manage'

import { removeResume } from './actions'
import { ResumeForm } from './ResumeForm'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your résumé',
  description: 'Upload your résumé, choose which companies may download it and see who did.',
  path: '/account/resume',
})

type Props = { searchParams: Promise<{ removed?: string }> }

const sizeOf = (bytes: number | null | undefined) => (bytes ? `${Math.max(1, Math.round(bytes / 1024))} KB` : '')

export default async function ResumePage({ searchParams }: Props) {
  const member = await requireMember('/account/resume')
  const payload = await getPayloadClient()
  const { removed } = await searchParams

  if (!member.roles.includes('career-candidate')) {
    return (
      <>
        <h1>Your résumé</h1>
        <p className="notice">
          Career Candidates keep a résumé here for companies. <Link href="/account">Back to your account</Link>.
        </p>
      </>
    )
  }

  const [resume, companies] = await Promise.all([resumeOf(payload, member), companiesToChooseFrom(payload)])
  const downloads = resume ? await downloadsOf(payload, member, resume) : []
  const releaseLabel = resumeReleases.find(([value]) => value === resume?.release)?.[1]

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Your résumé</h1>
      {removed && (
        <p className="form-message" role="status">
          Your résumé is deleted, with the record of its downloads.
        </p>
      )}
      <p className="lead">
        One PDF you share with employers, only as you choose. Companies see the headline and the file, never your account, pronouns, identity or mentoring, and
        each download is listed below.
      </p>

      {resume ? (
        <section aria-labelledby="current">
          <h2 id="current">Your current résumé</h2>
          <p>
            “{resume.headline}”, uploaded {formatDate(resume.createdAt)}
            {resume.updatedAt !== resume.createdAt ? `, last changed ${formatDate(resume.updatedAt)}` : ''}. {sizeOf(resume.filesize)}
          </p>
          <p>Who may download it: {releaseLabel}.</p>
          {resume.url && (
            <p>
              <a href={resume.url}>Download your résumé (PDF)</a>
            </p>
          )}
        </section>
      ) : (
        <p className="notice">You have not uploaded a résumé. Nobody can see one until you do and choose who may download it.</p>
      )}

      <section aria-labelledby="edit">
        <h2 id="edit">{resume ? 'Change your résumé or who may download it' : 'Upload your résumé'}</h2>
        <ResumeForm
          hasResume={Boolean(resume)}
          companies={companies}
          releases={resumeReleases}
          initial={{
            headline: resume?.headline ?? '',
            release: resume?.release ?? 'nobody',
            chosenCompanies: (resume?.chosenCompanies ?? []).map((company) => String(typeof company === 'object' ? company.id : company)),
          }}
        />
      </section>

      {resume && (
        <>
          <section aria-labelledby="downloads">
            <h2 id="downloads">Who downloaded it</h2>
            {downloads.length === 0 ? (
              <p>Nobody has downloaded your résumé yet.</p>
            ) : (
              <table data-testid="resume-downloads" className="w-full max-w-xl border-collapse text-left">
                <thead>
                  <tr>
                    <th scope="col" className="border-b border-border py-2 pr-4 font-semibold">
                      Downloaded by
                    </th>
                    <th scope="col" className="border-b border-border py-2 font-semibold">
                      Date
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {downloads.map((download, index) => (
                    <tr key={`${download.at}-${index}`}>
                      <td className="border-b border-border py-2 pr-4">{download.by}</td>
                      <td className="border-b border-border py-2">{formatDate(download.at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="remove">
            <h2 id="remove">Delete your résumé</h2>
            <p>The file and the record of its downloads are deleted. Companies that downloaded it already keep their copy.</p>
            <form action={removeResume}>
              <button type="submit" className="secondary">
                Delete my résumé
              </button>
            </form>
          </section>
        </>
      )}
    </>
  )
}
