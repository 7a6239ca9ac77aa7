/**
 * What the REST API accepts, checked before Payload sees a request: ids of the database's
 * shape, versions only where a collection keeps them, `where` operators a field supports with
 * values of the field's kind, bounded `limit`, `page` and `depth`, and JSON bodies that parse.
 * Payload passes each of these to the database as given, and the database's refusal reached the
 * caller as a 500.
 */
import fs from 'node:fs'
import nodePath from 'node:path'

import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'
import * as qs from 'qs-esm'

import { resolveDatabaseTarget } from '@/lib/database'

/**
 * The most documents one REST read returns; Payload has no cap of its own. 250 because Payload's
 * admin asks that many at once for the titles in a list's relationship columns (at 100 they read
 * "Untitled").
 */
export const maxListLimit = 250
const maxPage = 1_000_000
const maxDepth = 10

/** `missingFileIn`: the upload collection a requested file is not in (see guardedREST for who is told so). */
export type InputProblem = { status: 400 | 403 | 404; message: string; missingFileIn?: string }

type IdKind = 'number' | 'objectId'

/** SQLite numbers its rows; MongoDB names documents with 24-hex-digit ObjectIds. */
export const databaseIdKind = (): IdKind => (resolveDatabaseTarget().kind === 'mongodb' ? 'objectId' : 'number')

export function isDocumentId(value: string, kind: IdKind = databaseIdKind()): boolean {
  return kind === 'number' ? /^\d{1,15}$/.test(value) : /^[0-9a-f]{24}$/i.test(value)
}

const idShape = (kind: IdKind) => (kind === 'number' ? 'a whole number, such as 12' : 'a 24-character ObjectId')

type Endpoint = { method: string; path: string }

/** Payload's own matching of an endpoint path such as `/versions/:id` or `/access/:id?` against the rest of the address. */
function matchEndpoint(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  let index = 0
  for (const part of parts) {
    const segment = segments[index]
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      if (segment === undefined) {
        if (optional) continue
        return undefined
      }
      params[part.replace(/^:|\?$/g, '')] = segment
    } else if (segment !== part) {
      return undefined
    }
    index += 1
  }
  return index === segments.length ? params : undefined
}

function findEndpoint(endpoints: Endpoint[] | false, method: string, segments: string[]) {
  if (!endpoints) return undefined
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const params = matchEndpoint(endpoint.path, segments)
    if (params) return { path: endpoint.path, params }
  }
  return undefined
}

const labelOf = (entity: SanitizedCollectionConfig | SanitizedGlobalConfig): string => {
  const label = 'labels' in entity ? entity.labels?.plural : entity.label
  return typeof label === 'string' ? label : entity.slug
}

/**
 * The problem with a REST request, or undefined when Payload may answer it. `path` is the
 * address below `/api` (`/mentor-profiles/abc`), `search` its query string.
 */
export function restInputProblem(
  config: SanitizedConfig,
  { method, path, search, idKind = databaseIdKind() }: { method: string; path: string; search: string; idKind?: IdKind },
): InputProblem | undefined {
  const segments = path.split('/').filter(Boolean).map(decodeSegment)
  const isGlobal = segments[0] === 'globals'
  const slug = isGlobal ? segments[1] : segments[0]
  const rest = segments.slice(isGlobal ? 2 : 1)
  const entity = isGlobal ? config.globals.find((global) => global.slug === slug) : config.collections.find((collection) => collection.slug === slug)
  if (!entity) return undefined // Payload answers an unknown address with its own 404

  const endpoint = findEndpoint(entity.endpoints as Endpoint[] | false, method, rest)
  if (!endpoint) return undefined

  if (endpoint.path.startsWith('/versions') && !entity.versions) {
    return { status: 404, message: `${labelOf(entity)} ${isGlobal ? 'keeps' : 'keep'} no past versions, so there are none to read or restore.` }
  }
  const id = endpoint.path === '/verify/:id' ? undefined : endpoint.params.id
  if (id !== undefined && !isDocumentId(id, idKind)) {
    return { status: 404, message: `Nothing in ${labelOf(entity)} has the id “${id.slice(0, 60)}”: ids here are ${idShape(idKind)}.` }
  }

  if (endpoint.path === '/file/:filename' && 'upload' in entity && entity.upload) {
    const filename = endpoint.params.filename ?? ''
    // Payload looks for the file on disk and answered a name that is not there with a 500. Files in
    // a bucket (src/storage/) are looked up by the storage handler, which answers a missing one 404.
    const staticDir = entity.upload.disableLocalStorage ? undefined : entity.upload.staticDir
    if (filename !== nodePath.basename(filename) || (typeof staticDir === 'string' && !fs.existsSync(nodePath.resolve(staticDir, filename)))) {
      return { status: 404, message: `There is no file named “${filename.slice(0, 80)}” in ${labelOf(entity)}.`, missingFileIn: entity.slug }
    }
  }

  const query = qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
  const isRead = method === 'GET'
  return (
    numberProblem(
      query,
      'limit',
      isRead ? 1 : 0,
      maxListLimit,
      isRead ? `Ask for at most ${maxListLimit} at a time and read further pages with page=2, 3, …` : '',
    ) ??
    numberProblem(query, 'page', 1, maxPage, '') ??
    numberProblem(query, 'depth', 0, maxDepth, '') ??
    (isRead && query.pagination !== undefined && String(query.pagination) === 'false'
      ? { status: 400, message: `pagination=false is not accepted: read at most ${maxListLimit} at a time with limit and page.` }
      : undefined) ??
    whereProblem(query.where, fieldsToQuery(entity, endpoint.path), idKind)
  )
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment // src/proxy.ts refuses such an address before it gets here
  }
}

