import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { labelOf, programStatuses } from '@/programs/options'

import type { User } from '../../../payload-types'

type ProgramViewOptions = {
  /** The view's path under the admin route, such as '/program-reports'. */
  path: string
  /** Classes of the Gutter around the page. */
  className: string
  /** A query string to keep in the sign-in redirect, without its '?'. */
  query?: string
}

/**
 * What /admin/<path> and /admin/<path>/<id> share. Custom admin views are open to anyone by
 * default, so each checks the viewer itself: visitors sign in first and come back to the same
 * address, and an address deeper than one id, or a viewer without admin access, is not found.
 * `template` wraps a page in the admin's chrome.
 */
export function programView({ initPageResult, params, searchParams }: AdminViewServerProps, { path, className, query }: ProgramViewOptions) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  const base = `${adminRoute}${path}`
  const user = req.user as User | null
  const segments = (params?.segments as string[] | undefined) ?? []

  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${base}${segments[1] ? `/${segments[1]}` : ''}${query ? `?${query}` : ''}`)}`)
  if (segments.length > 2 || !permissions.canAccessAdmin) notFound()

  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter className={className}>{children}</Gutter>
    </DefaultTemplate>
  )

  return { payload, user, segments, adminRoute, base, template }
}

/** The programmes a viewer runs, each a link to its page under `base`, with its status. */
export function ProgramLinks({ programs, base }: { programs: { id: number | string; name: string; status?: string | null }[]; base: string }) {
  return (
    <ul className="program-report__programs">
      {programs.map((program) => (
        <li key={program.id}>
          <Link href={`${base}/${program.id}`}>{program.name}</Link>{' '}
          <span className="program-report__muted">({labelOf(programStatuses, program.status).split(':')[0]})</span>
        </li>
      ))}
    </ul>
  )
}

/** A page's headline figures: each a label over its count. */
export function Headlines({ figures, ...props }: { figures: [string, number][] } & React.ComponentProps<'dl'>) {
  return (
    <dl className="program-report__headlines" {...props}>
      {figures.map(([label, value]) => (
        <div key={label} className="program-report__headline">
          <dt>{label}</dt>
          <dd className="program-report__figure">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
