import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Written by hand, no schema change: mentorships accepted before agreements existed get their
 * agreement and first check-in (src/mentorship/shape.ts startMissingShapes). Reading a
 * mentorship writes nothing, so without this they would wait for a first save.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  // Loaded here, not with the migrations list: the app's modules load the Payload config, which lists the migrations.
  const { startMissingShapes } = await import('../../mentorship/shape')
  await startMissingShapes(payload, req)
}

/** The agreements stay: they hold what the two people wrote. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
