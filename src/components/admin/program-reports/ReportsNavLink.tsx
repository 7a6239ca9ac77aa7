import { NavGroup } from '@payloadcms/ui'
import Link from 'next/link'
import type { ServerProps } from 'payload'

import { hasRole, staffOrganizationOf } from '@/access'

import { programHealthPath } from '../program-health/paths'
import { programReportsPath } from './paths'

/** “Programme reports” and “Mentorships’ health” in the admin's menu, for admins and the staff of an organisation. */
export function ReportsNavLink({ user, payload }: ServerProps) {
  if (!hasRole(user, 'admin') && staffOrganizationOf(user) == null) return null
  return (
    <NavGroup label="Reports">
      <Link className="nav__link" href={`${payload.config.routes.admin}${programReportsPath}`} prefetch={false}>
        <span className="nav__link-label">Programme reports</span>
      </Link>
      <Link className="nav__link" href={`${payload.config.routes.admin}${programHealthPath}`} prefetch={false}>
        <span className="nav__link-label">Mentorships’ health</span>
      </Link>
    </NavGroup>
  )
}
