import type { Payload } from 'payload'

import { richTextToPlain } from '@/lib/plain-text'
import { inTransaction } from '@/lib/transaction'
import { readPreferences } from '@/matching/preferences'
import { cancelMeetingsOfRequest } from '@/meetings/book'
import { chosenNames, refreshMentorLoad } from '@/mentorship/requests'
import { companyOf } from '@/resumes/manage'

import type { User } from '../../payload-types'

/**
 * Everything the platform holds about one member, as they would see it: their account (without
 * password hashes or tokens) and every policy acceptance. Later features add their records here.
 */
export async function exportMemberData(payload: Payload, member: Pick<User, 'id'>) {
  const account = await payload.findByID({ collection: 'users', id: member.id, overrideAccess: true, depth: 0 })
  const { docs: acceptances } = await payload.find({
    collection: 'policy-acceptances',
    where: { user: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    pagination: false,
    sort: 'acceptedAt',
  })
  const { docs: profiles } = await payload.find({
    collection: 'mentor-profiles',
    where: { user: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    limit: 1,
  })
  const { docs: affiliations } = await payload.find({
    collection: 'affiliations',
    where: { member: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    pagination: false,
    sort: 'createdAt',
  })
  const { docs: requests } = await payload.find({
    collection: 'mentorship-requests',
    where: { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const { docs: messages } = requests.length
    ? await payload.find({
        collection: 'request-messages',
        where: { request: { in: requests.map((request) => request.id) } },
        overrideAccess: true,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
      })
    : { docs: [] }
  // Reports they filed, as they filed them; never reports about them, which stay confidential.
  const { docs: reports } = await payload.find({
    collection: 'conduct-reports',
    where: { reporter: { equals: member.id } },
    select: { subjectKind: true, subject: true, category: true, description: true, createdAt: true },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const { docs: resumes } = await payload.find({
    collection: 'resumes',
    where: { owner: { equals: member.id } },
    overrideAccess: true,
    depth: 1,
    limit: 1,
  })
  const resume = resumes[0]
  const { docs: downloads } = resume
    ? await payload.find({
        collection: 'resume-downloads',
        where: { resume: { equals: resume.id } },
        overrideAccess: true,
        depth: 1,
        pagination: false,
        sort: 'createdAt',
      })
    : { docs: [] }
  // Blocks they made; never blocks against them, which the blocked person is not told about.
  const { docs: blocks } = await payload.find({
    collection: 'blocks',
    where: { blocker: { equals: member.id } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const blockedNames = await chosenNames(
    payload,
    blocks.map((block) => (typeof block.blocked === 'object' ? block.blocked.id : block.blocked)),
  )
  const { docs: emailChanges } = await payload.find({
    collection: 'email-changes',
    where: { user: { equals: member.id } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const { docs: meetings } = await payload.find({
    collection: 'meetings',
    where: { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'startsAt',
  })
  const meetingPartners = await chosenNames(
    payload,
    meetings.map((meeting) => (String(meeting.student) === String(member.id) ? (meeting.mentor as number) : (meeting.student as number))),
  )
  const preferences = await readPreferences(payload, member.id)
  const { docs: agreements } = await payload.find({
    collection: 'mentorship-agreements',
    where: { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const agreementPartners = await chosenNames(
    payload,
    agreements.map((agreement) => (String(agreement.student) === String(member.id) ? (agreement.mentor as number) : (agreement.student as number))),
  )
  // What they told the platform about their mentorships; never what the other person said.
  const { docs: feedback } = await payload.find({
    collection: 'mentorship-feedback',
    where: { author: { equals: member.id } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const profile = profiles[0]
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: account.id,
      email: account.email,
      chosenName: account.chosenName,
      pronouns: account.pronouns ?? null,
      roles: account.roles,
      emailConfirmed: Boolean(account._verified),
      createdAt: account.createdAt,
      updatedAt: account.updatedAt,
    },
    directoryProfile: profile
      ? {
          kind: profile.kind,
          displayName: profile.displayName,
          address: `/mentors/${profile.slug}`,
          headline: profile.headline ?? null,
          introduction: richTextToPlain(profile.bio) || null,
          industries: namesOf(profile.industries),
          skills: namesOf(profile.skills),
          organization: typeof profile.organization === 'object' ? (profile.organization?.name ?? null) : null,
          location: profile.location ?? null,
          timeZone: profile.timeZone ?? null,
          languages: profile.languages ?? [],
          pronouns: { value: profile.pronouns ?? null, visibleTo: profile.pronounsVisibility },
          identities: { value: profile.identities ?? null, visibleTo: profile.identitiesVisibility },
          availability: profile.availability,
          capacity: profile.capacity,
          paused: Boolean(profile.paused),
          pausedUntil: profile.pausedUntil ?? null,
          lastActiveAt: profile.lastActiveAt ?? null,
        }
      : null,
    organizationLinks: affiliations.map((affiliation) => ({
      organization: typeof affiliation.organization === 'object' ? affiliation.organization.name : affiliation.organization,
      origin: affiliation.origin,
      status: affiliation.status,
      message: affiliation.message ?? null,
      createdAt: affiliation.createdAt,
      decidedAt: affiliation.decidedAt ?? null,
    })),
    mentorshipRequests: requests.map((request) => ({
      role: String(request.student) === String(member.id) ? 'sent' : 'received',
      helpWith: request.helpWith,
      message: request.message,
      preferredTimes: request.preferredTimes ?? null,
      status: request.status,
      note: request.statusNote ?? null,
      createdAt: request.createdAt,
      respondedAt: request.respondedAt ?? null,
      closedAt: request.closedAt ?? null,
      messages: messages
        .filter((message) => String(message.request) === String(request.id))
        .map((message) => ({ from: String(message.author) === String(member.id) ? 'you' : 'them', body: message.body, sentAt: message.createdAt })),
    })),
    meetings: meetings.map((meeting) => {
      const mine = String(meeting.student) === String(member.id) ? 'student' : 'mentor'
      return {
        with: meetingPartners.get(String(mine === 'student' ? meeting.mentor : meeting.student)) ?? 'A former member',
        youWere: mine,
        startsAt: meeting.startsAt,
        lengthMinutes: meeting.lengthMinutes,
        status: meeting.status,
        how: meeting.how,
        detail: meeting.whereDetail ?? null,
        agenda: meeting.note ?? null,
        cancelledBy: meeting.cancelledBy ?? null,
        cancellationNote: meeting.cancelNote ?? null,
        late: Boolean(meeting.lateCancellation),
        yourMark: (mine === 'student' ? meeting.studentMark : meeting.mentorMark) ?? null,
      }
    }),
    bookingHours: profile?.schedule ?? null,
    matchPreferences: preferences.saved
      ? {
          helpTopics: preferences.helpTopics,
          industries: preferences.industries.map((industry) => industry.name),
          languages: preferences.languages,
          timeZone: preferences.timeZone,
          region: preferences.region,
          meetingFrequency: preferences.meetingFrequency,
          sharedExperience: preferences.sharedExperience,
          matchOnSharedExperience: preferences.matchOn,
        }
      : null,
    mentorshipAgreements: agreements.map((agreement) => {
      const mine = String(agreement.student) === String(member.id) ? 'student' : 'mentor'
      return {
        with: agreementPartners.get(String(mine === 'student' ? agreement.mentor : agreement.student)) ?? 'A former member',
        youWere: mine,
        goals: agreement.goals ?? null,
        meetingFrequency: agreement.meetingFrequency ?? null,
        how: agreement.how ?? null,
        endsOn: agreement.endsOn ?? null,
        terms: agreement.terms ?? null,
        checkInEveryWeeks: agreement.checkInEveryWeeks ?? null,
        studentConfirmedAt: agreement.studentConfirmedAt ?? null,
        mentorConfirmedAt: agreement.mentorConfirmedAt ?? null,
        createdAt: agreement.createdAt,
      }
    }),
    mentorshipFeedback: feedback.map((entry) => ({
      kind: entry.kind,
      youWere: entry.side,
      round: entry.round ?? null,
      mood: entry.mood ?? null,
      rating: entry.rating ?? null,
      comment: entry.comment ?? null,
      sentAt: entry.createdAt,
      handledAt: entry.handledAt ?? null,
    })),
    resume: resume
      ? {
          headline: resume.headline,
          file: resume.url,
          sizeBytes: resume.filesize ?? null,
          whoMayDownload: resume.release,
          chosenCompanies: namesOf(resume.chosenCompanies),
          uploadedAt: resume.createdAt,
          downloads: downloads.map((download) => ({
            by: companyOf(download) ?? 'a platform admin',
            at: download.createdAt,
          })),
        }
      : null,
    conductReportsFiled: reports.map((report) => ({
      about: report.subjectKind,
      subject: report.subject,
      category: report.category,
      description: report.description,
      filedAt: report.createdAt,
    })),
    blockedMembers: blocks.map((block) => ({
      name: blockedNames.get(String(typeof block.blocked === 'object' ? block.blocked.id : block.blocked)) ?? 'A former member',
      since: block.createdAt,
    })),
    emailAddressChanges: emailChanges.map((change) => ({ from: change.previousEmail, to: change.newEmail, status: change.status, askedAt: change.createdAt })),
    policyAcceptances: acceptances.map((acceptance) => ({
      policy: typeof acceptance.policy === 'object' ? acceptance.policy.title : acceptance.policy,
      version: acceptance.versionNumber,
      acceptedAt: acceptance.acceptedAt,
    })),
  }
}

/**
 * Deletes a member's account and personal data: their match preferences, their requests for both
 * sides with everything that hangs on them (messages, meetings, agreements, check-ins and
 * feedback), and what they authored. Their policy acceptances stay as anonymous
 * records (which version was accepted, when), so the platform can still show how many accepted.
 */
export async function deleteMemberAccount(payload: Payload, member: Pick<User, 'id'>): Promise<void> {
  await inTransaction(payload, async (req) => {
    await payload.update({
      collection: 'policy-acceptances',
      where: { user: { equals: member.id } },
      data: { user: null },
      overrideAccess: true,
      req,
    })
    // Their requests and conversations go with them, for both sides: the other person's copy
    // would otherwise keep what this member wrote.
    const { docs: requests } = await payload.find({
      collection: 'mentorship-requests',
      where: { or: [{ student: { equals: member.id } }, { mentor: { equals: member.id } }] },
      select: { mentor: true, status: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (requests.length > 0) {
      const ids = requests.map((request) => request.id)
      // What was still booked is called off in the other person's calendar, then the meetings go too.
      for (const id of ids) await cancelMeetingsOfRequest(payload, id, 'The other person has left the platform.', new Date(), req)
      const { docs: meetings } = await payload.find({
        collection: 'meetings',
        where: { request: { in: ids } },
        select: { request: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (meetings.length > 0) {
        const meetingIds = meetings.map((meeting) => meeting.id)
        await payload.update({ collection: 'conduct-reports', where: { meeting: { in: meetingIds } }, data: { meeting: null }, overrideAccess: true, req })
        await payload.delete({ collection: 'meetings', where: { id: { in: meetingIds } }, overrideAccess: true, req })
      }
      await payload.delete({ collection: 'request-messages', where: { request: { in: ids } }, overrideAccess: true, req })
      // A mentorship's agreement and both sides' check-ins and feedback belong to its request and go with it, as its messages do.
      await payload.delete({ collection: 'mentorship-feedback', where: { request: { in: ids } }, overrideAccess: true, req })
      await payload.delete({ collection: 'mentorship-agreements', where: { request: { in: ids } }, overrideAccess: true, req })
      await payload.update({
        collection: 'conduct-reports',
        where: { request: { in: ids } },
        data: { request: null, message: null },
        overrideAccess: true,
        req,
      })
      await payload.delete({ collection: 'mentorship-requests', where: { id: { in: ids } }, overrideAccess: true, req })
      // Mentors this student was working with get their place back.
      const mentors = new Set(requests.filter((request) => request.status === 'accepted').map((request) => String(request.mentor)))
      mentors.delete(String(member.id))
      for (const mentor of mentors) await refreshMentorLoad(payload, mentor, req)
    }
    // What they told the platform for matching, and any feedback of theirs left elsewhere.
    await payload.delete({ collection: 'match-preferences', where: { user: { equals: member.id } }, overrideAccess: true, req })
    await payload.delete({ collection: 'mentorship-feedback', where: { author: { equals: member.id } }, overrideAccess: true, req })
    // Matching rounds forget them as a mentee: their name and the reasons go with their pair.
    const { docs: rounds } = await payload.find({
      collection: 'match-rounds',
      where: { 'pairs.mentee': { equals: member.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const round of rounds) {
      const pairs = (round.pairs ?? []).filter((pair) => String(typeof pair.mentee === 'object' ? pair.mentee?.id : pair.mentee) !== String(member.id))
      await payload.update({ collection: 'match-rounds', id: round.id, data: { pairs }, overrideAccess: true, req })
    }
    // Worries they took up as programme staff stay handled, without naming them.
    await payload.update({
      collection: 'mentorship-feedback',
      where: { handledBy: { equals: member.id } },
      data: { handledBy: null },
      overrideAccess: true,
      req,
    })
    // Reports they filed stay for the admins handling them, without saying who filed them.
    await payload.update({
      collection: 'conduct-reports',
      where: { reporter: { equals: member.id } },
      data: { reporter: null, reporterName: null, reporterEmail: null },
      overrideAccess: true,
      req,
    })
    // Their résumé file and its download records (the collection's hook removes those first).
    await payload.delete({ collection: 'resumes', where: { owner: { equals: member.id } }, overrideAccess: true, req })
    // Downloads they made for a company stay on the student's record, naming only the company.
    await payload.update({
      collection: 'resume-downloads',
      where: { downloadedBy: { equals: member.id } },
      data: { downloadedBy: null },
      overrideAccess: true,
      req,
    })
    // Their side of organisation links goes too; the organisation keeps no name or message of theirs.
    await payload.delete({ collection: 'affiliations', where: { member: { equals: member.id } }, overrideAccess: true, req })
    await payload.delete({ collection: 'users', id: member.id, overrideAccess: true, req })
  })
}

const namesOf = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map((value) => (typeof value === 'object' && value && 'name' in value ? String(value.name) : String(value)))
