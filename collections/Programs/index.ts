import type { ArrayField, CollectionConfig, GroupField } from 'payload'

import { hasRole, ownOrganizationListFilter } from '@/access'
import { isStaffOfProgramOwner, mayCreateProgram, visibleProgramsOrOwnStaff } from '@/access/programs'
import { assignStaffOrganization, postingOrganizationField } from '@/organizations/postings'
import { asOptions } from '@/lib/select-options'
import { matchingModes, programStatuses, questionAudiences, questionKinds } from '@/programs/options'

import { slugField } from '../fields/slug'
import { refuseDeletingUsedProgram } from './hooks/refuseDeletingUsedProgram'
import { revalidateDeletedProgramPages, revalidateProgramPages } from './hooks/revalidateProgramPages'

/** How one side of a programme gets in. Rules combine: a member must meet every one chosen. */
const joiningRules = (name: 'mentorRules' | 'menteeRules', side: string): GroupField => ({
  name,
  label: `How ${side} get in`,
  type: 'group',
  admin: { description: `Every rule you choose applies to ${side}; leave all empty to let any eligible member join at once.` },
  fields: [
    {
      name: 'emailDomains',
      label: 'Institution email domains',
      type: 'text',
      hasMany: true,
      maxRows: 10,
      admin: {
        description:
          'For example lakeside.edu. Members confirm an address at one of these domains (kept private, separate from their sign-in address) before they are in.',
      },
    },
    {
      name: 'requireApproval',
      label: 'Programme staff approve each member',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Members wait in the approval queue until you approve or decline them, with a reason they see.' },
    },
    {
      name: 'invitationOnly',
      label: 'Only by invitation link',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Members join only through a link you create under Programme invitations.' },
    },
  ],
})

const questions: ArrayField = {
  name: 'questions',
  label: 'Registration questions',
  type: 'array',
  maxRows: 20,
  admin: { description: 'Asked when a member joins. Your staff read the answers; a mentee’s mentor only where you say so.' },
  fields: [
    { name: 'label', label: 'Question', type: 'text', required: true, maxLength: 200 },
    { name: 'help', label: 'Hint', type: 'text', maxLength: 300 },
    { name: 'kind', type: 'select', required: true, defaultValue: 'short-text', options: asOptions(questionKinds) },
    {
      name: 'choices',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      admin: { condition: (_, sibling) => sibling?.kind === 'choice' || sibling?.kind === 'multiple-choice', description: 'The answers to choose from.' },
    },
    { name: 'askOf', label: 'Asked of', type: 'select', required: true, defaultValue: 'mentee', options: asOptions(questionAudiences) },
    { name: 'required', type: 'checkbox', defaultValue: false },
    {
      name: 'shareWithMentor',
      label: 'Show a mentee’s answer to their mentor once they are matched',
      type: 'checkbox',
      defaultValue: false,
    },
  ],
}

/**
 * A mentoring programme run by an organisation (a Career Center for its students and alumni, a
 * company for an employee resource group) or by the platform: its own period, sides, joining
 * rules, agreements (program-agreements), questions and members (program-memberships).
 */
