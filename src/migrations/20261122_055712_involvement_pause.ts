import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`involvement_paused\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`paused_until\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`involvement_paused\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`paused_until\`;`)
}
