import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`student_id\` integer NOT NULL,
  	\`mentor_id\` integer NOT NULL,
  	\`profile_id\` integer NOT NULL,
  	\`status\` text NOT NULL,
  	\`proposed_by\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`length_minutes\` numeric NOT NULL,
  	\`mentor_time_zone\` text NOT NULL,
  	\`student_time_zone\` text NOT NULL,
  	\`how\` text NOT NULL,
  	\`where_detail\` text,
  	\`note\` text,
  	\`slot_claim\` text NOT NULL,
  	\`sequence\` numeric DEFAULT 0 NOT NULL,
  	\`cancelled_at\` text,
  	\`cancelled_by\` text,
  	\`cancel_note\` text,
  	\`late_cancellation\` integer DEFAULT false,
  	\`student_mark\` text,
  	\`mentor_mark\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`student_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mentor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_request_idx\` ON \`meetings\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_student_idx\` ON \`meetings\` (\`student_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_mentor_idx\` ON \`meetings\` (\`mentor_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_profile_idx\` ON \`meetings\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_status_idx\` ON \`meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meetings_starts_at_idx\` ON \`meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_ends_at_idx\` ON \`meetings\` (\`ends_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_slot_claim_idx\` ON \`meetings\` (\`slot_claim\`);`)
  await db.run(sql`CREATE INDEX \`meetings_late_cancellation_idx\` ON \`meetings\` (\`late_cancellation\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`booking_locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`status\` text DEFAULT 'free' NOT NULL,
  	\`claimed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_locks_key_idx\` ON \`booking_locks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`booking_locks_updated_at_idx\` ON \`booking_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booking_locks_created_at_idx\` ON \`booking_locks\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`time_zone\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`calendar_feed_token\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_calendar_feed_token_idx\` ON \`users\` (\`calendar_feed_token\`);`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`schedule\` text;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` ADD \`meeting_place\` text;`)
  await db.run(sql`ALTER TABLE \`conduct_reports\` ADD \`meeting_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_meeting_idx\` ON \`conduct_reports\` (\`meeting_id\`);`)
  await db.run(sql`ALTER TABLE \`emails\` ADD \`calendar\` text;`)
  await db.run(sql`ALTER TABLE \`emails\` ADD \`calendar_method\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`booking_locks_id\` integer REFERENCES booking_locks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_locks_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`late_cancellation_hours\` numeric DEFAULT 12 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`booking_locks\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_conduct_reports\` (
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
  await db.run(sql`INSERT INTO \`__new_conduct_reports\`("id", "subject_kind", "subject", "category", "description", "request_id", "message_id", "reporter_id", "reporter_name", "reporter_email", "status", "assignee_id", "due_date", "notes", "updated_at", "created_at") SELECT "id", "subject_kind", "subject", "category", "description", "request_id", "message_id", "reporter_id", "reporter_name", "reporter_email", "status", "assignee_id", "due_date", "notes", "updated_at", "created_at" FROM \`conduct_reports\`;`)
  await db.run(sql`DROP TABLE \`conduct_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_conduct_reports\` RENAME TO \`conduct_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`conduct_reports_category_idx\` ON \`conduct_reports\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_request_idx\` ON \`conduct_reports\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_message_idx\` ON \`conduct_reports\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_reporter_idx\` ON \`conduct_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_status_idx\` ON \`conduct_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_assignee_idx\` ON \`conduct_reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_due_date_idx\` ON \`conduct_reports\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_updated_at_idx\` ON \`conduct_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conduct_reports_created_at_idx\` ON \`conduct_reports\` (\`created_at\`);`)
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
  	\`profile_photos_id\` integer,
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
  	\`programs_id\` integer,
  	\`program_agreements_id\` integer,
  	\`program_acceptances_id\` integer,
  	\`program_memberships_id\` integer,
  	\`program_invitations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mentor_profiles_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`affiliations_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_assessments_id\`) REFERENCES \`index_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profile_photos_id\`) REFERENCES \`profile_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`email_changes_id\`) REFERENCES \`email_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`program_agreements_id\`) REFERENCES \`program_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`program_acceptances_id\`) REFERENCES \`program_acceptances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`program_memberships_id\`) REFERENCES \`program_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`program_invitations_id\`) REFERENCES \`program_invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "profile_photos_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id", "programs_id", "program_agreements_id", "program_acceptances_id", "program_memberships_id", "program_invitations_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "profile_photos_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id", "programs_id", "program_agreements_id", "program_acceptances_id", "program_memberships_id", "program_invitations_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profile_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`profile_photos_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`program_agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_acceptances_id_idx\` ON \`payload_locked_documents_rels\` (\`program_acceptances_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`program_memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`program_invitations_id\`);`)
  await db.run(sql`DROP INDEX \`users_calendar_feed_token_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`time_zone\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`calendar_feed_token\`;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` DROP COLUMN \`schedule\`;`)
  await db.run(sql`ALTER TABLE \`mentor_profiles\` DROP COLUMN \`meeting_place\`;`)
  await db.run(sql`ALTER TABLE \`emails\` DROP COLUMN \`calendar\`;`)
  await db.run(sql`ALTER TABLE \`emails\` DROP COLUMN \`calendar_method\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`late_cancellation_hours\`;`)
}
