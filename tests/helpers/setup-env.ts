import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before each test file's imports: every file gets a database of its own (a temporary
 * SQLite file, or a fresh database on the MongoDB server named by TEST_DATABASE_URI), so no
 * test can ever touch the development database in .data/.
 */
if (process.env.TEST_DATABASE_URI) {
  const url = new URL(process.env.TEST_DATABASE_URI)
  url.pathname = `/pcn_test_${randomBytes(4).toString('hex')}`
  process.env.DATABASE_URI = url.toString()
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-int-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
process.env.MEDIA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-media-'))
process.env.PROFILE_PHOTOS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-photos-'))
process.env.RESUMES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-resumes-'))
process.env.RESOURCE_FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-resources-'))
process.env.PAYLOAD_SECRET = randomBytes(16).toString('hex')
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
delete process.env.SMTP_URL

// See scripts/preload-lexical.mjs: load Lexical's modules on their own before anything else.
await import('@payloadcms/richtext-lexical/lexical')
