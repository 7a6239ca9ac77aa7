import type { Metadata } from 'next'

import { hasRole } from '@/access'
import { mentorKindOf } from '@/accounts/involvement'
import { requireMember } from '@/accounts/session'
import { getPayloadClient } from '@/lib/payload'
import { meetingsOf } from '@/meetings/book'
import { shapeTasksFor } from '@/mentorship/shape'
import { memberPageMetadata } from '@/site/metadata'
import { roleLabels, type Role } from '@/lib/roles'
import { adminOverview, candidateDashboard, mentorDashboard, staffDashboard } from '@/queries/dashboard'
import { memberHomePath } from '@/queries/member-summary'

import { AdminSection } from './AdminSection'
import { CandidateSections } from './CandidateSections'
import { MeetingsSection } from './MeetingsSection'
import { MentorSections } from './MentorSections'
import { MentorshipShapeSection } from './MentorshipShapeSection'
import { StaffSections } from './StaffSections'

export const metadata: Metadata = memberPageMetadata({
  title: 'Your dashboard',
  description: 'What is waiting for you: meetings, requests, events, jobs and your organisation’s plan.',
  path: '/dashboard',
})

/** Each member's home after signing in: what waits for them, in the order their roles need it. */
export default async function DashboardPage() {
  const member = await requireMember(memberHomePath)
  const payload = await getPayloadClient()
  const kind = mentorKindOf(member)
  const isStaff = hasRole(member, 'company-representative') || hasRole(member, 'career-center-staff')
  const [candidate, mentor, staff, admin, meetings, shapeTasks] = await Promise.all([
    hasRole(member, 'career-candidate') ? candidateDashboard(payload, member) : null,
    kind ? mentorDashboard(payload, member) : null,
    isStaff ? staffDashboard(payload, member) : undefined,
    hasRole(member, 'admin') ? adminOverview(payload, member) : null,
    meetingsOf(payload, member, { when: 'upcoming', limit: 3 }),
    hasRole(member, 'career-candidate') || kind ? shapeTasksFor(payload, member) : [],
  ])

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1>Hello, {member.chosenName}</h1>
        <p className="m-0 text-muted-foreground">Your dashboard as {member.roles.map((role) => roleLabels[role as Role] ?? role).join(', ')}.</p>
      </header>
      {meetings.totalDocs > 0 && <MeetingsSection meetings={meetings.docs} total={meetings.totalDocs} />}
      <MentorshipShapeSection tasks={shapeTasks} />
      {admin && <AdminSection overview={admin} />}
      {staff !== undefined && <StaffSections dashboard={staff} />}
      {mentor && kind && <MentorSections dashboard={mentor} kind={kind} />}
      {candidate && <CandidateSections dashboard={candidate} member={member} />}
    </div>
  )
}
