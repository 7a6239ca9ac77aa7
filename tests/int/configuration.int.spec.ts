import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DatabaseConfigError, defaultSqliteFile, resolveDatabaseTarget } from '@/lib/database'
import { MissingSecretError, resolvePayloadSecret } from '@/lib/secret'

describe('choosing the database from DATABASE_URI', () => {
  it('uses the embedded SQLite file in .data/ when unset', () => {
    expect(resolveDatabaseTarget('')).toEqual({ kind: 'sqlite', file: defaultSqliteFile, url: `file:${defaultSqliteFile}` })
    expect(resolveDatabaseTarget('  ')).toMatchObject({ kind: 'sqlite' })
    expect(defaultSqliteFile).toContain(`${path.sep}.data${path.sep}`)
  })

  it('uses a SQLite file given as file:…', () => {
    expect(resolveDatabaseTarget('file:/tmp/x/platform.db')).toEqual({
      kind: 'sqlite',
      file: '/tmp/x/platform.db',
      url: 'file:/tmp/x/platform.db',
    })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// addresses', () => {
    expect(resolveDatabaseTarget('mongodb://localhost:27017/platform')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://localhost:27017/platform',
    })
    expect(resolveDatabaseTarget('mongodb+srv://user:pw@cluster.example.net/db')).toMatchObject({ kind: 'mongodb' })
  })

  it('refuses anything else, naming the accepted forms and hiding credentials', () => {
    const attempt = () => resolveDatabaseTarget('postgres://admin:hunter2@db.example.net/platform')
    expect(attempt).toThrow(DatabaseConfigError)
    expect(attempt).toThrow(/mongodb:\/\/.*mongodb\+srv:\/\/.*file:/)
    expect(attempt).toThrow(/postgres:\/\/\*\*\*@db\.example\.net/)
    expect(attempt).not.toThrow(/hunter2/)
  })
})

describe('PAYLOAD_SECRET', () => {
  const sqlite = resolveDatabaseTarget('file:/tmp/irrelevant.db')
  const mongo = resolveDatabaseTarget('mongodb://localhost/platform')
  const freshFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-secret-')), 'payload-secret')

  it('uses the configured secret when set', () => {
    expect(resolvePayloadSecret(mongo, { NODE_ENV: 'production', PAYLOAD_SECRET: 'configured' }, freshFile())).toBe('configured')
  })

  it('stops a start on MongoDB without a secret, whatever NODE_ENV says, saying what to set', () => {
    expect(() => resolvePayloadSecret(mongo, { NODE_ENV: 'production' }, freshFile())).toThrow(MissingSecretError)
    expect(() => resolvePayloadSecret(mongo, { NODE_ENV: 'production' }, freshFile())).toThrow(/set PAYLOAD_SECRET/)
    // Whatever NODE_ENV says: a start script that leaves it unset must not get a generated secret.
    expect(() => resolvePayloadSecret(mongo, {} as NodeJS.ProcessEnv, freshFile())).toThrow(MissingSecretError)
    expect(() => resolvePayloadSecret(mongo, { NODE_ENV: 'development' }, freshFile())).toThrow(MissingSecretError)
  })

  it('generates a random secret once in development and reuses it', () => {
    const file = freshFile()
    const first = resolvePayloadSecret(sqlite, { NODE_ENV: 'development' }, file)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolvePayloadSecret(sqlite, { NODE_ENV: 'development' }, file)).toBe(first)
    expect(fs.readFileSync(file, 'utf8')).toBe(first)
    expect(resolvePayloadSecret(sqlite, { NODE_ENV: 'development' }, freshFile())).not.toBe(first)
  })

  it('lets a production build on the embedded database run with the generated secret', () => {
    const file = freshFile()
    const generated = resolvePayloadSecret(sqlite, { NODE_ENV: 'development' }, file)
    expect(resolvePayloadSecret(sqlite, { NODE_ENV: 'production' }, file)).toBe(generated)
  })
})
