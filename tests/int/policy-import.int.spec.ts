import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { policyBodyText } from '@/lib/policy-diff'
import { importPolicyMarkdown, PolicyImportError } from '@/policies/import-markdown'

import { allNodes } from '../helpers/lexical'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/sample-policy.md'), 'utf8')
const seedDocuments = path.resolve(root, '../shared/seed-documents')

const run = promisify(execFile)

/** The real command, as an admin would type it, on this test file's database. */
async function importCommand(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--import', './scripts/preload-lexical.mjs', 'scripts/import-policy.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
        timeout: 90_000,
      },
    )
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

describe('importing a policy from Markdown', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload()
  })
  afterAll(() => stopTestPayload(payload))

  it('keeps headings, emphasis, nested lists and links', async () => {
    const { policy, created } = await importPolicyMarkdown(payload, { markdown: fixture, slug: 'sample', publish: true })
    expect(created).toBe(true)
    expect(policy.title).toBe('Sample Community Policy')
    expect(policy.versionNumber).toBe(1)

    const nodes = allNodes(policy.body)
    const headings = nodes.filter((node) => node.type === 'heading')
    expect(headings.map((node) => node.tag)).toEqual(['h2', 'h2', 'h3'])

    const lists = nodes.filter((node) => node.type === 'list')
    expect(lists.map((node) => node.listType)).toEqual(['bullet', 'bullet', 'number'])
    const itemsWithText = nodes.filter((node) => node.type === 'listitem' && node.children?.some((child) => child.type === 'text'))
    expect(itemsWithText).toHaveLength(8)

    const nested = lists[1]
    expect(nested.children?.map((item) => allNodes(item).find((node) => node.type === 'text')?.text)).toEqual(['Say what you need', 'Say by when'])

    const links = nodes.filter((node) => node.type === 'link')
    expect(links.map((node) => (node.fields as { url: string }).url)).toEqual(['https://example.org/guides', '/contact'])

    const bold = nodes.find((node) => node.text === 'bold words')
    const italic = nodes.find((node) => node.text === 'italic words')
    expect(Number(bold?.format) & 1).toBe(1)
    expect(Number(italic?.format) & 2).toBe(2)

    expect(policyBodyText(policy.body)).toContain('  • Say what you need')
  })

  it('copes with Windows line endings, mixed nested lists and bold italic headings', async () => {
    const markdown = [
      '## ***Employees***',
      '',
      '1. First',
      '2. Second',
      '   - a bullet inside a numbered list',
      '3. Third',
      '   ',
      '- top',
      '  - two-space nested',
      '    - deeper',
    ].join('\r\n')
    const { policy } = await importPolicyMarkdown(payload, { markdown, slug: 'tricky', publish: true })
    const nodes = allNodes(policy.body)
    const heading = nodes.find((node) => node.type === 'heading')
    expect(allNodes(heading).find((node) => node.type === 'text')).toMatchObject({ text: 'Employees', format: 3 })
    expect(JSON.stringify(policy.body)).not.toMatch(/\\r|\*|\\ue000/i)
    expect(policyBodyText(policy.body)).toBe(
      [
        '## Employees',
        '',
        '1. First',
        '2. Second',
        '  • a bullet inside a numbered list',
        '3. Third',
        '',
        '• top',
        '  • two-space nested',
        '    • deeper',
      ].join('\n'),
    )
  })

  it('adds a new version to an existing policy, as a draft unless published', async () => {
    const changed = fixture.replace('Be on time', 'Be on time and prepared')
    const { policy: draft, created } = await importPolicyMarkdown(payload, { markdown: changed, slug: 'sample', publish: false })
    expect(created).toBe(false)
    expect(draft.versionNumber).toBe(1)
    const publicView = await payload.find({ collection: 'policies', where: { slug: { equals: 'sample' } }, overrideAccess: false })
    expect(policyBodyText(publicView.docs[0].body)).not.toContain('prepared')

    const { policy } = await importPolicyMarkdown(payload, {
      markdown: changed,
      slug: 'sample',
      publish: true,
      summary: 'Asked members to come prepared.',
    })
    expect(policy.versionNumber).toBe(2)
    expect(policy.changeSummary).toBe('Asked members to come prepared.')
    expect(policyBodyText(policy.body)).toContain('Be on time and prepared')
  })

  it('refuses an empty document or a bad slug and writes nothing', async () => {
    const before = await payload.count({ collection: 'policies' })
    await expect(importPolicyMarkdown(payload, { markdown: '   \n', slug: 'empty', publish: true })).rejects.toThrow(PolicyImportError)
    await expect(importPolicyMarkdown(payload, { markdown: '# Only a title\n', slug: 'empty', publish: true })).rejects.toThrow(/empty/)
    await expect(importPolicyMarkdown(payload, { markdown: fixture, slug: 'Not A Slug', publish: true })).rejects.toThrow(/not a valid slug/)
    expect(await payload.count({ collection: 'policies' })).toEqual(before)
  })

  it.runIf(fs.existsSync(seedDocuments))('imports the organisations’ own documents from shared/seed-documents', async () => {
    const files = fs.readdirSync(seedDocuments).filter((file) => file.endsWith('.txt'))
    expect(files.length).toBeGreaterThan(0)
    for (const [index, file] of files.entries()) {
      const markdown = fs.readFileSync(path.join(seedDocuments, file), 'utf8')
      const { policy } = await importPolicyMarkdown(payload, { markdown, slug: `seed-document-${index + 1}`, publish: true })
      const nodes = allNodes(policy.body)
      expect(nodes.filter((node) => node.type === 'heading').length).toBeGreaterThan(0)
      expect(nodes.filter((node) => node.type === 'paragraph').length).toBeGreaterThan(2)
      // Every word of the source survives (markup aside).
      const words = (text: string) =>
        text
          .replace(/\]\([^)]*\)/g, ' ')
          .split(/[^A-Za-z]+/)
          .filter((word) => word.length > 3)
      const kept = new Set(words(policyBodyText(policy.body)))
      const missing = words(markdown).filter((word) => !kept.has(word))
      expect(missing.slice(0, 10)).toEqual([])
    }
  })

  describe('npm run policies:import', () => {
    it('imports a file and publishes it as a new version', async () => {
      const result = await importCommand('tests/fixtures/sample-policy.md', '--slug', 'from-the-command-line', '--publish', '--summary', 'First import.')
      expect(result.output).toContain('Created policy "Sample Community Policy" (from-the-command-line): published as version 1.')
      expect(result.code).toBe(0)
      const { docs } = await payload.find({ collection: 'policies', where: { slug: { equals: 'from-the-command-line' } } })
      expect(docs[0]?.changeSummary).toBe('First import.')
    })

    it('explains a missing file, an empty file and an unknown flag, and writes nothing', async () => {
      const before = await payload.count({ collection: 'policies' })
      const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-md-')), 'empty.md')
      fs.writeFileSync(empty, '\n')

      const missing = await importCommand('does-not-exist.md', '--slug', 'nothing')
      expect(missing.code).toBe(1)
      expect(missing.output).toContain('Cannot read "does-not-exist.md"')

      const blank = await importCommand(empty, '--slug', 'nothing')
      expect(blank.output).toContain('is empty')
      expect(blank.code).toBe(1)
      expect(blank.output).toContain('is empty')

      const unknown = await importCommand('tests/fixtures/sample-policy.md', '--slug', 'nothing', '--frobnicate')
      expect(unknown.code).toBe(1)
      expect(unknown.output).toMatch(/Unknown option '--frobnicate'[\s\S]*Usage: npm run policies:import/)

      const noSlug = await importCommand('tests/fixtures/sample-policy.md')
      expect(noSlug.code).toBe(1)
      expect(noSlug.output).toContain('--slug is required')

      expect(await payload.count({ collection: 'policies' })).toEqual(before)
    })
  })
})
