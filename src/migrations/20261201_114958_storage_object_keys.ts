import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`prefix\` text DEFAULT 'resources';`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_prefix\` text DEFAULT 'resources';`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version__objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`resumes\` ADD \`prefix\` text DEFAULT 'resumes';`)
  await db.run(sql`ALTER TABLE \`resumes\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_prefix\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version__objectkey\`;`)
  await db.run(sql`ALTER TABLE \`resumes\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`resumes\` DROP COLUMN \`_objectkey\`;`)
}
