import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { markdownToLexical, splitTitle } from '@/policies/import-markdown'
import type { AgreementAudience, ProgramSide } from '@/programs/options'

import type { Program, ProgramAgreement, ProgramMembership } from '../../payload-types'

type Id = number | string

const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content', 'programs')
const readText = (program: string, file: string) => fs.readFile(path.join(contentDir, program, `${file}.md`), 'utf8')

const day = 24 * 60 * 60 * 1000
/** Dates relative to the day the seed runs, so the demo programmes stay open for joining. */
const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString()

/** Who the programmes' demo members are, by their demo account's email. */
export const demoProgramMembers = {
  staff: 'staff@example.org',
  company: 'company@example.org',
  mentor: 'mentor@example.org',
  connector: 'connector@example.org',
  student: 'student@example.org',
  waiting: 'waiting@example.org',
}

export const demoPrograms = {
  lakeside: { slug: 'lakeside-mentors', name: 'Lakeside Mentors' },
  northwind: { slug: 'northwind-pride-mentoring', name: 'Northwind Pride Network mentoring' },
}

type DemoAgreement = { file: string; slug: string; appliesTo: AgreementAudience; summary: string; changeSummary?: string }

/** The agreements of each demo programme; their titles and texts are in content/programs/<programme>/. */
const demoAgreements: Record<keyof typeof demoPrograms, DemoAgreement[]> = {
  lakeside: [
    {
      file: 'code-of-conduct',
      slug: 'code-of-conduct',
      appliesTo: 'everyone',
      summary: 'How everyone in Lakeside Mentors treats each other, and who to tell when something is wrong.',
      changeSummary: 'Added that everyone uses the chosen name and pronouns each person gives.',
    },
    {
      file: 'mentors-agreement',
      slug: 'mentors-agreement',
      appliesTo: 'mentor',
      summary: 'What a mentor takes on in Lakeside Mentors, and what the Career Center does and does not do.',
    },
    {
      file: 'mentees-agreement',
      slug: 'mentees-agreement',
      appliesTo: 'mentee',
      summary: 'What a mentee takes on in Lakeside Mentors, and who sees the Lakeside address they confirm.',
    },
  ],
  northwind: [
    {
      file: 'code-of-conduct',
      slug: 'code-of-conduct',
      appliesTo: 'everyone',
      summary: 'How mentors from Northwind and the students they meet treat each other.',
    },
  ],
}

/** The earlier wording of an agreement with a change summary, so the demo has a version history to show. */
function earlierWording(markdown: string): string {
  return markdown.replace('- Use the chosen name and pronouns each person gives you.\n', '')
}

type CreatedAgreement = { id: Id; appliesTo: AgreementAudience; versionNumber: number }

