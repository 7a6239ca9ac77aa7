import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { guideAudiences, type GuideAudience, type Role } from '@/lib/roles'
import { outstandingPolicies } from '@/accounts/acceptance'
import { importPolicyMarkdown, markdownToLexical } from '@/policies/import-markdown'

import { completeDemoProfiles, seedDirectory } from './directory'
import { seedOrganizations } from './organizations'
import { seedPostings } from './postings'
import { seedBookingHours } from './meetings'
import { seedMentorshipShape } from './shape'
import { seedMatching } from './matching'
import { seedPrograms } from './programs'

const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content')

/** Demo accounts, one per role. Development only: the passwords are public in the README. */
export const demoAccounts: { email: string; password: string; chosenName: string; pronouns?: string; roles: Role[] }[] = [
  { email: 'admin@example.org', password: 'demo-admin-2026', chosenName: 'Avery Brooks', pronouns: 'they/them', roles: ['admin'] },
  { email: 'staff@example.org', password: 'demo-staff-2026', chosenName: 'Rosa Alvarez', pronouns: 'she/her', roles: ['career-center-staff'] },
  { email: 'company@example.org', password: 'demo-company-2026', chosenName: 'Marcus Bell', pronouns: 'he/him', roles: ['company-representative'] },
  { email: 'harbor@example.org', password: 'demo-harbor-2026', chosenName: 'Dana Whitfield', pronouns: 'she/her', roles: ['company-representative'] },
  { email: 'mentor@example.org', password: 'demo-mentor-2026', chosenName: 'Jun Park', pronouns: 'he/they', roles: ['mentor'] },
  { email: 'connector@example.org', password: 'demo-connector-2026', chosenName: 'Kiran Shah', roles: ['connector'] },
  { email: 'student@example.org', password: 'demo-student-2026', chosenName: 'Sam Ellison', pronouns: 'she/they', roles: ['career-candidate'] },
  // A Lakeside graduate whose place in Lakeside Mentors waits for the Career Center's approval.
  { email: 'waiting@example.org', password: 'demo-waiting-2026', chosenName: 'Theo Marsh', pronouns: 'he/him', roles: ['career-candidate'] },
]

const memberRoles: Role[] = ['career-candidate', 'mentor', 'connector', 'company-representative', 'career-center-staff']

const demoPolicies: { slug: string; requiredFor: Role[] }[] = [
  { slug: 'professional-use-policy', requiredFor: memberRoles },
  { slug: 'roles-and-responsibilities', requiredFor: memberRoles },
  { slug: 'code-of-conduct', requiredFor: ['career-candidate', 'mentor', 'connector'] },
]

const guideTitles: Record<GuideAudience, string> = {
  'career-candidate': 'A guide for Career Candidates',
  mentor: 'A guide for Mentors',
  connector: 'A guide for Connectors',
  company: 'A guide for Companies',
  'career-center': 'A guide for Career Centers',
}

const guideSummaries: Record<GuideAudience, string> = {
  'career-candidate': 'Students and recent graduates: find a mentor, get advice and meet inclusive employers.',
  mentor: 'Share your experience with LGBTQ+ students over a few conversations.',
  connector: 'Make one introduction or answer one question that opens a door.',
  company: 'Show your inclusion work, post opportunities and meet LGBTQ+ talent.',
  'career-center': 'Bring your students and resources, and measure your LGBTQ+ inclusion.',
}

const readContent = (...parts: string[]) => fs.readFile(path.join(contentDir, ...parts), 'utf8')

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, policies] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'policies', overrideAccess: true }),
  ])
  return users.totalDocs === 0 && policies.totalDocs === 0
}

