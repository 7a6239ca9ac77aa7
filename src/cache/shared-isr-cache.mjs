/**
 * Next's page cache, shared by every server process on one machine.
 *
 * Next's default cache keeps pages and revalidated tags in each process's memory, so with more
 * than one process (`WEB_CONCURRENCY`), a policy published through one process would stay stale
 * in the others. Here pages are written to disk atomically and every revalidation is appended to
 * one log file that each process replays (a stat per read) before answering.
 *
 * Pages pre-rendered by `next build` are not read: each page renders on its first request after
 * start, from the database the server actually uses, and is shared from then on.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import v8 from 'node:v8'

import { logLinesFor, tagLogName } from './tag-log.mjs'

const maxEntriesInMemory = 1000

let directory
let tagLog
/** key → { lastModified, value, cacheControl, tags } for this process. */
const entries = new Map()
/** tag → { stale?, expired? } in ms since the epoch, replayed from the shared log. */
const tagTimes = new Map()
let logBytesRead = 0

// Next's own per-process record of revalidated tags; keeping it in step lets Next apply its
// usual stale-while-revalidate rules to tags revalidated in another process.
let nextTagManifest
try {
  nextTagManifest = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest
} catch {
  nextTagManifest = undefined
}

function replayTagLog() {
  let size
  try {
    size = fs.statSync(tagLog).size
  } catch {
    return
  }
  if (size === logBytesRead) return
  if (size < logBytesRead) {
    logBytesRead = 0
    tagTimes.clear()
  }
  const buffer = fs.readFileSync(tagLog)
  const end = buffer.lastIndexOf(10) + 1 // complete lines only
  for (const line of buffer.subarray(logBytesRead, end).toString('utf8').split('\n')) {
    if (!line) continue
    const { tag, ...times } = JSON.parse(line)
    const merged = { ...tagTimes.get(tag), ...times }
    tagTimes.set(tag, merged)
    nextTagManifest?.set(tag, { ...nextTagManifest.get(tag), ...merged })
  }
  logBytesRead = end
}

function tagsOf(entry, ctx) {
  if (entry.value?.kind === 'FETCH') {
    return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(entry.value.tags ?? []), ...(entry.tags ?? [])]
  }
  return String(entry.value?.headers?.['x-next-cache-tags'] ?? '').split(',').filter(Boolean)
}

const isExpired = (tags, lastModified, now = Date.now()) =>
  tags.some((tag) => {
    const expired = tagTimes.get(tag)?.expired
    return expired !== undefined && expired <= now && expired > lastModified
  })

const isStale = (tags, lastModified) => tags.some((tag) => (tagTimes.get(tag)?.stale ?? 0) > lastModified)

const fileFor = (key) => path.join(directory, `${crypto.createHash('sha256').update(key).digest('hex')}.bin`)

async function readFromDisk(key) {
  try {
    return v8.deserialize(await fs.promises.readFile(fileFor(key)))
  } catch {
    return null
  }
}

function remember(key, entry) {
  entries.delete(key)
  entries.set(key, entry)
  if (entries.size > maxEntriesInMemory) entries.delete(entries.keys().next().value)
}

export default class SharedIsrCache {
  /** Next creates one instance per request: all state lives in the module. */
  constructor(ctx) {
    if (directory) return
    directory = process.env.ISR_CACHE_DIR || path.join(ctx.serverDistDir, 'shared-isr-cache')
    tagLog = path.join(directory, tagLogName)
    fs.mkdirSync(directory, { recursive: true })
  }

  async get(key, ctx) {
    replayTagLog()
    let entry = entries.get(key)
    if (!entry || isExpired(tagsOf(entry, ctx), entry.lastModified) || isStale(tagsOf(entry, ctx), entry.lastModified)) {
      // Another process may already have rendered a fresher copy.
      const stored = await readFromDisk(key)
      if (stored && (!entry || stored.lastModified > entry.lastModified)) remember(key, (entry = stored))
    }
    if (!entry) return null
    const tags = tagsOf(entry, ctx)
    if (isExpired(tags, entry.lastModified) || (!nextTagManifest && isStale(tags, entry.lastModified))) return null
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
  }

  async set(key, data, ctx) {
    const entry = {
      lastModified: Date.now(),
      value: data,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: ctx?.tags,
    }
    remember(key, entry)
    if (!data) return
    const file = fileFor(key)
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`
    await fs.promises.writeFile(temporary, v8.serialize(entry))
    await fs.promises.rename(temporary, file) // readers see the old file or the new one, never half
  }

  async revalidateTag(tagOrTags, durations) {
    const lines = logLinesFor([tagOrTags].flat(), durations)
    if (!lines.length) return
    // One small O_APPEND write: whole lines, safe with several processes appending.
    fs.appendFileSync(tagLog, `${lines.join('\n')}\n`)
    replayTagLog()
  }

  resetRequestCache() {}
}
