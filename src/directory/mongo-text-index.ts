import type { Payload } from 'payload'

type MongooseModel = {
  schema: { index(fields: object, options: object): void }
  db: { readyState: number }
  createIndexes(): Promise<unknown>
}

/**
 * On MongoDB the directory's word search uses a text index over the profiles' search text.
 * Payload's field options cannot declare one, so it is added to the model here at start-up
 * (and built when connected; MongoDB builds it once and keeps it up to date).
 */
export async function ensureDirectoryTextIndex(payload: Payload): Promise<void> {
  if (payload.db.name !== 'mongoose') return
  const model = (payload.db as unknown as { collections: Record<string, MongooseModel> }).collections['mentor-profiles']
  model.schema.index({ searchText: 'text' }, { name: 'mentor_profiles_search_text', default_language: 'none' })
  if (model.db.readyState === 1) await model.createIndexes()
}
