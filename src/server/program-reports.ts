import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'

import { programReport, reportTableNames, reportTables, type ReportTable, type ReportTableName } from '@/programs/reports'

import type { User } from '../../payload-types'

const personal = { 'Cache-Control': 'private, no-store' }

/**
 * A report table as CSV: quoted where a value holds a quote, comma or line break, and a value that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return prefixed with `'` so a spreadsheet
 * reads it as text, never as a formula. Windows line ends and a byte order mark, so spreadsheets
 * open it as UTF-8.
 */
export function tableToCsv(table: Pick<ReportTable, 'columns' | 'rows'>): string {
  // With Windows line ends csv-stringify quotes only a value holding `\r\n`; a lone `\n` or `\r` must be quoted too.
  return stringify([table.columns, ...table.rows], { bom: true, record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ })
}

/** `lakeside-mentors-members-2026-09-01-2026-11-29.csv`, from the programme's slug. */
export const csvFilename = (slug: string, table: ReportTableName, from: string, to: string) =>
  `${
    slug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'programme'
  }-${table}-${from}-${to}.csv`

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: personal })

/**
 * GET /api/program-reports/<programId>/<table>.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: one table of
 * a programme's report (src/programs/reports.ts) as a download, for the programme's staff and
 * admins with their own session. Visitors get 401, everyone else 403, a bad period 400.
 */
export const programReportCsvEndpoint: Endpoint = {
  path: '/program-reports/:program/:file',
  method: 'get',
  handler: async (req) => {
    const user = req.user as (User & { collection?: string }) | null
    const program = String(req.routeParams?.program ?? '')
    const file = String(req.routeParams?.file ?? '')
    const table = file.endsWith('.csv') ? (file.slice(0, -'.csv'.length) as ReportTableName) : null
    if (!table || !reportTableNames.includes(table)) {
      return refusal(404, `There is no report table “${file.slice(0, 60)}”. Ask for one of: ${reportTableNames.map((name) => `${name}.csv`).join(', ')}.`)
    }
    const query = (req.query ?? {}) as Record<string, unknown>
    const result = await programReport(req.payload, program, {
      from: typeof query.from === 'string' ? query.from : null,
      to: typeof query.to === 'string' ? query.to : null,
      viewer: user && user.collection === 'users' ? user : null,
    })
    if (!result.ok) return refusal(result.status, result.message)
    const { report } = result
    return new Response(tableToCsv(reportTables(report)[table]), {
      status: 200,
      headers: {
        ...personal,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${csvFilename(report.program.slug, table, report.period.from, report.period.to)}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
