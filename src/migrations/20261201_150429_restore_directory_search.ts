import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand. 20261201_150428_profile_photos rebuilds `mentor_profiles` (its photo now points
 * at profile_photos), and SQLite drops a table's triggers and indexes with it: the directory's
 * full-text triggers and its two narrow indexes (20261122_070711_directory_search) are made again
 * here, and the full-text index is rebuilt from the rows. Safe to run where they already exist.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS \`mentor_profiles_fts_insert\` AFTER INSERT ON \`mentor_profiles\` BEGIN
    INSERT INTO \`mentor_profiles_fts\`(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));
  END;`)
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS \`mentor_profiles_fts_delete\` AFTER DELETE ON \`mentor_profiles\` BEGIN
    INSERT INTO \`mentor_profiles_fts\`(\`mentor_profiles_fts\`, rowid, search_text) VALUES ('delete', old.id, coalesce(old.search_text, ''));
  END;`)
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS \`mentor_profiles_fts_update\` AFTER UPDATE OF search_text ON \`mentor_profiles\` BEGIN
    INSERT INTO \`mentor_profiles_fts\`(\`mentor_profiles_fts\`, rowid, search_text) VALUES ('delete', old.id, coalesce(old.search_text, ''));
    INSERT INTO \`mentor_profiles_fts\`(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));
  END;`)
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`mentor_profiles_directory_by_id_idx\` ON \`mentor_profiles\` (\`id\`, \`availability\`, \`paused\`, \`paused_until\`, \`kind\`, \`organization_id\`, \`last_active_at\`, \`display_name\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`mentor_profiles_directory_available_idx\` ON \`mentor_profiles\` (\`availability\`, \`paused\`, \`paused_until\`, \`kind\`, \`organization_id\`, \`last_active_at\`);`,
  )
  // Profiles written between the rebuild and now were not indexed; read them all again.
  await db.run(sql`INSERT INTO \`mentor_profiles_fts\`(\`mentor_profiles_fts\`) VALUES ('rebuild');`)
}

/** Nothing to undo: the profile_photos migration's own `down` rebuilds the table again. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
