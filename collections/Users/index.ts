import type { CollectionConfig } from 'payload'

import { canUseAdminPanel, hasRole, isAdmin, isAdminField, isSelfOrAdmin } from '@/access'
import { resetPasswordHTML, resetPasswordSubject } from '@/email/templates/reset-password'
import { verifyEmailHTML, verifyEmailSubject } from '@/email/templates/verify-email'
import { removeEmailChangesOfAccount } from '@/accounts/email-change'
import { removeMentorProfile, syncMentorProfile } from '@/accounts/mentor-profile'
import { removeBlocksOfAccount } from '@/blocks/manage'
import { roleOptions } from '@/lib/roles'
import { siteURL } from '@/lib/site-url'
import { accountLimits } from '@/schemas/account'
import { isKnownTimeZone } from '@/meetings/zone'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { refuseUnconfirmedEmailChange } from './hooks/refuseUnconfirmedEmailChange'
import { refuseUnverifiedPasswordChange } from './hooks/refuseUnverifiedPasswordChange'
import { limitResetRequests } from './hooks/limitResetRequests'
import { forgetFailedSignIns, refuseLockedSignIn } from './hooks/signInLimits'

const isOrganizationStaffRole = (role: string) => role === 'company-representative' || role === 'career-center-staff'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'chosenName',
    defaultColumns: ['chosenName', 'email', 'roles', 'updatedAt'],
    group: 'People',
    // Only admins use it; staff would find a card and a menu entry that leads nowhere. Access stays enforced by `access`.
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  auth: {
    // Repeated failures lock the account for a while instead of allowing guessing.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // The session cookie Payload sets at REST and GraphQL sign-in: only over HTTPS when the site is
    // served over HTTPS (as the pages' own sign-in does, src/accounts/session.ts).
    cookies: { secure: siteURL().startsWith('https://'), sameSite: 'Lax' },
    forgotPassword: {
      generateEmailHTML: resetPasswordHTML,
      generateEmailSubject: resetPasswordSubject,
    },
    // Members confirm their address before they can sign in; the link opens the public site.
    verify: {
      generateEmailHTML: verifyEmailHTML,
      generateEmailSubject: verifyEmailSubject,
    },
  },
  access: {
    admin: canUseAdminPanel,
    create: isAdmin,
    read: isSelfOrAdmin,
    update: isSelfOrAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'chosenName',
      type: 'text',
      required: true,
      maxLength: accountLimits.chosenName,
      admin: { description: 'The only name the platform ever shows.' },
    },
    {
      name: 'pronouns',
      type: 'text',
      maxLength: accountLimits.pronouns,
      admin: { description: 'Optional, free text. Nothing is shown when empty.' },
    },
    {
      name: 'involvementPaused',
      label: 'Involvement paused',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Mentors and Connectors: not offered to students while paused.',
        condition: (data) => Boolean(data?.roles?.some((role: string) => role === 'mentor' || role === 'connector')),
      },
    },
    {
      name: 'pausedUntil',
      type: 'date',
      admin: {
        position: 'sidebar',
        description: 'Optional: the pause ends by itself after this day.',
        date: { pickerAppearance: 'dayOnly' },
        condition: (data) => Boolean(data?.involvementPaused),
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['career-candidate'],
      options: roleOptions,
      saveToJWT: true,
      index: true,
      access: {
        create: isAdminField,
        update: isAdminField,
      },
    },
    {
      type: 'row',
      admin: { condition: (data) => Boolean(data?.roles?.some((role: string) => isOrganizationStaffRole(role))) },
      fields: [
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          access: { create: isAdminField, update: isAdminField },
          admin: { description: 'The company or Career Center this person works for.' },
        },
        {
          name: 'organizationRole',
          label: 'Role in the organisation',
          type: 'select',
          defaultValue: 'staff',
          options: [
            { label: 'Representative (invites employees, answers affiliation requests)', value: 'representative' },
            { label: 'Staff', value: 'staff' },
          ],
          access: { create: isAdminField, update: isAdminField },
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      maxLength: 64,
      // Remembered from the member's last booking, so the other person's proposals and the reminders show their own clock.
      validate: (value: unknown) => !value || isKnownTimeZone(value) || 'Choose a time zone such as Europe/London.',
      admin: { position: 'sidebar', description: 'The member’s own time zone, for meeting times.' },
    },
    {
      name: 'calendarFeedToken',
      type: 'text',
      unique: true,
      index: true,
      // The secret in the member's private calendar feed address: theirs to read, set and revoked only by the platform (/account/meetings).
      access: { read: ({ req: { user }, doc }) => Boolean(user && doc && String(user.id) === String(doc.id)), create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
  hooks: {
    beforeOperation: [refuseLockedSignIn, limitResetRequests],
    beforeChange: [makeFirstUserAdmin, refuseUnconfirmedEmailChange, refuseUnverifiedPasswordChange],
    afterChange: [syncMentorProfile],
    beforeDelete: [removeMentorProfile, removeBlocksOfAccount, removeEmailChangesOfAccount],
    afterLogin: [forgetFailedSignIns],
  },
}
