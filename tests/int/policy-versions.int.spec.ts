import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { blockDiff, countChanges, policyBlocks, policyBodyText, wordDiff } from '@/lib/policy-diff'
import { getPolicyVersion, getPublishedPolicy, listPolicyVersions, listPublishedPolicies } from '@/queries/policies'

import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('versioned policies', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload()
  })
  afterAll(() => stopTestPayload(payload))

  async function publishNewPolicy(slug: string, text: string) {
    return payload.create({
      collection: 'policies',
      data: { title: `Policy ${slug}`, slug, body: paragraphs(text), changeSummary: 'First version.', _status: 'published' },
    })
  }

  it('numbers each publish and stamps its date', async () => {
    const before = Date.now()
    const first = await publishNewPolicy('numbered', 'Members are kind.')
    expect(first.versionNumber).toBe(1)
    expect(new Date(first.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const second = await payload.update({
      collection: 'policies',
      id: first.id,
      data: { body: paragraphs('Members are kind and patient.'), changeSummary: 'Added patience.', _status: 'published' },
    })
    expect(second.versionNumber).toBe(2)
  })

  it('does not count saved drafts as versions, and hides them from visitors', async () => {
    const policy = await publishNewPolicy('drafted', 'The published wording.')
    await payload.update({
      collection: 'policies',
      id: policy.id,
      data: { body: paragraphs('A secret draft wording.'), _status: 'draft' },
      draft: true,
    })

    const publicView = await getPublishedPolicy('drafted')
    expect(policyBodyText(publicView?.body)).toBe('The published wording.')
    expect(publicView?.versionNumber).toBe(1)

    const versions = await listPolicyVersions(policy)
    expect(versions.map((version) => version.versionNumber)).toEqual([1])
    const { docs: visibleVersions } = await payload.findVersions({ collection: 'policies', overrideAccess: false })
    expect(JSON.stringify(visibleVersions)).not.toContain('secret draft')

    const admin = await createUser(payload, ['admin'])
    const { docs: adminVersions } = await payload.findVersions({
      collection: 'policies',
      where: { parent: { equals: policy.id } },
      overrideAccess: false,
      user: admin,
    })
    expect(JSON.stringify(adminVersions)).toContain('secret draft')

    const published = await payload.update({
      collection: 'policies',
      id: policy.id,
      data: { _status: 'published', changeSummary: 'Published the draft.' },
    })
    expect(published.versionNumber).toBe(2)
  })

  it('publishes a scheduled draft as the next version when its time comes', async () => {
    const policy = await publishNewPolicy('scheduled', 'Today’s wording.')
    await payload.update({
      collection: 'policies',
      id: policy.id,
      data: { body: paragraphs('Next month’s wording.'), changeSummary: 'Scheduled change.', _status: 'draft' },
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'policies', value: policy.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    expect(policyBodyText((await getPublishedPolicy('scheduled'))?.body)).toBe('Today’s wording.')

    await payload.jobs.run()

    const published = await getPublishedPolicy('scheduled')
    expect(policyBodyText(published?.body)).toBe('Next month’s wording.')
    expect(published?.versionNumber).toBe(2)
    expect(published?.changeSummary).toBe('Scheduled change.')
  })

  it('keeps a never-published policy out of public lists', async () => {
    await payload.create({
      collection: 'policies',
      data: { title: 'Unreleased', slug: 'unreleased', body: paragraphs('Not yet.'), _status: 'draft' },
      draft: true,
    })
    const listed = await listPublishedPolicies()
    expect(listed.map((policy) => policy.slug)).not.toContain('unreleased')
    expect(await getPublishedPolicy('unreleased')).toBeNull()
  })

  it('keeps every published version readable, newest first, with its own text', async () => {
    const policy = await publishNewPolicy('history', 'Version one text.')
    for (const text of ['Version two text.', 'Version three text.']) {
      await payload.update({ collection: 'policies', id: policy.id, data: { body: paragraphs(text), changeSummary: `Now: ${text}`, _status: 'published' } })
    }
    const versions = await listPolicyVersions(policy)
    expect(versions.map((version) => version.versionNumber)).toEqual([3, 2, 1])
    const old = await getPolicyVersion(policy, 1)
    expect(policyBodyText(old?.body)).toBe('Version one text.')
    expect(await getPolicyVersion(policy, 9)).toBeNull()
  })

  it('compares two versions word by word', () => {
    const parts = wordDiff('Members are kind.', 'Members are kind and patient.')
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['and patient'])
    expect(parts.filter((part) => part.kind === 'removed')).toEqual([])
    expect(countChanges(parts)).toEqual({ added: 2, removed: 0 })
    expect(countChanges(wordDiff('Be kind.', 'Be patient.'))).toEqual({ added: 1, removed: 1 })
  })

  it('compares versions block by block: headings and list items keep their shape, never Markdown marks', () => {
    const text = (value: string) => ({ type: 'text', text: value })
    const body = (...children: object[]) => ({ root: { type: 'root', children } })
    const heading = (value: string) => ({ type: 'heading', tag: 'h2', children: [text(value)] })
    const list = (...items: string[]) => ({ type: 'list', listType: 'number', children: items.map((item) => ({ type: 'listitem', children: [text(item)] })) })
    const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] })

    const before = policyBlocks(body(heading('Meetings'), list('Be on time.', 'Listen first.'), paragraph('Thank you.')))
    const after = policyBlocks(
      body(heading('Meetings and messages'), list('Be on time.', 'Answer within a week.', 'Listen first, always.'), paragraph('Thank you.')),
    )
    const blocks = blockDiff(before, after)

    expect(blocks.map((block) => [block.kind, block.change])).toEqual([
      ['heading', 'changed'],
      ['item', 'same'],
      ['item', 'added'],
      ['item', 'changed'],
      ['paragraph', 'same'],
    ])
    expect(blocks[0].parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['and messages'])
    expect(blocks[2]).toMatchObject({ kind: 'item', marker: '2.', parts: [{ kind: 'added', text: 'Answer within a week.' }] })
    expect(blocks[3]).toMatchObject({ kind: 'item', marker: '3.' })
    expect(blocks.flatMap((block) => block.parts).some((part) => part.text.includes('#'))).toBe(false)
    expect(countChanges(blockDiff(before, before).flatMap((block) => block.parts))).toEqual({ added: 0, removed: 0 })
  })

  it('opens a published policy for editing with an empty change summary for the next version; the published version keeps its own', async () => {
    const policy = await publishNewPolicy('next-summary', 'Version one.')
    // What /admin opens: the latest version, read as a draft.
    expect((await payload.findByID({ collection: 'policies', id: policy.id, draft: true })).changeSummary).toBe('')
    expect((await payload.findByID({ collection: 'policies', id: policy.id })).changeSummary).toBe('First version.')
    const { docs } = await payload.findVersions({ collection: 'policies', where: { parent: { equals: policy.id } } })
    expect(docs.map((version) => version.version.changeSummary)).toEqual(['First version.'])

    // A draft of the next version keeps the summary its editor is writing.
    await payload.update({ collection: 'policies', id: policy.id, data: { changeSummary: 'Clearer wording.', _status: 'draft' }, draft: true })
    expect((await payload.findByID({ collection: 'policies', id: policy.id, draft: true })).changeSummary).toBe('Clearer wording.')
  })

  it('refuses a new version that repeats the previous version’s change summary, naming the field', async () => {
    const policy = await publishNewPolicy('summaries', 'Version one.')
    const repeat = payload.update({
      collection: 'policies',
      id: policy.id,
      data: { body: paragraphs('Version two.'), changeSummary: 'First version.', _status: 'published' },
    })
    await expect(repeat).rejects.toMatchObject({ data: { errors: [{ path: 'changeSummary', message: expect.stringContaining('still describes version 1') }] } })
    const unchanged = await getPublishedPolicy('summaries')
    expect(unchanged?.versionNumber).toBe(1)
    expect(policyBodyText(unchanged?.body)).toBe('Version one.')

    const updated = await payload.update({
      collection: 'policies',
      id: policy.id,
      data: { body: paragraphs('Version two.'), changeSummary: 'Said it twice.', _status: 'published' },
    })
    expect(updated.versionNumber).toBe(2)
  })

  it('tidies a typed slug into address form', async () => {
    const policy = await payload.create({
      collection: 'policies',
      data: { title: 'Tidy', slug: 'Our Tidy Slug!', body: paragraphs('x') },
    })
    expect(policy.slug).toBe('our-tidy-slug')
  })

  it('refuses a slug with nothing usable in it, with a message that says how to fix it', async () => {
    const error = await payload
      .create({ collection: 'policies', data: { title: 'Bad', slug: '!!!', body: paragraphs('x') } })
      .catch((caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect(error).toMatchObject({ data: { errors: [{ path: 'slug' }] } })
    expect((error as { data: { errors: { message: string }[] } }).data.errors[0].message).toMatch(/lowercase letters|required/i)
    expect(await payload.count({ collection: 'policies', where: { title: { equals: 'Bad' } } })).toEqual({ totalDocs: 0 })
  })

  it('fills the slug from the title when left empty', async () => {
    const policy = await payload.create({
      collection: 'policies',
      data: { title: 'Safety & Trust Policy', body: paragraphs('x'), _status: 'published' } as never,
    })
    expect(policy.slug).toBe('safety-and-trust-policy')
  })
})