async function seedAgreements(payload: Payload, program: Id, directory: string, agreements: DemoAgreement[]): Promise<CreatedAgreement[]> {
  const created: CreatedAgreement[] = []
  for (const agreement of agreements) {
    const { title, body } = splitTitle(await readText(directory, agreement.file))
    const base = {
      program: program as number,
      title: title ?? agreement.slug,
      slug: agreement.slug,
      appliesTo: agreement.appliesTo,
      summary: agreement.summary,
    }
    let doc: ProgramAgreement = await payload.create({
      collection: 'program-agreements',
      data: {
        ...base,
        body: await markdownToLexical(payload, agreement.changeSummary ? earlierWording(body) : body),
        changeSummary: 'First published version.',
        versionNumber: 1,
        _status: 'published',
      },
      depth: 0,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    if (agreement.changeSummary) {
      doc = await payload.update({
        collection: 'program-agreements',
        id: doc.id,
        data: { body: await markdownToLexical(payload, body), changeSummary: agreement.changeSummary, versionNumber: 2, _status: 'published' },
        depth: 0,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
    created.push({ id: doc.id, appliesTo: doc.appliesTo, versionNumber: doc.versionNumber ?? 1 })
  }
  return created
}

type DemoMembership = {
  program: Id
  user: { id: Id; chosenName: string }
  side: ProgramSide
  status: ProgramMembership['status']
  /** Days ago the member asked to join (confirming their address, answering and accepting the agreements). */
  joinedDaysAgo: number
  decidedBy?: Id
  institutionEmail?: string
  invitation?: Id
  answers?: { question: NonNullable<Program['questions']>[number]; answer: string }[]
  /** The agreements the member accepted on joining, at their current versions (those of their side are recorded). */
  accepted?: CreatedAgreement[]
}

async function seedMembership(payload: Payload, membership: DemoMembership): Promise<void> {
  // They confirmed their address, answered and accepted on asking to join; approval, when needed, came a day later.
  const askedAt = daysFromNow(-membership.joinedDaysAgo)
  const approvedAt = membership.decidedBy !== undefined ? daysFromNow(-membership.joinedDaysAgo + 1) : askedAt
  const institution = membership.institutionEmail
    ? { institutionEmail: membership.institutionEmail, verifiedDomain: membership.institutionEmail.split('@')[1], emailConfirmedAt: askedAt }
    : {}
  const decided =
    membership.decidedBy !== undefined && membership.status !== 'awaiting-approval' ? { decidedBy: membership.decidedBy as number, decidedAt: approvedAt } : {}
  await payload.create({
    collection: 'program-memberships',
    data: {
      program: membership.program as number,
      user: membership.user.id as number,
      memberName: membership.user.chosenName,
      side: membership.side,
      status: membership.status,
      ...institution,
      ...decided,
      invitation: membership.invitation as number | undefined,
      answers: (membership.answers ?? []).map(({ question, answer }) => ({
        questionId: String(question.id),
        question: question.label,
        answer,
        shareWithMentor: question.shareWithMentor ?? false,
      })),
      hiddenFromListings: false,
      ...(membership.status === 'active' ? { joinedAt: approvedAt } : {}),
      // Dated when they asked, so the programme's reports show the demo members arriving over weeks.
      createdAt: askedAt,
    },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  for (const agreement of membership.accepted ?? []) {
    if (agreement.appliesTo !== 'everyone' && agreement.appliesTo !== membership.side) continue
    await payload.create({
      collection: 'program-acceptances',
      data: {
        user: membership.user.id as number,
        program: membership.program as number,
        agreement: agreement.id as number,
        versionNumber: agreement.versionNumber,
        acceptedAt: askedAt,
      },
      depth: 0,
      overrideAccess: true,
    })
  }
}

const questionNamed = (program: Program, label: string) => {
  const question = program.questions?.find((candidate) => candidate.label === label)
  if (!question) throw new Error(`The demo programme ${program.name} has no question "${label}".`)
  return question
}

/**
 * The demo programmes: Lakeside Mentors, the Career Center's own (domain-confirmed students,
 * staff approval on both sides, two questions, three agreements) with an active mentor, an
 * active student and a student waiting for approval; and Northwind's Pride network programme
 * (mentors by invitation only, open to any Career Candidate) with the demo Connector in it.
 */
export async function seedPrograms(
  payload: Payload,
  { organizations, users }: { organizations: Record<string, Id>; users: Record<string, { id: Id; chosenName: string }> },
): Promise<void> {
  const member = (key: keyof typeof demoProgramMembers) => {
    const user = users[demoProgramMembers[key]]
    if (!user) throw new Error(`The demo account ${demoProgramMembers[key]} is missing.`)
    return user
  }

  const studying = 'What are you studying, or what did you study?'
  const helpWith = 'What would you most like help with?'
  const lakeside = await payload.create({
    collection: 'programs',
    data: {
      ...demoPrograms.lakeside,
      organization: organizations['Lakeside University Career Center'] as number,
      status: 'open',
      summary:
        'Lakeside students and recent graduates meet LGBTQ+ professionals and allies for career conversations. Run by the Career Center, with every member approved by an adviser.',
      description: await markdownToLexical(payload, await readText('lakeside-mentors', 'description')),
      contactEmail: 'mentoring@careers.lakeside.example.edu',
      period: { joinOpensAt: daysFromNow(-60), joinClosesAt: daysFromNow(120), mentoringStartsAt: daysFromNow(-45), mentoringEndsAt: daysFromNow(210) },
      mentorRoles: ['mentor', 'connector'],
      menteesJoin: true,
      eligibility:
        'Current students and alumni of Lakeside University, who confirm an address at lakeside.edu. Mentors are professionals and allies from any employer; the Career Center approves each one.',
      menteeRules: { emailDomains: ['lakeside.edu'], requireApproval: true, invitationOnly: false },
      mentorRules: { emailDomains: [], requireApproval: true, invitationOnly: false },
      capacityPerMentor: 3,
      replyWithinDays: 7,
      matching: 'self',
      questions: [
        {
          label: studying,
          help: 'Your subject and year, for example “Biology, third year” or “History, graduated 2024”.',
          kind: 'short-text',
          askOf: 'mentee',
          required: true,
          shareWithMentor: true,
        },
        {
          label: helpWith,
          help: 'Career Center staff use this to welcome you; your mentor does not see it.',
          kind: 'choice',
          choices: [
            'Finding an internship or a first job',
            'Choosing a career path',
            'Applications and interviews',
            'Being out (or not) at work',
            'Graduate school',
          ],
          askOf: 'mentee',
          required: false,
          shareWithMentor: false,
        },
      ],
    },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const lakesideAgreements = await seedAgreements(payload, lakeside.id, 'lakeside-mentors', demoAgreements.lakeside)

  const staff = member('staff')
  await seedMembership(payload, {
    program: lakeside.id,
    user: member('mentor'),
    side: 'mentor',
    status: 'active',
    joinedDaysAgo: 40,
    decidedBy: staff.id,
    accepted: lakesideAgreements,
  })
  await seedMembership(payload, {
    program: lakeside.id,
    user: member('student'),
    side: 'mentee',
    status: 'active',
    joinedDaysAgo: 20,
    decidedBy: staff.id,
    institutionEmail: 'sellison@lakeside.edu',
    answers: [
      { question: questionNamed(lakeside, studying), answer: 'Computer science, final year' },
      { question: questionNamed(lakeside, helpWith), answer: 'Finding an internship or a first job' },
    ],
    accepted: lakesideAgreements,
  })
  // Confirmed their Lakeside address, answered and accepted; now in the Career Center's approval queue.
  await seedMembership(payload, {
    program: lakeside.id,
    user: member('waiting'),
    side: 'mentee',
    status: 'awaiting-approval',
    joinedDaysAgo: 1,
    institutionEmail: 'tmarsh@lakeside.edu',
    answers: [
      { question: questionNamed(lakeside, studying), answer: 'Environmental science, graduated 2025' },
      { question: questionNamed(lakeside, helpWith), answer: 'Choosing a career path' },
    ],
    accepted: lakesideAgreements,
  })

  const northwind = await payload.create({
    collection: 'programs',
    data: {
      ...demoPrograms.northwind,
      organization: organizations['Northwind Analytics'] as number,
      status: 'open',
      summary: 'Northwind Pride’s engineers, designers and analysts mentor LGBTQ+ students thinking about a career in data and software.',
      description: await markdownToLexical(payload, await readText('northwind-pride-mentoring', 'description')),
      contactEmail: 'pride@northwind.example.org',
      period: { joinOpensAt: daysFromNow(-30), joinClosesAt: daysFromNow(150), mentoringStartsAt: daysFromNow(-30), mentoringEndsAt: daysFromNow(240) },
      mentorRoles: ['mentor', 'connector'],
      menteesJoin: true,
      eligibility: 'Any Career Candidate on the platform. Mentors are Northwind employees, who join through the Pride network’s invitation.',
      menteeRules: { emailDomains: [], requireApproval: false, invitationOnly: false },
      mentorRules: { emailDomains: [], requireApproval: false, invitationOnly: true },
      capacityPerMentor: 2,
      replyWithinDays: 10,
      matching: 'self',
      questions: [
        {
          label: 'Which kind of work interests you most?',
          kind: 'choice',
          choices: ['Software engineering', 'Data and analytics', 'Design and research', 'Not sure yet'],
          askOf: 'mentee',
          required: false,
          shareWithMentor: true,
        },
      ],
    },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const northwindAgreements = await seedAgreements(payload, northwind.id, 'northwind-pride-mentoring', demoAgreements.northwind)
  const company = member('company')
  const invitation = await payload.create({
    collection: 'program-invitations',
    data: { program: northwind.id as number, label: 'Northwind Pride mentors', side: 'mentor', expiresAt: daysFromNow(150), maxUses: 40 },
    depth: 0,
    overrideAccess: true,
    // As the company representative, so the link is theirs (createdBy) like one made in /admin.
    user: await payload.findByID({ collection: 'users', id: company.id, depth: 0, overrideAccess: true }),
  })
  // The demo Connector works at Northwind and joined through that link.
  await seedMembership(payload, {
    program: northwind.id,
    user: member('connector'),
    side: 'mentor',
    status: 'active',
    joinedDaysAgo: 25,
    invitation: invitation.id,
    accepted: northwindAgreements,
  })
  await payload.update({ collection: 'program-invitations', id: invitation.id, data: { uses: 1 }, depth: 0, overrideAccess: true })
}
