import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessibilityViolations, baseURL, launchBrowser, openMemberPage, signInToSite } from './browser'
import { call, signInToken } from './http'

/*
 * A Mentor uploads a photo on /account/profile. It shows on their card in the directory and on
 * their profile; a file that is not a photo is refused with a message. When they leave the
 * directory, neither the photo nor any size of it is served any more, and the profile's social
 * picture becomes the site's generic one.
 */

const stamp = Date.now()
const mentor = { email: `photo-mentor-${stamp}@example.test`, password: 'a photo test passphrase', chosenName: `Quillon Photo${stamp % 100000}` }

const pngBytes = (response: Response) => response.arrayBuffer().then((buffer) => Buffer.from(buffer))

/** The address of a page's Open Graph picture, as its og:image names it (Next adds a suffix to the route). */
async function socialPicturePath(pagePath: string): Promise<string> {
  const html = await (await call(pagePath)).text()
  const address = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
  if (!address) throw new Error(`${pagePath} names no og:image`)
  const url = new URL(address.replace(/&amp;/g, '&'))
  return url.pathname + url.search
}

/** The same picture route for a slug that names nothing. */
const forMissing = (picturePath: string, slug: string) => picturePath.replace(`/${slug}/`, '/nobody-by-this-name-at-all/')

describe('a Mentor shows their photo', () => {
  let browser: Browser
  let page: Page
  let slug: string
  let photoAddresses: string[] = []
  let picture = ''

  beforeAll(async () => {
    const admin = await signInToken('admin')
    const created = await call('/api/users', {
      method: 'POST',
      token: admin,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...mentor, roles: ['mentor'], _verified: true }),
    })
    if (created.status !== 201) throw new Error(`Creating the mentor answered ${created.status}: ${await created.text()}`)
    browser = await launchBrowser()
    page = await browser.newPage()
    await signInToSite(page, mentor.email, mentor.password)
  })
  afterAll(() => browser?.close())

  it('refuses a file that is not a photo, saying which types are taken', async () => {
    await openMemberPage(page, '/account/profile')
    await page.getByLabel('Choose a photo').setInputFiles({
      name: 'animation.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
    })
    await page.getByRole('button', { name: 'Upload photo' }).click()
    await page.locator('#photo-error').waitFor()
    expect(await page.locator('#photo-error').textContent()).toMatch(/must be a JPEG, PNG or WebP image/)
  })

  it('uploads a photo with a description, shown on the profile editor', async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40, g: 120, b: 90 } } })
      .jpeg()
      .toBuffer()
    await openMemberPage(page, '/account/profile')
    await page.getByLabel('Choose a photo').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByLabel('Describe your photo').fill('Smiling, in a green jacket')
    await page.getByRole('button', { name: 'Upload photo' }).click()
    await page.getByText('Saved: your new photo shows on your profile and card.').waitFor()
    await page.reload()
    expect(await page.getByRole('img', { name: 'Smiling, in a green jacket' }).count()).toBe(1)
    slug = new URL((await page.getByRole('link', { name: 'See your profile' }).getAttribute('href'))!, baseURL()).pathname.split('/').pop()!
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('shows it on their card in the directory, the whole card opening the profile', async () => {
    await page.goto(`${baseURL()}/mentors?q=${encodeURIComponent(mentor.chosenName)}`)
    const card = page.locator('.mentor-card', { hasText: mentor.chosenName })
    const image = card.locator('img')
    // Beside the name, the photo is decoration: empty alt, not a second "Quillon…".
    expect(await image.getAttribute('alt')).toBe('')
    const small = (await image.getAttribute('src'))!
    expect(small).toMatch(/\/api\/profile-photos\/file\/[0-9a-f-]{36}-96x96\.webp$/)
    const served = await call(new URL(small, baseURL()).pathname)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    expect(await accessibilityViolations(page)).toEqual([])
    // A click anywhere on the card (here on its headline area) opens the profile.
    const box = (await card.boundingBox())!
    await page.mouse.click(box.x + box.width - 12, box.y + box.height - 12)
    await page.waitForURL(`**/mentors/${slug}`)
  })

  it('shows it on their profile with its description, and draws a social picture from public fields', async () => {
    await page.goto(`${baseURL()}/mentors/${slug}`)
    const image = page.getByRole('img', { name: 'Smiling, in a green jacket' })
    const medium = (await image.getAttribute('src'))!
    expect(medium).toMatch(/-256x256\.webp$/)
    photoAddresses = [small(medium), medium, medium.replace('-256x256.', '-512x512.')].map((address) => new URL(address, baseURL()).pathname)
    for (const address of photoAddresses) expect((await call(address)).status, address).toBe(200)
    expect(await accessibilityViolations(page)).toEqual([])

    picture = await socialPicturePath(`/mentors/${slug}`)
    expect(picture).toContain(`/mentors/${slug}/opengraph-image`)
    const drawn = await call(picture)
    expect(drawn.status).toBe(200)
    expect(drawn.headers.get('content-type')).toBe('image/png')
    const generic = await pngBytes(await call(forMissing(picture, slug)))
    expect((await pngBytes(drawn)).equals(generic)).toBe(false)
  })

  it('stops serving the photo, every size of it and its social picture once they leave the directory', async () => {
    await openMemberPage(page, '/account/leave')
    await page.getByRole('button', { name: 'Leave the mentors group' }).click()
    await page.waitForURL((url) => url.pathname === '/account')
    for (const address of photoAddresses) {
      const status = (await call(address)).status
      expect(status, address).toBeGreaterThanOrEqual(400)
      expect(status, address).toBeLessThan(500)
    }
    expect((await call(`/mentors/${slug}`)).status).toBe(404)
    const drawn = await call(picture)
    expect(drawn.status).toBe(200)
    expect(drawn.headers.get('content-type')).toBe('image/png')
    const generic = await pngBytes(await call(forMissing(picture, slug)))
    expect((await pngBytes(drawn)).equals(generic)).toBe(true)
  })
})

describe('social pictures of events, jobs and organisations', () => {
  it('answers a PNG for each public page, and the generic picture for one that does not exist', async () => {
    const first = async (collection: string) => {
      const response = await call(`/api/${collection}?limit=1&depth=0`)
      return ((await response.json()) as { docs: { slug: string }[] }).docs[0]!.slug
    }
    const slugs = { events: await first('events'), jobs: await first('opportunities'), organizations: await first('organizations') }
    const pictures: string[] = []
    for (const [section, slug] of Object.entries(slugs)) {
      const picture = await socialPicturePath(`/${section}/${slug}`)
      pictures.push(picture)
      for (const path of [picture, forMissing(picture, slug)]) {
        const drawn = await call(path)
        expect(drawn.status, path).toBe(200)
        expect(drawn.headers.get('content-type'), path).toBe('image/png')
      }
    }
    // Drawn the same for everyone: the organisation's own staff see no private field of it there.
    const token = await signInToken('company-representative')
    const organization = pictures[2]!
    expect((await pngBytes(await call(organization, { token }))).equals(await pngBytes(await call(organization)))).toBe(true)
  })
})

const small = (medium: string) => medium.replace('-256x256.', '-96x96.')
