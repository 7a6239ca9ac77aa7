import type { Metadata } from 'next'

import { memberPageMetadata } from '@/site/metadata'
import { requireMember } from '@/accounts/session'
import { hasRole, staffOrganizationOf } from '@/access'
import { centreAssessments, scoreOf, yearOverYear } from '@/career-center-index/assessments'
import { indexAnswerLabels, indexAnswers, unansweredQuestions, type IndexAnswers, type IndexQuestionnaire } from '@/career-center-index/scoring'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'

import { FormMessage } from '@/components/forms/Field'
import { PageHeader } from '@/components/page/PageHeader'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'

import { submitAssessment } from './actions'

export const metadata: Metadata = memberPageMetadata({
  title: 'Career Center Index self-assessment',
  description: 'Your Career Center’s yearly self-assessment for the Career Center Index.',
  path: '/account/index-assessment',
})

type Props = { searchParams: Promise<{ saved?: string; submitted?: string; incomplete?: string; notSaved?: string }> }

const rating = (value: number | null | undefined) => (value == null ? '—' : `${value} out of 5`)
const change = (value: number | null) => (value == null ? '—' : value > 0 ? `+${value}` : value < 0 ? `${value}` : 'no change')

export default async function IndexAssessmentPage({ searchParams }: Props) {
  const member = await requireMember('/account/index-assessment')
  const payload = await getPayloadClient()
  if (!hasRole(member, 'career-center-staff') || staffOrganizationOf(member) == null) {
    return (
      <>
        <PageHeader back={{ href: '/account', label: 'Your account' }} title="Career Center Index self-assessment" />
        <p className="notice max-w-[70ch]">The self-assessment is taken by Career Center staff. Your account is not linked to a Career Center.</p>
      </>
    )
  }
  const { questionnaire, current, earlier } = await centreAssessments(payload, member)
  const { saved, submitted, incomplete, notSaved } = await searchParams
  const answers = (current?.answers ?? {}) as IndexAnswers
  const open = current ? unansweredQuestions(current.questionnaire as IndexQuestionnaire, answers) : []

  return (
    <>
      <PageHeader
        back={{ href: '/account', label: 'Your account' }}
        lead="A self-assessment of how well your centre supports LGBTQ+ students. Your answers and results are seen only by your centre’s staff and the platform’s admins. You may choose to show your rating on your public profile."
        title={`Career Center Index ${questionnaire.year}`}
      >
        {saved && <FormMessage message="Your answers are saved. Come back any time to finish." />}
        {submitted && <FormMessage message="Thank you: the assessment is submitted." />}
        {notSaved && <FormMessage error="Your answers could not be saved: this year’s assessment has been submitted, perhaps by a colleague." />}
        {incomplete && open.length > 0 && (
          <FormMessage
            error={`Your answers are saved, but ${open.length === 1 ? 'one question is' : `${open.length} questions are`} still open. Answer ${
              open.length === 1 ? 'it' : 'them'
            } to submit, starting with “${open[0].text}”`}
          />
        )}
      </PageHeader>

      {current?.status === 'submitted' ? (
        <Results
          assessmentYear={current.year ?? questionnaire.year}
          submittedAt={current.submittedAt}
          comparison={yearOverYear(current, earlier)}
          score={scoreOf(current)}
        />
      ) : (
        <form action={submitAssessment} className="assessment-form flex max-w-3xl flex-col gap-8">
          {(current ? (current.questionnaire as IndexQuestionnaire) : questionnaire).factors.map((factor) => (
            <section className="m-0 flex flex-col gap-3" key={factor.key} aria-labelledby={`factor-${factor.key}`}>
              <h2 id={`factor-${factor.key}`}>{factor.title}</h2>
              {factor.questions.map((question) => (
                <fieldset key={question.key} className="question m-0 min-w-0 rounded-xl border border-border bg-card px-4 py-3">
                  <legend className="float-left w-full pb-2 font-medium">{question.text}</legend>
                  <div className="choices clear-both m-0 flex flex-wrap gap-2">
                    {indexAnswers.map((answer) => (
                      <label
                        className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-input px-3 text-sm has-checked:border-primary has-checked:bg-accent has-checked:text-accent-foreground"
                        key={answer}
                      >
                        <input type="radio" name={question.key} value={answer} defaultChecked={answers[question.key] === answer} /> {indexAnswerLabels[answer]}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
            </section>
          ))}
          <div className="sticky bottom-0 -mx-1 flex flex-col gap-2 rounded-xl border border-border bg-background/95 p-4 shadow-lg backdrop-blur">
            <div className="flex flex-wrap gap-3">
              <Button name="intent" type="submit" value="save" variant="outline">
                Save and continue later
              </Button>
              <Button name="intent" type="submit" value="submit">
                Submit the assessment
              </Button>
            </div>
            <p className="hint m-0 text-sm text-muted-foreground">Once submitted, this year’s answers can no longer be changed.</p>
          </div>
        </form>
      )}

      {earlier.length > 0 && (
        <section className="mt-10" aria-labelledby="earlier">
          <h2 id="earlier">Earlier years</h2>
          <ul className="mt-3 flex list-none flex-col gap-1 p-0">
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
      <section className="flex max-w-3xl flex-col gap-4" aria-labelledby="result">
        <Card>
          <CardHeader>
            <CardTitle as="h2" id="result">
              Your rating
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-1">
            <p className="rating m-0 text-4xl font-bold text-primary" data-testid="overall-rating">
              {rating(score.overall)}
            </p>
            <p className="meta m-0 text-sm text-muted-foreground">
              Submitted {formatDate(submittedAt)} for {assessmentYear}. Ratings run from 1 to 5 in steps of a half.
            </p>
          </CardContent>
        </Card>
        <table className="versions overflow-hidden rounded-xl border border-border">
          <caption className="mb-2 text-start text-sm font-medium text-muted-foreground">
            Rating per factor{comparison.previousYear ? `, compared with ${comparison.previousYear}` : ''}
          </caption>
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
      <section className="prose mt-10" aria-labelledby="recommendations">
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
