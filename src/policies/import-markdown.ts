import type { Payload } from 'payload'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'

import { markListDepths, nestMarkedLists } from './markdown-lists'
import { slugPattern } from '../../collections/fields/slug'
import type { Role } from '@/lib/roles'

import type { Policy } from '../../payload-types'

export class PolicyImportError extends Error {}

export type PolicyImport = {
  markdown: string
  slug: string
  /** Defaults to the document's leading "# Heading", then to the existing title. */
  title?: string
  summary?: string
  publish: boolean
  requiredFor?: Role[]
}

export type PolicyImportResult = { policy: Policy; created: boolean }

/** Lexical JSON for a Markdown text, through the same editor features the admin uses. */
export async function markdownToLexical(payload: Payload, markdown: string): Promise<Policy['body']> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const state = convertMarkdownToLexical({ editorConfig, markdown: markListDepths(markdown) })
  return nestMarkedLists(state) as unknown as Policy['body']
}

/** Splits off a leading level-one heading, which becomes the policy's title. */
export function splitTitle(markdown: string): { title?: string; body: string } {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/.exec(markdown)
  if (!match) return { body: markdown }
  return { title: match[1], body: markdown.slice(match[0].length) }
}

/**
 * Turns a Markdown document into a new version of a policy, creating the policy when the slug
 * is new. Nothing is written unless the whole input is valid.
 */
export async function importPolicyMarkdown(payload: Payload, input: PolicyImport): Promise<PolicyImportResult> {
  if (!slugPattern.test(input.slug)) {
    throw new PolicyImportError(`"${input.slug}" is not a valid slug: use lowercase letters, digits and single hyphens, for example code-of-conduct.`)
  }
  const { title: heading, body: markdownBody } = splitTitle(input.markdown)
  if (!markdownBody.trim()) {
    throw new PolicyImportError('The document is empty: there is no policy text to import.')
  }

  const body = await markdownToLexical(payload, markdownBody)
  const { docs } = await payload.find({
    collection: 'policies',
    where: { slug: { equals: input.slug } },
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const existing = docs[0]
  const _status = input.publish ? ('published' as const) : ('draft' as const)

  if (existing) {
    const policy = await payload.update({
      collection: 'policies',
      id: existing.id,
      data: {
        body,
        title: input.title ?? heading ?? existing.title,
        changeSummary: input.summary ?? '',
        ...(input.requiredFor ? { requiredFor: input.requiredFor } : {}),
        _status,
      },
      draft: !input.publish,
      depth: 0,
      overrideAccess: true,
    })
    return { policy, created: false }
  }

  const policy = await payload.create({
    collection: 'policies',
    data: {
      slug: input.slug,
      title: input.title ?? heading ?? titleFromSlug(input.slug),
      body,
      changeSummary: input.summary ?? 'First published version.',
      requiredFor: input.requiredFor ?? [],
      _status,
    },
    draft: !input.publish,
    depth: 0,
    overrideAccess: true,
  })
  return { policy, created: true }
}

function titleFromSlug(slug: string): string {
  const words = slug.split('-').join(' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
