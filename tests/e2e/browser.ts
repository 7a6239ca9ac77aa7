import { createRequire } from 'node:module'
import fs from 'node:fs'

import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

import { waitForSavedEmail } from '../helpers/smtp'

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const baseURL = () => inject('baseURL')

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
  })
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** Runs axe for WCAG 2.0–2.2 A and AA on the current page; resolves to readable violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // After a client-side navigation Next streams the new <title> in a moment later; give it that
  // moment (a page that really has no title still fails below).
  await page.waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 }).catch(() => undefined)
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe
    const { violations, passes } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return { violations, passes }
  })
  // An axe run that checked nothing would pass anything: make sure it looked at the page.
  if (result.passes.length === 0) throw new Error(`axe checked nothing on ${page.url()}`)
  return (result.violations as AxeViolation[]).map(
    (violation) =>
      `${page.url()}: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

export async function signInToAdmin(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseURL()}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
}

/**
 * Opens a member page. Journeys running alongside may publish a new policy version; a member
 * sent to re-accept does so first, as a real member would, then carries on.
 */
export async function openMemberPage(page: Page, path: string): Promise<void> {
  await page.goto(`${baseURL()}${path}`)
  if (new URL(page.url()).pathname !== '/account/policies') return
  for (const box of await page.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'Accept and continue' }).click()
  await page.waitForURL((url) => url.pathname !== '/account/policies')
  await page.goto(`${baseURL()}${path}`)
}

/** Signs in on the public site and waits for the member's dashboard (or the re-acceptance page). */
export async function signInToSite(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseURL()}/signin`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === '/dashboard' || url.pathname.startsWith('/account'))
}

/** A new member as anyone joins: the sign-up form, the confirmation link from the test's mailbox, then signing in. */
export async function joinSite(
  page: Page,
  person: { email: string; password: string; name: string },
  role: 'career-candidate' | 'mentor' | 'connector',
): Promise<void> {
  await page.goto(`${baseURL()}/signup?role=${role}`)
  await page.getByLabel('Chosen name').fill(person.name)
  await page.getByLabel('Email').fill(person.email)
  await page.getByLabel('Password').fill(person.password)
  for (const box of await page.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'Create my account' }).click()
  await page.waitForURL('**/signup/check-email')
  const confirmation = await waitForSavedEmail(inject('mailDir'), person.email, 30_000, 'Confirm your email address')
  await page.goto(/http:\/\/\S+\/verify\?token=[a-f0-9]+/.exec(confirmation.text)![0])
  await page.getByRole('button', { name: 'Confirm my email address' }).click()
  await page.waitForURL('**/signin?verified=1')
  await signInToSite(page, person.email, person.password)
}
