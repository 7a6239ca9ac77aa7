/**
 * npm run policies:import -- <file.md> --slug <slug> [--publish] [--summary "…"] [--title "…"]
 * Turns a Markdown document into a new version of a policy (a draft unless --publish).
 */
import fs from 'node:fs/promises'
import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload } from 'payload'

import { importPolicyMarkdown } from '@/policies/import-markdown'

import { runScript } from './run-script'

const usage = 'Usage: npm run policies:import -- <file.md> --slug <slug> [--publish] [--summary "what changed"] [--title "Title"]'

await runScript(async () => {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        slug: { type: 'string' },
        publish: { type: 'boolean', default: false },
        summary: { type: 'string' },
        title: { type: 'string' },
      },
    })
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  }
  const { positionals, values } = parsed
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new Error(`Give exactly one Markdown file.\n${usage}`)
  if (!values.slug) throw new Error(`--slug is required.\n${usage}`)

  let markdown: string
  try {
    markdown = await fs.readFile(file, 'utf8')
  } catch {
    throw new Error(`Cannot read "${file}": no such file, or it is not readable.`)
  }
  if (!markdown.trim()) throw new Error(`"${file}" is empty: there is no policy text to import.`)

  const payload = await getPayload({ config })
  const { policy, created } = await importPolicyMarkdown(payload, {
    markdown,
    slug: values.slug,
    publish: values.publish,
    summary: values.summary,
    title: values.title,
  })
  const state = values.publish ? `published as version ${policy.versionNumber}` : 'saved as a draft'
  console.log(`${created ? 'Created' : 'Updated'} policy "${policy.title}" (${policy.slug}): ${state}.`)
})
