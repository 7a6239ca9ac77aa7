import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

import { distinctDirectoryWords } from '../../directory/words'

type Profile = { _id: unknown; searchText?: string | null }

/**
 * Written by hand: profiles saved before MongoDB kept each profile's distinct words
 * (src/directory/mongo-search-index.ts) get them from their search text, so that the directory's
 * prefix search finds them. The migration only fills what is missing, so a run that stops
 * halfway is finished by the next one; it writes outside Payload's transaction because one
 * transaction over every profile could outlast MongoDB's 60-second limit for transactions.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const profiles = (payload.db as unknown as MongooseAdapter).collections['mentor-profiles']
  const missing = profiles.find({ searchWords: { $exists: false } }, { searchText: 1 }).lean<Profile[]>().cursor()
  let batch: { updateOne: { filter: object; update: object } }[] = []
  for await (const profile of missing) {
    batch.push({ updateOne: { filter: { _id: profile._id }, update: { $set: { searchWords: distinctDirectoryWords(profile.searchText) } } } })
    if (batch.length === 500) {
      await profiles.bulkWrite(batch as never)
      batch = []
    }
  }
  if (batch.length > 0) await profiles.bulkWrite(batch as never)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  await (payload.db as unknown as MongooseAdapter).collections['mentor-profiles'].updateMany({}, { $unset: { searchWords: '' } })
}
