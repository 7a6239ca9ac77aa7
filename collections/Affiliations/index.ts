import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import {
  hasRole,
  isAdminField,
  isRepresentativeOfOwningOrganization,
  isSameId,
  ownOrganizationOption,
  representedOrganizationOf,
  staffOrganizationOf,
} from '@/access'

import { checkDecision } from './hooks/checkDecision'
import { linkAffiliatedProfile } from './hooks/linkAffiliatedProfile'
import { notifyAffiliation } from './hooks/notifyAffiliation'
import { prepareInvitation } from './hooks/prepareInvitation'

/** Fields the platform fills in, shown once the record exists. */
const isSaved = (data: Partial<{ createdAt: string }> | undefined) => Boolean(data?.createdAt)

/** Invited addresses are for the people who invite: the organisation's representatives and admins. */
const representativeOrAdminField: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') ||
  // No saved document yet: the create form, where a representative types the address.
  (doc?.organization != null ? isSameId(representedOrganizationOf(user), doc.organization) : representedOrganizationOf(user) != null)

/** The organisation's staff see its invitations and requests; a member sees their own. */
const organizationStaffOrMember: Access = ({ req: { user } }): Where | boolean => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const organization = staffOrganizationOf(user)
  return organization == null ? { member: { equals: user.id } } : { or: [{ organization: { equals: organization } }, { member: { equals: user.id } }] }
}

/**
 * Links between Mentors or Connectors and an organisation: invitations a representative sends
 * by email, and requests a member makes from the organisation's page. Accepted ones list the
 * member's directory profile on the organisation's page.
 */
export const Affiliations: CollectionConfig = {
  slug: 'affiliations',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['origin', 'email', 'memberName', 'kind', 'status', 'organization', 'createdAt'],
    group: 'Organisations',
    description: 'Invite employees to join as Mentors or Connectors, and answer members who asked to be listed with your organisation.',
  },
  access: {
    read: organizationStaffOrMember,
    create: ({ req: { user } }) => hasRole(user, 'admin') || representedOrganizationOf(user) != null,
    update: isRepresentativeOfOwningOrganization(),
    delete: isRepresentativeOfOwningOrganization(),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'origin',
      type: 'select',
      required: true,
      defaultValue: 'invite',
      options: [
        { label: 'Invitation from the organisation', value: 'invite' },
        { label: 'Request from a member', value: 'request' },
      ],
      access: { create: isAdminField, update: () => false },
      admin: { position: 'sidebar' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      access: { update: () => false },
      defaultValue: ({ user }: { user?: Parameters<typeof staffOrganizationOf>[0] }) => staffOrganizationOf(user) ?? undefined,
      filterOptions: ownOrganizationOption(),
      admin: { position: 'sidebar' },
    },
    {
      name: 'email',
      type: 'text',
      index: true,
      maxLength: 254,
      access: { read: representativeOrAdminField, update: () => false },
      admin: {
        condition: (data) => data?.origin !== 'request',
        description: 'The employee’s address. Used for this invitation only; seen by your organisation’s representatives and platform admins.',
      },
    },
    {
      name: 'kind',
      label: 'Invite to join as',
      type: 'select',
      required: true,
      defaultValue: 'mentor',
      options: [
        { label: 'Mentor', value: 'mentor' },
        { label: 'Connector', value: 'connector' },
      ],
      access: { update: () => false },
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: 500,
      access: { update: () => false },
      admin: { description: 'Optional: a personal note included in the email or the request.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending', value: 'pending' },
        { label: 'Accepted', value: 'accepted' },
        { label: 'Declined', value: 'declined' },
        { label: 'Withdrawn', value: 'withdrawn' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Requests: accept or decline. Invitations: the invited person answers; you can withdraw.',
      },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: isAdminField, update: () => false },
      admin: { readOnly: true, position: 'sidebar', condition: isSaved },
    },
    {
      name: 'memberName',
      label: 'Member',
      type: 'text',
      access: { create: isAdminField, update: () => false },
      admin: { readOnly: true, condition: isSaved },
    },
    { name: 'token', type: 'text', hidden: true, index: true },
    {
      name: 'invitedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar', condition: isSaved },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'expiresAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', condition: isSaved },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'decidedAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', condition: isSaved },
      access: { create: () => false, update: () => false },
    },
  ],
  hooks: {
    beforeChange: [prepareInvitation, checkDecision],
    afterChange: [linkAffiliatedProfile, notifyAffiliation],
  },
}
