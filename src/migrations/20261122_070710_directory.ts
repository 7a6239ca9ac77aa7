import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mentor_profiles_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mentor_profiles_languages_order_idx\` ON \`mentor_profiles_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_languages_parent_idx\` ON \`mentor_profiles_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_languages_value_idx\` ON \`mentor_profiles_languages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`mentor_profiles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`skills_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_order_idx\` ON \`mentor_profiles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_parent_idx\` ON \`mentor_profiles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_path_idx\` ON \`mentor_profiles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_industries_id_idx\` ON \`mentor_profiles_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_rels_skills_id_idx\` ON \`mentor_profiles_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE TABLE \`industries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_name_idx\` ON \`industries\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_slug_idx\` ON \`industries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`industries_updated_at_idx\` ON \`industries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`industries_created_at_idx\` ON \`industries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`skills\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_name_idx\` ON \`skills\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_slug_idx\` ON \`skills\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`skills_updated_at_idx\` ON \`skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skills_created_at_idx\` ON \`skills\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`headline\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`bio\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`location\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`time_zone\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`photo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`pronouns\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`pronouns_visibility\` text DEFAULT 'members' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`identities\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`identities_visibility\` text DEFAULT 'hidden' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`availability\` text DEFAULT 'open' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`capacity\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`active_mentees\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`paused\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`paused_until\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`last_active_at\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_display_name_idx\` ON \`mentor_profiles\` (\`display_name\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_photo_idx\` ON \`mentor_profiles\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_availability_idx\` ON \`mentor_profiles\` (\`availability\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_paused_idx\` ON \`mentor_profiles\` (\`paused\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_paused_until_idx\` ON \`mentor_profiles\` (\`paused_until\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_last_active_at_idx\` ON \`mentor_profiles\` (\`last_active_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`industries_id\` integer REFERENCES industries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`skills_id\` integer REFERENCES skills(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_industries_id_idx\` ON \`payload_locked_documents_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`skills_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`mentor_profiles_languages\`;`)
  await db.run(sql`DROP TABLE \`mentor_profiles_rels\`;`)
  await db.run(sql`DROP TABLE \`industries\`;`)
  await db.run(sql`DROP TABLE \`skills\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mentor_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`organization_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mentor_profiles\`("id", "user_id", "kind", "display_name", "slug", "organization_id", "updated_at", "created_at") SELECT "id", "user_id", "kind", "display_name", "slug", "organization_id", "updated_at", "created_at" FROM \`mentor_profiles\`;`)
  await db.run(sql`DROP TABLE \`mentor_profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_mentor_profiles\` RENAME TO \`mentor_profiles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_user_idx\` ON \`mentor_profiles\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_kind_idx\` ON \`mentor_profiles\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_slug_idx\` ON \`mentor_profiles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_organization_idx\` ON \`mentor_profiles\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_updated_at_idx\` ON \`mentor_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_created_at_idx\` ON \`mentor_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`mentor_profiles_id\` integer,
  	\`organizations_id\` integer,
  	\`affiliations_id\` integer,
  	\`index_assessments_id\` integer,
  	\`media_id\` integer,
  	\`policies_id\` integer,
  	\`policy_acceptances_id\` integer,
  	\`role_guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mentor_profiles_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`affiliations_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_assessments_id\`) REFERENCES \`index_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_acceptances_id\`) REFERENCES \`policy_acceptances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_guides_id\`) REFERENCES \`role_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentor_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`mentor_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_affiliations_id_idx\` ON \`payload_locked_documents_rels\` (\`affiliations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`index_assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_acceptances_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_acceptances_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_role_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`role_guides_id\`);`)
}