export const Programs: CollectionConfig = {
  slug: 'programs',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'status', 'updatedAt'],
    group: 'Programmes',
    description: 'Mentoring programmes: who may join, how they are verified, what they agree to and what they are asked.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
    baseListFilter: ownOrganizationListFilter('organization'),
  },
  access: {
    read: visibleProgramsOrOwnStaff,
    create: mayCreateProgram,
    update: isStaffOfProgramOwner,
    delete: isStaffOfProgramOwner,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    {
      ...postingOrganizationField({ label: 'Run by', platformPosts: true }),
      admin: { position: 'sidebar', description: 'Your organisation, set for you. Admins may leave it empty for a programme of the platform’s own.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: asOptions(programStatuses),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 300, admin: { description: 'One or two sentences for the list of programmes.' } },
    { name: 'description', type: 'richText' },
    { name: 'image', label: 'Logo or image', type: 'upload', relationTo: 'media' },
    {
      name: 'contactEmail',
      label: 'Programme contact address',
      type: 'email',
      admin: { description: 'Your team’s address (for example careers@…), shown to members for questions and concerns. Never a member’s.' },
    },
    {
      name: 'period',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'joinOpensAt', label: 'Open for joining from', type: 'date' },
            { name: 'joinClosesAt', label: 'Closing date for joining', type: 'date' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'mentoringStartsAt', label: 'Mentoring from', type: 'date' },
            { name: 'mentoringEndsAt', label: 'Mentoring until', type: 'date' },
          ],
        },
      ],
    },
    {
      name: 'mentorRoles',
      label: 'Who may join as a mentor',
      type: 'select',
      hasMany: true,
      defaultValue: ['mentor', 'connector'],
      options: [
        { label: 'Mentors', value: 'mentor' },
        { label: 'Connectors', value: 'connector' },
      ],
      admin: { description: 'Leave empty if mentors do not join this programme themselves.' },
    },
    {
      name: 'menteesJoin',
      label: 'Career Candidates may join as mentees',
      type: 'checkbox',
      defaultValue: true,
    },
    {
      name: 'eligibility',
      label: 'Who it is for, in your words',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'For example: current students and alumni of Lakeside University. Shown on the programme’s page.' },
    },
    joiningRules('mentorRules', 'mentors'),
    joiningRules('menteeRules', 'mentees'),
    {
      type: 'row',
      fields: [
        {
          name: 'capacityPerMentor',
          label: 'Mentees per mentor',
          type: 'number',
          min: 1,
          max: 50,
          admin: { description: 'Active mentorships a mentor may have in this programme. Empty: their own limit.' },
        },
        {
          name: 'replyWithinDays',
          label: 'Mentors answer within (days)',
          type: 'number',
          min: 1,
          max: 30,
          admin: { description: 'A request in this programme closes unanswered after this many days. Empty: the platform’s 14.' },
        },
      ],
    },
    {
      name: 'matching',
      type: 'select',
      required: true,
      defaultValue: 'self',
      options: asOptions(matchingModes),
      admin: { description: 'With staff matching, the programme’s matching page proposes pairs for every waiting mentee for you to review and send.' },
    },
    {
      name: 'agreementTemplate',
      label: 'Mentorship agreement template',
      type: 'group',
      admin: {
        description:
          'Each mentorship in the programme starts with a short agreement both people confirm: the mentee’s goals, how often and how they meet, and an end date. Empty fields use the platform’s wording.',
      },
      fields: [
        { name: 'goalsPrompt', label: 'Question for the mentee’s goals', type: 'text', maxLength: 300 },
        { name: 'lengthWeeks', label: 'Suggested length (weeks)', type: 'number', min: 2, max: 104 },
        { name: 'terms', label: 'What both agree to', type: 'textarea', maxLength: 2000 },
        {
          name: 'checkInEveryWeeks',
          label: 'Ask “how is it going?” every (weeks)',
          type: 'number',
          min: 1,
          max: 26,
          admin: { description: 'Each side answers privately; your staff see the answers in the mentorships’ health view. Empty: every 4 weeks.' },
        },
      ],
    },
    questions,
    {
      // A link, not data: the programme's report in /admin (src/components/admin/program-reports).
      name: 'reportLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/program-reports/ReportLink#ReportLink' } },
    },
    {
      // A link, not data: the matching round in /admin (src/components/admin/program-matching), shown when staff match centrally.
      name: 'matchingLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/program-matching/MatchingLink#MatchingLink' } },
    },
  ],
  hooks: {
    beforeChange: [assignStaffOrganization],
    afterChange: [revalidateProgramPages],
    beforeDelete: [refuseDeletingUsedProgram],
    afterDelete: [revalidateDeletedProgramPages],
  },
}
