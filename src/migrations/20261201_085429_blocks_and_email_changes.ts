import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`blocks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`blocker_id\` integer NOT NULL,
  	\`blocked_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`blocker_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`blocked_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`blocks_blocker_idx\` ON \`blocks\` (\`blocker_id\`);`)
  await db.run(sql`CREATE INDEX \`blocks_blocked_idx\` ON \`blocks\` (\`blocked_id\`);`)
  await db.run(sql`CREATE INDEX \`blocks_updated_at_idx\` ON \`blocks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`blocks_created_at_idx\` ON \`blocks\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`blocker_blocked_idx\` ON \`blocks\` (\`blocker_id\`,\`blocked_id\`);`)
  await db.run(sql`CREATE TABLE \`email_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`previous_email\` text NOT NULL,
  	\`new_email\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`confirm_token_hash\` text,
  	\`undo_token_hash\` text,
  	\`expires_at\` text NOT NULL,
  	\`undo_until\` text NOT NULL,
  	\`closed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`email_changes_user_idx\` ON \`email_changes\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`email_changes_status_idx\` ON \`email_changes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`email_changes_confirm_token_hash_idx\` ON \`email_changes\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`email_changes_undo_token_hash_idx\` ON \`email_changes\` (\`undo_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`email_changes_updated_at_idx\` ON \`email_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`email_changes_created_at_idx\` ON \`email_changes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`blocks_id\` integer REFERENCES blocks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`email_changes_id\` integer REFERENCES email_changes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_blocks_id_idx\` ON \`payload_locked_documents_rels\` (\`blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`email_changes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`blocks\`;`)
  await db.run(sql`DROP TABLE \`email_changes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`emails_id\`) REFERENCES \`emails\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
