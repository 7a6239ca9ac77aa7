import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { requireMember } from '@/accounts/session'
import { NarrowPage } from '@/components/page/NarrowPage'
import { singleValues, type SearchParams } from '@/lib/search-params'
import { describeSide, domainsOf, openSides } from '@/programs/eligibility'
import { labelOf, membershipStatuses } from '@/programs/options'
import { getProgram, listOwnMemberships, listProgramAgreements } from '@/queries/programs'
import { questionsFor, programSideSchema } from '@/schemas/program'
import { memberPageMetadata } from '@/site/metadata'

import { joinStateFor } from '../join-state'
import { JoinForm } from './JoinForm'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return memberPageMetadata({
    title: 'Join a programme',
    description: 'Join a mentoring programme: confirm who you are, answer its questions, accept its agreements.',
    path: `/programs/${slug}/join`,
  })
}

export default async function JoinProgramPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = singleValues(await searchParams)
  const invite = query.invite?.slice(0, 64) || undefined
  const parsedSide = programSideSchema.safeParse(query.as ?? '')
  const returnTo = `/programs/${slug}/join?as=${parsedSide.success ? parsedSide.data : 'mentee'}${invite ? `&invite=${encodeURIComponent(invite)}` : ''}`
  const member = await requireMember(returnTo)
  const program = await getProgram(slug, member)
  if (!program) notFound()
  const sides = openSides(program)
  // An invitation link without ?as= joins the one side the programme opens.
  const side = parsedSide.success ? parsedSide.data : sides.length === 1 ? sides[0] : null
  const back = { href: `/programs/${program.slug}`, label: program.name }

  const own = await listOwnMemberships(program.id, member)

  if (!side || !sides.includes(side)) {
    // Each open side with where this member stands on it: a link only where they can join.
    const choices = sides.map((open) => ({ side: open, state: joinStateFor(program, open, member, own) }))
    const joinable = choices.filter((choice) => choice.state.kind === 'can-join')
    return (
      <NarrowPage back={back} title={`Join ${program.name}`}>
        {joinable.length > 0 && <p className="m-0">Choose how you join:</p>}
        <ul className="m-0 flex list-disc flex-col gap-2 pl-5">
          {choices.map(({ side: open, state }) => (
            <li key={open}>
              {state.kind === 'can-join' ? (
                <Link href={`/programs/${program.slug}/join?as=${open}${invite ? `&invite=${encodeURIComponent(invite)}` : ''}`}>As a {open}</Link>
              ) : state.kind === 'member' ? (
                <>
                  As a {open}: you are already here ({labelOf(membershipStatuses, state.membership.status).toLowerCase()}).{' '}
                  <Link href="/account/programs">See your programmes</Link>.
                </>
              ) : state.kind === 'cannot' ? (
                <>
                  As a {open}: {state.message}
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {sides.length === 0 && <p className="m-0">This programme does not take members through the site.</p>}
      </NarrowPage>
    )
  }

  const state = joinStateFor(program, side, member, own)
  const title = `Join ${program.name} as a ${side}`
  if (state.kind !== 'can-join') {
    const message =
      state.kind === 'cannot'
        ? state.message
        : state.kind === 'member'
          ? 'You have a place on this side already: the programme’s page says where it stands.'
          : ''
    return (
      <NarrowPage back={back} title={title}>
        <p className="m-0" role="status">
          {message}
        </p>
        <p className="m-0">
          <Link href={back.href}>Back to {program.name}</Link>
        </p>
      </NarrowPage>
    )
  }

  const agreements = await listProgramAgreements(program.id, side)
  const questions = questionsFor(program.questions, side).map((question) => ({
    id: question.id,
    label: question.label,
    help: question.help,
    kind: question.kind,
    choices: question.choices ?? [],
    required: Boolean(question.required),
  }))
  return (
    <NarrowPage back={back} title={title} lead={describeSide(program, side)} className="max-w-2xl">
      {state.invitationOnly && !invite && (
        <p className="notice m-0">This side joins through an invitation link. If you were sent one, please open it; without it, joining is refused.</p>
      )}
      <JoinForm
        programSlug={program.slug}
        programName={program.name}
        side={side}
        invite={invite}
        domains={domainsOf(program, side)}
        questions={questions}
        agreements={agreements}
      />
    </NarrowPage>
  )
}
