import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`match_preferences_help_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`match_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`match_preferences_help_topics_order_idx\` ON \`match_preferences_help_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_help_topics_parent_idx\` ON \`match_preferences_help_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`match_preferences_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`match_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`match_preferences_languages_order_idx\` ON \`match_preferences_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_languages_parent_idx\` ON \`match_preferences_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`match_preferences_shared_experience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`match_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`match_preferences_shared_experience_order_idx\` ON \`match_preferences_shared_experience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_shared_experience_parent_idx\` ON \`match_preferences_shared_experience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`match_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`time_zone\` text,
  	\`region\` text,
  	\`meeting_frequency\` text,
  	\`match_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`match_preferences_user_idx\` ON \`match_preferences\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_updated_at_idx\` ON \`match_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_created_at_idx\` ON \`match_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`match_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`match_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`match_preferences_rels_order_idx\` ON \`match_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_rels_parent_idx\` ON \`match_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_rels_path_idx\` ON \`match_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`match_preferences_rels_industries_id_idx\` ON \`match_preferences_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE TABLE \`mentorship_agreements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`student_id\` integer NOT NULL,
  	\`mentor_id\` integer NOT NULL,
  	\`program_id\` integer,
  	\`goals\` text,
  	\`meeting_frequency\` text,
  	\`how\` text,
  	\`ends_on\` text,
  	\`terms\` text,
  	\`check_in_every_weeks\` numeric,
  	\`student_confirmed_at\` text,
  	\`mentor_confirmed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`student_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mentor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mentorship_agreements_request_idx\` ON \`mentorship_agreements\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_agreements_student_idx\` ON \`mentorship_agreements\` (\`student_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_agreements_mentor_idx\` ON \`mentorship_agreements\` (\`mentor_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_agreements_program_idx\` ON \`mentorship_agreements\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_agreements_ends_on_idx\` ON \`mentorship_agreements\` (\`ends_on\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_agreements_updated_at_idx\` ON \`mentorship_agreements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_agreements_created_at_idx\` ON \`mentorship_agreements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mentorship_feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`program_id\` integer,
  	\`author_id\` integer NOT NULL,
  	\`side\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`round\` numeric,
  	\`mood\` text,
  	\`rating\` numeric,
  	\`comment\` text,
  	\`handled_at\` text,
  	\`handled_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_request_idx\` ON \`mentorship_feedback\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_program_idx\` ON \`mentorship_feedback\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_author_idx\` ON \`mentorship_feedback\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_kind_idx\` ON \`mentorship_feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_handled_by_idx\` ON \`mentorship_feedback\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_updated_at_idx\` ON \`mentorship_feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_feedback_created_at_idx\` ON \`mentorship_feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`match_rounds_pairs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`mentee_id\` integer NOT NULL,
  	\`mentee_name\` text,
  	\`profile_id\` integer,
  	\`score\` numeric,
  	\`reasons\` text,
  	\`adjusted\` integer DEFAULT false,
  	\`request_id\` integer,
  	FOREIGN KEY (\`mentee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`mentor_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`mentorship_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`match_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`match_rounds_pairs_order_idx\` ON \`match_rounds_pairs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_pairs_parent_id_idx\` ON \`match_rounds_pairs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_pairs_mentee_idx\` ON \`match_rounds_pairs\` (\`mentee_id\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_pairs_profile_idx\` ON \`match_rounds_pairs\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_pairs_request_idx\` ON \`match_rounds_pairs\` (\`request_id\`);`)
  await db.run(sql`CREATE TABLE \`match_rounds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`program_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`created_by_id\` integer,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`match_rounds_program_idx\` ON \`match_rounds\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_status_idx\` ON \`match_rounds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_created_by_idx\` ON \`match_rounds\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_updated_at_idx\` ON \`match_rounds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`match_rounds_created_at_idx\` ON \`match_rounds\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`agreement_template_goals_prompt\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`agreement_template_length_weeks\` numeric;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`agreement_template_terms\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`agreement_template_check_in_every_weeks\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`match_preferences_id\` integer REFERENCES match_preferences(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mentorship_agreements_id\` integer REFERENCES mentorship_agreements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mentorship_feedback_id\` integer REFERENCES mentorship_feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`match_rounds_id\` integer REFERENCES match_rounds(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_match_preferences_id_idx\` ON \`payload_locked_documents_rels\` (\`match_preferences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentorship_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`mentorship_agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentorship_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`mentorship_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_match_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`match_rounds_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`match_preferences_help_topics\`;`)
  await db.run(sql`DROP TABLE \`match_preferences_languages\`;`)
  await db.run(sql`DROP TABLE \`match_preferences_shared_experience\`;`)
  await db.run(sql`DROP TABLE \`match_preferences\`;`)
  await db.run(sql`DROP TABLE \`match_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`mentorship_agreements\`;`)
  await db.run(sql`DROP TABLE \`mentorship_feedback\`;`)
  await db.run(sql`DROP TABLE \`match_rounds_pairs\`;`)
  await db.run(sql`DROP TABLE \`match_rounds\`;`)
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
  	\`meetings_id\` integer,
  	\`booking_locks_id\` integer,
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
  	FOREIGN KEY (\`program_invitations_id\`) REFERENCES \`program_invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`booking_locks_id\`) REFERENCES \`booking_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "profile_photos_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id", "programs_id", "program_agreements_id", "program_acceptances_id", "program_memberships_id", "program_invitations_id", "meetings_id", "booking_locks_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "profile_photos_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id", "programs_id", "program_agreements_id", "program_acceptances_id", "program_memberships_id", "program_invitations_id", "meetings_id", "booking_locks_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_locks_id\`);`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`agreement_template_goals_prompt\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`agreement_template_length_weeks\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`agreement_template_terms\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`agreement_template_check_in_every_weeks\`;`)
}
