import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mentorship_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`student_id\` integer NOT NULL,
  	\`mentor_id\` integer NOT NULL,
  	\`profile_id\` integer,
  	\`help_with\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`preferred_times\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`status_note\` text,
  	\`responded_at\` text,
  	\`closed_at\` text,
  	\`closed_by\` text,
  	\`reminded_at\` text,
  	\`expires_at\` text,
  	\`last_message_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`student_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mentor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mentorship_requests_student_idx\` ON \`mentorship_requests\` (\`student_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_mentor_idx\` ON \`mentorship_requests\` (\`mentor_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_profile_idx\` ON \`mentorship_requests\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_status_idx\` ON \`mentorship_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_responded_at_idx\` ON \`mentorship_requests\` (\`responded_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_expires_at_idx\` ON \`mentorship_requests\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_last_message_at_idx\` ON \`mentorship_requests\` (\`last_message_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_updated_at_idx\` ON \`mentorship_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_created_at_idx\` ON \`mentorship_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`request_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`author_id\` integer NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`request_messages_request_idx\` ON \`request_messages\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`request_messages_author_idx\` ON \`request_messages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`request_messages_recipient_idx\` ON \`request_messages\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`request_messages_updated_at_idx\` ON \`request_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`request_messages_created_at_idx\` ON \`request_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conduct_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject_kind\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`request_id\` integer,
  	\`message_id\` integer,
  	\`reporter_id\` integer,
  	\`reporter_name\` text,
  	\`reporter_email\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`request_messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conduct_reports_category_idx\` ON \`conduct_reports\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_request_idx\` ON \`conduct_reports\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_message_idx\` ON \`conduct_reports\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_reporter_idx\` ON \`conduct_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_status_idx\` ON \`conduct_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_assignee_idx\` ON \`conduct_reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_due_date_idx\` ON \`conduct_reports\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_updated_at_idx\` ON \`conduct_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_created_at_idx\` ON \`conduct_reports\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mentorship_requests_id\` integer REFERENCES mentorship_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`request_messages_id\` integer REFERENCES request_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conduct_reports_id\` integer REFERENCES conduct_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentorship_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`mentorship_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`request_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conduct_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`conduct_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`mentorship_requests\`;`)
  await db.run(sql`DROP TABLE \`request_messages\`;`)
  await db.run(sql`DROP TABLE \`conduct_reports\`;`)
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
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emails_id\`) REFERENCES \`emails\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id", "contact_messages_id", "emails_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "policies_id", "policy_acceptances_id", "role_guides_id", "contact_messages_id", "emails_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`emails_id\`);`)
}
