import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: what Payload's schema cannot express. A full-text index over the directory
 * profiles' search text (SQLite FTS5, kept in step by triggers), and composite indexes that let
 * the directory's industry, skill and language filters start from the matching profiles.
 *
 * If a later migration rebuilds `mentor_profiles` (SQLite does that for some column changes),
 * the triggers go with the old table: the directory tests then fail, and this file's statements
 * must be run again in that migration.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE \`mentor_profiles_fts\` USING fts5(
    search_text, content='mentor_profiles', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3'
  );`)
  await db.run(sql`INSERT INTO \`mentor_profiles_fts\`(rowid, search_text) SELECT id, coalesce(search_text, '') FROM \`mentor_profiles\`;`)
  await db.run(sql`CREATE TRIGGER \`mentor_profiles_fts_insert\` AFTER INSERT ON \`mentor_profiles\` BEGIN
    INSERT INTO \`mentor_profiles_fts\`(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));
  END;`)
  await db.run(sql`CREATE TRIGGER \`mentor_profiles_fts_delete\` AFTER DELETE ON \`mentor_profiles\` BEGIN
    INSERT INTO \`mentor_profiles_fts\`(\`mentor_profiles_fts\`, rowid, search_text) VALUES ('delete', old.id, coalesce(old.search_text, ''));
  END;`)
  await db.run(sql`CREATE TRIGGER \`mentor_profiles_fts_update\` AFTER UPDATE OF search_text ON \`mentor_profiles\` BEGIN
    INSERT INTO \`mentor_profiles_fts\`(\`mentor_profiles_fts\`, rowid, search_text) VALUES ('delete', old.id, coalesce(old.search_text, ''));
    INSERT INTO \`mentor_profiles_fts\`(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));
  END;`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_industry_parent_idx\` ON \`mentor_profiles_rels\` (\`industries_id\`, \`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_skill_parent_idx\` ON \`mentor_profiles_rels\` (\`skills_id\`, \`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_languages_value_parent_idx\` ON \`mentor_profiles_languages\` (\`value\`, \`parent_id\`);`)
  // Narrow indexes holding every filtered column, so checking or counting candidates never
  // reads the wide profile rows (bio and search text).
  await db.run(sql`CREATE INDEX \`mentor_profiles_directory_by_id_idx\` ON \`mentor_profiles\` (\`id\`, \`availability\`, \`paused\`, \`paused_until\`, \`kind\`, \`organization_id\`, \`last_active_at\`, \`display_name\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_directory_available_idx\` ON \`mentor_profiles\` (\`availability\`, \`paused\`, \`paused_until\`, \`kind\`, \`organization_id\`, \`last_active_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`mentor_profiles_directory_available_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`mentor_profiles_directory_by_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`mentor_profiles_languages_value_parent_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`mentor_profiles_rels_skill_parent_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`mentor_profiles_rels_industry_parent_idx\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`mentor_profiles_fts_update\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`mentor_profiles_fts_delete\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`mentor_profiles_fts_insert\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`mentor_profiles_fts\`;`)
}
