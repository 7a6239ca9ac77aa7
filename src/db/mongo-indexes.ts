import type { Payload } from 'payload'

type Keys = Record<string, unknown>
type IndexSpec = [Keys, Record<string, unknown>]
type StoredIndex = { name: string; key: Keys; unique?: boolean; sparse?: boolean; weights?: Keys }

type Model = {
  schema: { indexes(): IndexSpec[] }
  collection: { collectionName: string; createIndex(keys: object, options: object): Promise<string>; indexes(): Promise<StoredIndex[]> }
}

type MongooseAdapter = {
  collections: Record<string, Model>
  versions: Record<string, Model>
  globals: Model | null
}

export class IndexBuildError extends Error {}

const nameOf = ([keys, options]: IndexSpec) =>
  typeof options.name === 'string'
    ? options.name
    : Object.entries(keys)
        .map(([field, kind]) => `${field}_${kind}`)
        .join('_')

/** Whether MongoDB holds the declared index: same fields in the same order, same uniqueness. */
function holds(stored: StoredIndex, [keys, options]: IndexSpec): boolean {
  if (Boolean(stored.unique) !== Boolean(options.unique) || Boolean(stored.sparse) !== Boolean(options.sparse)) return false
  const textFields = Object.keys(keys).filter((field) => keys[field] === 'text')
  // MongoDB lists a text index as { _fts: 'text', _ftsx: 1 } with its fields as weights.
  if (textFields.length > 0 && stored.weights)
    return textFields.every((field) => field in stored.weights!) && Object.keys(stored.weights).length === textFields.length
  const declared = Object.entries(keys)
  const found = Object.entries(stored.key)
  return declared.length === found.length && declared.every(([field, kind], index) => found[index][0] === field && found[index][1] === kind)
}

/**
 * Builds every index the collections declare (unique slugs and emails, the directory's word
 * and text indexes, the filters' indexes) and then checks that MongoDB holds each one, before
 * the server starts (`npm run db:prepare`). Payload otherwise leaves index builds to Mongoose in
 * the background, where a unique index that existing duplicates prevent is never reported.
 * Indexes MongoDB has and the collections no longer declare are left alone.
 */
export async function buildMongoIndexes(payload: Payload): Promise<void> {
  if (payload.db.name !== 'mongoose') return
  const db = payload.db as unknown as MongooseAdapter
  const models = [...Object.values(db.collections), ...Object.values(db.versions), ...(db.globals ? [db.globals] : [])]
  for (const model of models) {
    const where = model.collection.collectionName
    const declared = model.schema.indexes()
    for (const spec of declared) {
      try {
        await model.collection.createIndex(spec[0], spec[1])
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new IndexBuildError(
          `The MongoDB index ${nameOf(spec)} on ${where} could not be built: ${reason}. ` +
            'Fix the data it refuses (for a unique index, the duplicate value named above) or drop the index that conflicts with it, then start again.',
        )
      }
    }
    const stored = await model.collection.indexes()
    const missing = declared.find((spec) => !stored.some((index) => holds(index, spec)))
    if (missing) throw new IndexBuildError(`The MongoDB index ${nameOf(missing)} on ${where} is missing after it was built.`)
  }
}
