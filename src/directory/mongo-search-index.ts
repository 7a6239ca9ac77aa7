import type { CollectionConfig, Field, FieldHook, Payload, Plugin } from 'payload'

import { isAdminField } from '@/access'

import { distinctDirectoryWords } from './words'

/*
 * The directory's word search on MongoDB. SQLite keeps an FTS5 index beside the profiles
 * (src/migrations/*_directory_search.ts); MongoDB gets its own two indexes over the same search
 * text: the profile's distinct words, whose ordinary index answers an anchored prefix match
 * ("interv" finds "interview", as FTS5 does), and a text index, used only to rank whole-word
 * matches by how often and how prominently the words occur.
 */

const directoryCollection = 'mentor-profiles'
export const directoryTextIndexName = 'mentor_profiles_search_text'

/** Always the words of the search text the collection's own hook has just built. */
const wordsOfSearchText: FieldHook = ({ siblingData }) => distinctDirectoryWords((siblingData as { searchText?: string } | undefined)?.searchText)

const searchWordsField: Field = {
  name: 'searchWords',
  type: 'text',
  hasMany: true,
  index: true,
  access: { read: isAdminField, create: isAdminField, update: isAdminField },
  admin: { hidden: true },
  hooks: { beforeChange: [wordsOfSearchText] },
}

/**
 * Adds the word list to directory profiles when the platform runs on MongoDB (so it is not in
 * payload-types.ts, which is generated on the embedded database).
 */
export const mongoDirectorySearch: Plugin = (config) => {
  if (config.db?.name !== 'mongoose') return config
  const withWords = (collection: CollectionConfig): CollectionConfig =>
    collection.slug === directoryCollection ? { ...collection, fields: [...collection.fields, searchWordsField] } : collection
  return { ...config, collections: config.collections?.map(withWords) }
}

type MongooseModel = { schema: { index(fields: object, options: object): void; indexes(): [Record<string, unknown>, { name?: string }][] } }

/**
 * Payload's field options cannot declare a text index, so it is added to the profiles' model
 * when Payload starts; `npm run db:prepare` builds it with the others (src/db/mongo-indexes.ts).
 */
export function declareDirectoryTextIndex(payload: Payload): void {
  if (payload.db.name !== 'mongoose') return
  const model = (payload.db as unknown as { collections: Record<string, MongooseModel> }).collections[directoryCollection]
  if (model.schema.indexes().some(([, options]) => options.name === directoryTextIndexName)) return
  model.schema.index({ searchText: 'text' }, { name: directoryTextIndexName, default_language: 'none' })
}
