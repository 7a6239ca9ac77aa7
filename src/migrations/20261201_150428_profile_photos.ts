import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { up as restoreDirectorySearch } from './20261201_150429_restore_directory_search'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`profile_photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`profile_id\` integer,
  	\`owner_id\` integer,
  	\`prefix\` text DEFAULT 'profile-photos',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`profile_photos_profile_idx\` ON \`profile_photos\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`profile_photos_owner_idx\` ON \`profile_photos\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`profile_photos_updated_at_idx\` ON \`profile_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`profile_photos_created_at_idx\` ON \`profile_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`profile_photos_filename_idx\` ON \`profile_photos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`profile_photos_sizes_small_sizes_small_filename_idx\` ON \`profile_photos\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`profile_photos_sizes_medium_sizes_medium_filename_idx\` ON \`profile_photos\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`profile_photos_sizes_large_sizes_large_filename_idx\` ON \`profile_photos\` (\`sizes_large_filename\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mentor_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`headline\` text,
  	\`bio\` text,
  	\`organization_id\` integer,
  	\`location\` text,
  	\`time_zone\` text,
  	\`photo_id\` integer,
  	\`pronouns\` text,
  	\`pronouns_visibility\` text DEFAULT 'members' NOT NULL,
  	\`identities\` text,
  	\`identities_visibility\` text DEFAULT 'hidden' NOT NULL,
  	\`availability\` text DEFAULT 'open' NOT NULL,
  	\`capacity\` numeric DEFAULT 3 NOT NULL,
  	\`active_mentees\` numeric DEFAULT 0,
  	\`paused\` integer DEFAULT false,
  	\`paused_until\` text,
  	\`last_active_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`profile_photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mentor_profiles\`("id", "user_id", "kind", "display_name", "slug", "headline", "bio", "organization_id", "location", "time_zone", "photo_id", "pronouns", "pronouns_visibility", "identities", "identities_visibility", "availability", "capacity", "active_mentees", "paused", "paused_until", "last_active_at", "search_text", "updated_at", "created_at") SELECT "id", "user_id", "kind", "display_name", "slug", "headline", "bio", "organization_id", "location", "time_zone", "photo_id", "pronouns", "pronouns_visibility", "identities", "identities_visibility", "availability", "capacity", "active_mentees", "paused", "paused_until", "last_active_at", "search_text", "updated_at", "created_at" FROM \`mentor_profiles\`;`)
  await db.run(sql`DROP TABLE \`mentor_profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_mentor_profiles\` RENAME TO \`mentor_profiles\`;`)
  // A photo was a media id before; photos now live in profile_photos (none of those ids is one).
  await db.run(sql`UPDATE \`mentor_profiles\` SET \`photo_id\` = NULL;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_user_idx\` ON \`mentor_profiles\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_kind_idx\` ON \`mentor_profiles\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_display_name_idx\` ON \`mentor_profiles\` (\`display_name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_slug_idx\` ON \`mentor_profiles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_organization_idx\` ON \`mentor_profiles\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_photo_idx\` ON \`mentor_profiles\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_availability_idx\` ON \`mentor_profiles\` (\`availability\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_paused_idx\` ON \`mentor_profiles\` (\`paused\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_paused_until_idx\` ON \`mentor_profiles\` (\`paused_until\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_last_active_at_idx\` ON \`mentor_profiles\` (\`last_active_at\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_updated_at_idx\` ON \`mentor_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_created_at_idx\` ON \`mentor_profiles\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`profile_photos_id\` integer REFERENCES profile_photos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profile_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`profile_photos_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`profile_photos\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mentor_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`headline\` text,
  	\`bio\` text,
  	\`organization_id\` integer,
  	\`location\` text,
  	\`time_zone\` text,
  	\`photo_id\` integer,
  	\`pronouns\` text,
  	\`pronouns_visibility\` text DEFAULT 'members' NOT NULL,
  	\`identities\` text,
  	\`identities_visibility\` text DEFAULT 'hidden' NOT NULL,
  	\`availability\` text DEFAULT 'open' NOT NULL,
  	\`capacity\` numeric DEFAULT 3 NOT NULL,
  	\`active_mentees\` numeric DEFAULT 0,
  	\`paused\` integer DEFAULT false,
  	\`paused_until\` text,
  	\`last_active_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mentor_profiles\`("id", "user_id", "kind", "display_name", "slug", "headline", "bio", "organization_id", "location", "time_zone", "photo_id", "pronouns", "pronouns_visibility", "identities", "identities_visibility", "availability", "capacity", "active_mentees", "paused", "paused_until", "last_active_at", "search_text", "updated_at", "created_at") SELECT "id", "user_id", "kind", "display_name", "slug", "headline", "bio", "organization_id", "location", "time_zone", "photo_id", "pronouns", "pronouns_visibility", "identities", "identities_visibility", "availability", "capacity", "active_mentees", "paused", "paused_until", "last_active_at", "search_text", "updated_at", "created_at" FROM \`mentor_profiles\`;`)
  await db.run(sql`DROP TABLE \`mentor_profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_mentor_profiles\` RENAME TO \`mentor_profiles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_user_idx\` ON \`mentor_profiles\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_kind_idx\` ON \`mentor_profiles\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_display_name_idx\` ON \`mentor_profiles\` (\`display_name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_slug_idx\` ON \`mentor_profiles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_organization_idx\` ON \`mentor_profiles\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_photo_idx\` ON \`mentor_profiles\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_availability_idx\` ON \`mentor_profiles\` (\`availability\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_paused_idx\` ON \`mentor_profiles\` (\`paused\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_paused_until_idx\` ON \`mentor_profiles\` (\`paused_until\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_last_active_at_idx\` ON \`mentor_profiles\` (\`last_active_at\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_updated_at_idx\` ON \`mentor_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_created_at_idx\` ON \`mentor_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`mentor_profiles_id\` integer,
  	\`industries_id\` integer,
  	\`skills_id\` integer,
  	\`organizations_id\` integer,
  	\`affiliations_id\` integer,
  	\`index_assessments_id\` integer,
  	\`media_id\` integer,
  	\`policies_id\` integer,
  	\`policy_acceptances_id\` integer,
  	\`role_guides_id\` integer,
  	\`events_id\` integer,
  	\`opportunities_id\` integer,
  	\`resources_id\` integer,
  	\`resumes_id\` integer,
  	\`resume_downloads_id\` integer,
  	\`mentorship_requests_id\` integer,
  	\`request_messages_id\` integer,
  	\`conduct_reports_id\` integer,
  	\`contact_messages_id\` integer,
  	\`emails_id\` integer,
  	\`blocks_id\` integer,
  	\`email_changes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mentor_profiles_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`affiliations_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_assessments_id\`) REFERENCES \`index_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_acceptances_id\`) REFERENCES \`policy_acceptances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_guides_id\`) REFERENCES \`role_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resumes_id\`) REFERENCES \`resumes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resume_downloads_id\`) REFERENCES \`resume_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mentorship_requests_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_messages_id\`) REFERENCES \`request_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conduct_reports_id\`) REFERENCES \`conduct_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emails_id\`) REFERENCES \`emails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`blocks_id\`) REFERENCES \`blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_changes_id\`) REFERENCES \`email_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentor_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`mentor_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_industries_id_idx\` ON \`payload_locked_documents_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_affiliations_id_idx\` ON \`payload_locked_documents_rels\` (\`affiliations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`index_assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_acceptances_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_acceptances_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_role_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`role_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opportunities_id_idx\` ON \`payload_locked_documents_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resumes_id_idx\` ON \`payload_locked_documents_rels\` (\`resumes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resume_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`resume_downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentorship_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`mentorship_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`request_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conduct_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`conduct_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_blocks_id_idx\` ON \`payload_locked_documents_rels\` (\`blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`email_changes_id\`);`)
  // The rebuild dropped the directory's full-text triggers and indexes again.
  await restoreDirectorySearch({ db, payload, req })
}