/** Writes the demo content. With `reset`, first removes what the seed manages. */
export async function seedDemoContent(payload: Payload, { reset = false } = {}): Promise<void> {
  if (reset) {
    // Meetings name their profile, people and request; requests sent within a programme name it,
    // and a programme in use cannot be deleted.
    await payload.delete({ collection: 'meetings', where: { id: { exists: true } }, overrideAccess: true })
    await payload.delete({ collection: 'booking-locks', where: { id: { exists: true } }, overrideAccess: true })
    // A mentorship's agreement and feedback name its request (src/seed/shape.ts).
    for (const collection of ['mentorship-feedback', 'mentorship-agreements'] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
    }
    await payload.delete({ collection: 'mentorship-requests', where: { program: { exists: true } }, overrideAccess: true })
    for (const collection of [
      'match-preferences',
      'program-acceptances',
      'program-memberships',
      'program-invitations',
      'program-agreements',
      'programs',
      'resume-downloads',
      'resumes',
      'events',
      'opportunities',
      'resources',
      'affiliations',
      'index-assessments',
      'mentor-profiles',
      'policy-acceptances',
      'policies',
      'role-guides',
      'users',
      'organizations',
      'media',
      'industries',
      'skills',
    ] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
    }
  }

  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      siteName: 'Pride Career Network',
      tagline: 'Mentors, connectors and inclusive employers for LGBTQ+ students.',
      contactEmail: 'hello@example.org',
    },
  })
  await payload.updateGlobal({
    slug: 'navigation',
    data: {
      links: [
        { label: 'Mentors', href: '/mentors' },
        { label: 'Programmes', href: '/programs' },
        { label: 'Organisations', href: '/organizations' },
        { label: 'Events', href: '/events' },
        { label: 'Jobs', href: '/jobs' },
        { label: 'Resources', href: '/resources' },
        { label: 'Policies', href: '/policies' },
      ],
    },
  })
  await payload.updateGlobal({
    slug: 'footer',
    data: {
      links: [
        { label: 'Policies', href: '/policies' },
        { label: 'Role guides', href: '/guides' },
        { label: 'Staff sign-in', href: '/admin' },
      ],
      note: 'A free, self-hosted platform. Your chosen name is the only name we show.',
    },
  })

  for (const { slug, requiredFor } of demoPolicies) {
    const markdown = await readContent('policies', `${slug}.md`)
    if (slug === 'code-of-conduct') {
      // Publish an earlier wording first, so the demo has a version history and a diff to show.
      await importPolicyMarkdown(payload, {
        slug,
        markdown: earlierCodeOfConduct(markdown),
        publish: true,
        requiredFor,
        summary: 'First published version.',
      })
      await importPolicyMarkdown(payload, {
        slug,
        markdown,
        publish: true,
        summary: 'Added that ending a mentoring relationship should be done kindly, and named outing as unacceptable.',
      })
    } else {
      await importPolicyMarkdown(payload, { slug, markdown, publish: true, requiredFor })
    }
  }

  for (const [order, role] of guideAudiences.entries()) {
    const body = await markdownToLexical(payload, await readContent('guides', `${role}.md`))
    await payload.create({
      collection: 'role-guides',
      data: { role, title: guideTitles[role], summary: guideSummaries[role], body, order, _status: 'published' },
      overrideAccess: true,
    })
  }

  const organizations = await seedOrganizations(payload)
  await seedPostings(payload, organizations)
  await seedDirectory(payload)
  const organizationOf: Record<string, { organization: number; organizationRole: 'representative' }> = {
    'company@example.org': { organization: organizations['Northwind Analytics'], organizationRole: 'representative' },
    'harbor@example.org': { organization: organizations['Harbor Health Partners'], organizationRole: 'representative' },
    'staff@example.org': { organization: organizations['Lakeside University Career Center'], organizationRole: 'representative' },
  }

  const users: Record<string, { id: number | string; chosenName: string }> = {}
  for (const account of demoAccounts) {
    // Demo accounts are ready to use: confirmed, and with today's policies accepted.
    const user = await payload.create({
      collection: 'users',
      data: { ...account, ...organizationOf[account.email], _verified: true },
      overrideAccess: true,
      disableVerificationEmail: true,
    })
    users[account.email] = { id: user.id, chosenName: account.chosenName }
    for (const policy of await outstandingPolicies(payload, user)) {
      await payload.create({
        collection: 'policy-acceptances',
        data: { user: user.id, policy: policy.id as number, versionNumber: policy.currentVersion, acceptedAt: new Date().toISOString() },
        overrideAccess: true,
      })
    }
  }

  const mentor = demoAccounts.find((account) => account.roles.includes('mentor'))!
  const connector = demoAccounts.find((account) => account.roles.includes('connector'))!
  await completeDemoProfiles(payload, { mentor: mentor.chosenName, connector: connector.chosenName })
  await seedBookingHours(payload, { mentor: users[mentor.email].id, connector: users[connector.email].id })
  await seedMatching(payload, { student: users['student@example.org'].id, mentor: users[mentor.email].id })
  // The demo Connector is listed with the demo company, as if they had accepted its invitation.
  await payload.update({
    collection: 'mentor-profiles',
    where: { displayName: { equals: connector.chosenName } },
    data: { organization: organizations['Northwind Analytics'] },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  await seedPrograms(payload, { organizations, users })
  await seedMentorshipShape(payload, { student: users['student@example.org'].id, mentor: users[mentor.email].id })
}

function earlierCodeOfConduct(markdown: string): string {
  return markdown
    .replace('- End the relationship kindly when it is no longer working\n', '')
    .replace('Harassment, discrimination or outing anyone', 'Harassment or discrimination')
}