function numberProblem(query: Record<string, unknown>, name: string, min: number, max: number, hint: string): InputProblem | undefined {
  if (!(name in query)) return undefined
  const value = query[name]
  const number = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN
  if (Number.isInteger(number) && number >= min && number <= max) return undefined
  const shown = typeof value === 'string' ? `“${value.slice(0, 40)}”` : 'given more than once'
  return { status: 400, message: `${name} must be a whole number from ${min} to ${max.toLocaleString('en')} (it was ${shown}).${hint ? ` ${hint}` : ''}` }
}

/** The fields a `where` on this endpoint reads: the document's, or under `version.` for past versions. */
function fieldsToQuery(entity: SanitizedCollectionConfig | SanitizedGlobalConfig, endpointPath: string): { fields: FlattenedField[]; versions: boolean } {
  return { fields: entity.flattenedFields, versions: endpointPath.startsWith('/versions') }
}

const geoOperators = new Set(['near', 'within', 'intersects'])
const comparisons = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const knownOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'like', 'not_like', 'contains', ...comparisons, ...geoOperators])

type Kind = 'id' | 'date' | 'checkbox' | 'number' | 'point' | 'text' | 'relation' | 'unchecked'

function operatorsFor(kind: Kind, hasMany: boolean): Set<string> | undefined {
  const many = hasMany ? ['all'] : []
  switch (kind) {
    case 'id':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...comparisons])
    case 'relation':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...many])
    case 'date':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...comparisons])
    case 'checkbox':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists'])
    case 'number':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...comparisons, ...many])
    case 'point':
      return new Set(['equals', 'not_equals', 'exists', ...geoOperators])
    case 'text':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'like', 'not_like', 'contains', ...comparisons, ...many])
    case 'unchecked':
      return undefined
  }
}

const kindNames: Record<Kind, string> = {
  id: 'an id',
  relation: 'a link to other records',
  date: 'a date',
  checkbox: 'a yes/no field',
  number: 'a number',
  point: 'a map point',
  text: 'a text field',
  unchecked: 'a field',
}

/** What a `where` path names: a field's kind, or `unchecked` for paths into related records, which Payload checks itself. */
function resolvePath(path: string, { fields, versions }: { fields: FlattenedField[]; versions: boolean }): { kind: Kind; hasMany: boolean } {
  let names = path.split('.')
  if (versions) {
    if (names[0] !== 'version')
      return {
        kind: names[0] === 'id' || names[0] === 'parent' ? 'id' : names[0] === 'createdAt' || names[0] === 'updatedAt' ? 'date' : 'unchecked',
        hasMany: false,
      }
    names = names.slice(1)
  }
  let current: FlattenedField[] | undefined = fields
  for (const [index, name] of names.entries()) {
    const last = index === names.length - 1
    if (name === 'id' && last) return { kind: 'id', hasMany: false }
    const field: FlattenedField | undefined = current?.find((candidate) => candidate.name === name)
    if (!field) return { kind: 'unchecked', hasMany: false }
    const hasMany = 'hasMany' in field && field.hasMany === true
    switch (field.type) {
      case 'array':
      case 'group':
      case 'tab':
      case 'blocks':
        if (last || !('flattenedFields' in field)) return { kind: 'unchecked', hasMany: false }
        current = field.flattenedFields as FlattenedField[]
        continue
      case 'relationship':
      case 'upload':
        return last && typeof field.relationTo === 'string' ? { kind: 'relation', hasMany } : { kind: 'unchecked', hasMany }
      case 'date':
        return last ? { kind: 'date', hasMany: false } : { kind: 'unchecked', hasMany: false }
      case 'checkbox':
        return { kind: last ? 'checkbox' : 'unchecked', hasMany: false }
      case 'number':
        return { kind: last ? 'number' : 'unchecked', hasMany }
      case 'point':
        return { kind: last ? 'point' : 'unchecked', hasMany: false }
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'select':
      case 'radio':
        return { kind: last ? 'text' : 'unchecked', hasMany }
      default:
        return { kind: 'unchecked', hasMany: false }
    }
  }
  return { kind: 'unchecked', hasMany: false }
}

const valuesOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value && typeof value === 'object' ? Object.values(value) : [value]

