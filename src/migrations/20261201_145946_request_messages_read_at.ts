import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`request_messages\` ADD \`read_at\` text;`)
  await db.run(sql`CREATE INDEX \`request_messages_read_at_idx\` ON \`request_messages\` (\`read_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`request_messages_read_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`request_messages\` DROP COLUMN \`read_at\`;`)
}
