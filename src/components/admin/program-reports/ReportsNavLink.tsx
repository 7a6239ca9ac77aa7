import { NavGroup } from '@payloadcms/ui'
import Link from 'next/link'
import type { ServerProps } from 'payload'

import { hasRole, staffOrganizationOf } from '@/access'

import { programReportsPath } from './paths'

/** “Programme reports” in the admin's menu, for admins and the staff of an organisation. */
export function ReportsNavLink({ user, payload }: ServerProps) {
  if (!hasRole(user, 'admin') && staffOrganizationOf(user) == null) return null
  return (
    <NavGroup label="Reports">
      <Link className="nav__link" href={`${payload.config.routes.admin}${programReportsPath}`} prefetch={false}>
        <span className="nav__link-label">Programme reports</span>
      </Link>
    </NavGroup>
  )
}