function valueProblem(path: string, operator: string, value: unknown, kind: Kind, idKind: IdKind): string | undefined {
  if (operator === 'exists') return undefined
  const values = valuesOf(value)
  if (kind === 'id' || kind === 'relation') {
    const wrong = values.find(
      (each) => !(typeof each === 'number' || (typeof each === 'string' && (each === '' || each === 'null' || isDocumentId(each, idKind)))),
    )
    if (wrong !== undefined) return `where[${path}][${operator}] names “${String(wrong).slice(0, 40)}”, which is not an id: ids here are ${idShape(idKind)}.`
  }
  if (kind === 'date') {
    const wrong = values.find((each) => typeof each !== 'string' || (each !== '' && each !== 'null' && Number.isNaN(Date.parse(each))))
    if (wrong !== undefined)
      return `where[${path}][${operator}] has “${String(wrong).slice(0, 40)}”, which is not a date: use a date like 2026-09-01 or 2026-09-01T09:00:00Z.`
  }
  return undefined
}

function whereProblem(where: unknown, scope: { fields: FlattenedField[]; versions: boolean }, idKind: IdKind, depth = 0): InputProblem | undefined {
  if (where === undefined || where === null || where === '') return undefined
  if (typeof where === 'string') {
    let parsed: unknown
    try {
      parsed = JSON.parse(where)
    } catch {
      return { status: 400, message: 'where is neither where[field][operator]=value nor valid JSON.' }
    }
    return whereProblem(parsed, scope, idKind, depth)
  }
  if (typeof where !== 'object' || Array.isArray(where)) return { status: 400, message: 'where must name fields: where[field][operator]=value.' }
  if (depth > 8) return { status: 400, message: 'where nests and/or too deeply (at most 8 levels).' }
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const branch of condition && typeof condition === 'object' ? Object.values(condition) : [condition]) {
        const problem = whereProblem(branch, scope, idKind, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      return { status: 400, message: `where[${key}] needs an operator, such as where[${key}][equals]=value.` }
    }
    const { kind, hasMany } = resolvePath(key, scope)
    const allowed = operatorsFor(kind, hasMany)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!knownOperators.has(operator)) continue // Payload answers an unknown operator with its own 400
      if (allowed && !allowed.has(operator)) {
        return { status: 400, message: `where[${key}][${operator}] is not possible: ${key} is ${kindNames[kind]}, which supports ${[...allowed].join(', ')}.` }
      }
      if (kind === 'unchecked' && geoOperators.has(operator)) {
        return { status: 400, message: `where[${key}][${operator}] is not possible: ${operator} works only on map points.` }
      }
      const problem = valueProblem(key, operator, value, kind, idKind)
      if (problem) return { status: 400, message: problem }
    }
  }
  return undefined
}

/** Whether a JSON body parses; the problem to answer otherwise. */
export function jsonBodyProblem(text: string): InputProblem | undefined {
  if (text.trim() === '') return undefined
  try {
    JSON.parse(text)
    return undefined
  } catch {
    return { status: 400, message: 'The request body is not valid JSON. Send a JSON object, with Content-Type: application/json.' }
  }
}

const listTypes = new Set(['relationship', 'upload', 'select', 'number', 'text'])
const scalarTypes = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'number', 'checkbox', 'date'])

/**
 * The shape of a document written through REST: a field that holds a list (hasMany, arrays,
 * blocks) must be sent a list, a group an object, a text, number, date or yes/no field a single
 * value. Hooks read such fields before validation runs, and a string where a list belongs (or an
 * object where text belongs) was a 500.
 */
export function documentShapeProblem(config: SanitizedConfig, { method, path }: { method: string; path: string }, text: string): InputProblem | undefined {
  if (!['POST', 'PATCH', 'PUT'].includes(method) || text.trim() === '') return undefined
  const segments = path.split('/').filter(Boolean)
  const isGlobal = segments[0] === 'globals'
  const slug = isGlobal ? segments[1] : segments[0]
  const entity = isGlobal ? config.globals.find((global) => global.slug === slug) : config.collections.find((collection) => collection.slug === slug)
  if (!entity) return undefined
  const data: unknown = JSON.parse(text)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { status: 400, message: 'The request body must be a JSON object of field names and values.' }
  }
  for (const field of entity.flattenedFields) {
    const value = (data as Record<string, unknown>)[field.name]
    if (value === undefined || value === null) continue
    const isList = field.type === 'array' || field.type === 'blocks' || (listTypes.has(field.type) && 'hasMany' in field && field.hasMany === true)
    if (isList && !Array.isArray(value)) return { status: 400, message: `${field.name} holds a list: send an array, such as "${field.name}": [].` }
    if (field.type === 'group' && (typeof value !== 'object' || Array.isArray(value)))
      return { status: 400, message: `${field.name} is a group of fields: send an object.` }
    if (!isList && scalarTypes.has(field.type) && typeof value === 'object') {
      return {
        status: 400,
        message: `${field.name} holds a single ${field.type === 'checkbox' ? 'true or false' : field.type === 'number' ? 'number' : 'text'} value, not ${Array.isArray(value) ? 'a list' : 'an object'}.`,
      }
    }
  }
  return undefined
}
