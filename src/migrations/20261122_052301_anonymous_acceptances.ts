import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policy_acceptances\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`policy_id\` integer NOT NULL,
  	\`version_number\` numeric NOT NULL,
  	\`accepted_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_acceptances\`("id", "user_id", "policy_id", "version_number", "accepted_at", "updated_at", "created_at") SELECT "id", "user_id", "policy_id", "version_number", "accepted_at", "updated_at", "created_at" FROM \`policy_acceptances\`;`)
  await db.run(sql`DROP TABLE \`policy_acceptances\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_acceptances\` RENAME TO \`policy_acceptances\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_user_idx\` ON \`policy_acceptances\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_policy_idx\` ON \`policy_acceptances\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_version_number_idx\` ON \`policy_acceptances\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_updated_at_idx\` ON \`policy_acceptances\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_created_at_idx\` ON \`policy_acceptances\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policy_acceptances\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`policy_id\` integer NOT NULL,
  	\`version_number\` numeric NOT NULL,
  	\`accepted_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_acceptances\`("id", "user_id", "policy_id", "version_number", "accepted_at", "updated_at", "created_at") SELECT "id", "user_id", "policy_id", "version_number", "accepted_at", "updated_at", "created_at" FROM \`policy_acceptances\`;`)
  await db.run(sql`DROP TABLE \`policy_acceptances\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_acceptances\` RENAME TO \`policy_acceptances\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_user_idx\` ON \`policy_acceptances\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_policy_idx\` ON \`policy_acceptances\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_version_number_idx\` ON \`policy_acceptances\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_updated_at_idx\` ON \`policy_acceptances\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_acceptances_created_at_idx\` ON \`policy_acceptances\` (\`created_at\`);`)
}
