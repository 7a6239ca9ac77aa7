import type { Metadata } from 'next'

import Link from 'next/link'

import { requireMember } from '@/accounts/session'
import { hasRole, staffOrganizationOf } from '@/access'
import { centreAssessments, scoreOf, yearOverYear } from '@/career-center-index/assessments'
import { indexAnswerLabels, indexAnswers, unansweredQuestions, type IndexAnswers, type IndexQuestionnaire } from '@/career-center-index/scoring'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'

import { submitAssessment } from './actions'

export const metadata: Metadata = { title: 'Career Center Index self-assessment', robots: { index: false } }

type Props = { searchParams: Promise<{ saved?: string; submitted?: string; incomplete?: string; notSaved?: string }> }

const rating = (value: number | null | undefined) => (value == null ? '—' : `${value} out of 5`)
const change = (value: number | null) => (value == null ? '—' : value > 0 ? `+${value}` : value < 0 ? `${value}` : 'no change')

export default async function IndexAssessmentPage({ searchParams }: Props) {
  const member = await requireMember('/account/index-assessment')
  const payload = await getPayloadClient()
  if (!hasRole(member, 'career-center-staff') || staffOrganizationOf(member) == null) {
    return (
      <>
        <h1>Career Center Index self-assessment</h1>
        <p className="notice">The self-assessment is taken by Career Center staff. Your account is not linked to a Career Center.</p>
      </>
    )
  }
  const { questionnaire, current, earlier } = await centreAssessments(payload, member)
  const { saved, submitted, incomplete, notSaved } = await searchParams
  const answers = (current?.answers ?? {}) as IndexAnswers
  const open = current ? unansweredQuestions(current.questionnaire as IndexQuestionnaire, answers) : []

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/account">Your account</Link>
      </nav>
      <h1>Career Center Index {questionnaire.year}</h1>
      <p className="lead">
        A self-assessment of how well your centre supports LGBTQ+ students. Your answers and results are seen only by your centre’s staff and the platform’s
        admins. You may choose to show your rating on your public profile.
      </p>
      {saved && (
        <p className="form-message" role="status">
          Your answers are saved. Come back any time to finish.
        </p>
      )}
      {submitted && (
        <p className="form-message" role="status">
          Thank you: the assessment is submitted.
        </p>
      )}
      {notSaved && (
        <p className="form-error" role="alert">
          Your answers could not be saved: this year’s assessment has been submitted, perhaps by a colleague.
        </p>
      )}
      {incomplete && open.length > 0 && (
        <p className="form-error" role="alert">
          Your answers are saved, but {open.length === 1 ? 'one question is' : `${open.length} questions are`} still open. Answer{' '}
          {open.length === 1 ? 'it' : 'them'} to submit, starting with “{open[0].text}”
        </p>
      )}

      {current?.status === 'submitted' ? (
        <Results
          assessmentYear={current.year ?? questionnaire.year}
          submittedAt={current.submittedAt}
          comparison={yearOverYear(current, earlier)}
          score={scoreOf(current)}
        />
      ) : (
        <form action={submitAssessment} className="assessment-form">
          {(current ? (current.questionnaire as IndexQuestionnaire) : questionnaire).factors.map((factor) => (
            <section key={factor.key} aria-labelledby={`factor-${factor.key}`}>
              <h2 id={`factor-${factor.key}`}>{factor.title}</h2>
              {factor.questions.map((question) => (
                <fieldset key={question.key} className="question">
                  <legend>{question.text}</legend>
                  <div className="choices">
                    {indexAnswers.map((answer) => (
                      <label key={answer}>
                        <input type="radio" name={question.key} value={answer} defaultChecked={answers[question.key] === answer} /> {indexAnswerLabels[answer]}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
            </section>
          ))}
          <div className="button-row">
            <button type="submit" name="intent" value="save" className="secondary">
              Save and continue later
            </button>
            <button type="submit" name="intent" value="submit">
              Submit the assessment
            </button>
          </div>
          <p className="hint">Once submitted, this year’s answers can no longer be changed.</p>
        </form>
      )}

      {earlier.length > 0 && (
        <section aria-labelledby="earlier">
          <h2 id="earlier">Earlier years</h2>
          <ul className="link-list">
            {earlier.map((assessment) => (
              <li key={assessment.id}>
                {assessment.year}: {rating(assessment.overall)}, submitted {formatDate(assessment.submittedAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function Results({
  assessmentYear,
  submittedAt,
  score,
  comparison,
}: {
  assessmentYear: number
  submittedAt?: string | null
  score: ReturnType<typeof scoreOf>
  comparison: ReturnType<typeof yearOverYear>
}) {
  return (
    <>
      <section aria-labelledby="result">
        <h2 id="result">Your rating</h2>
        <p className="rating" data-testid="overall-rating">
          {rating(score.overall)}
        </p>
        <p className="meta">
          Submitted {formatDate(submittedAt)} for {assessmentYear}. Ratings run from 1 to 5 in steps of a half.
        </p>
        <table className="versions">
          <caption>Rating per factor{comparison.previousYear ? `, compared with ${comparison.previousYear}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">{assessmentYear}</th>
              {comparison.previousYear && <th scope="col">{comparison.previousYear}</th>}
              {comparison.previousYear && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {comparison.factors.map((factor) => (
              <tr key={factor.key}>
                <th scope="row">{factor.title}</th>
                <td>{rating(factor.current)}</td>
                {comparison.previousYear && <td>{rating(factor.previous)}</td>}
                {comparison.previousYear && <td>{change(factor.change)}</td>}
              </tr>
            ))}
            {comparison.previousYear && (
              <tr>
                <th scope="row">Overall</th>
                <td>{rating(comparison.overall.current)}</td>
                <td>{rating(comparison.overall.previous)}</td>
                <td>{change(comparison.overall.change)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="recommendations">
        <h2 id="recommendations">Recommendations</h2>
        {score.recommendations.length === 0 ? (
          <p>Every item is fully in place. Keep reviewing it each year.</p>
        ) : (
          <ul>
            {score.recommendations.map((item) => (
              <li key={item.questionKey}>
                <strong>{item.factorTitle}:</strong> {item.text}
                {item.reason === 'partly' ? ' (partly in place)' : ''}
              </li>
            ))}
          </ul>
        )}
        <p>
          To show your rating on your public profile, tick “Show our Career Center Index rating” on your centre’s profile in the{' '}
          <a href="/admin/collections/organizations">staff area</a>.
        </p>
      </section>
    </>
  )
}
