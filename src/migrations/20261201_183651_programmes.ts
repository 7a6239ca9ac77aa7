import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programs_mentor_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_mentor_roles_order_idx\` ON \`programs_mentor_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programs_mentor_roles_parent_idx\` ON \`programs_mentor_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`help\` text,
  	\`kind\` text DEFAULT 'short-text' NOT NULL,
  	\`ask_of\` text DEFAULT 'mentee' NOT NULL,
  	\`required\` integer DEFAULT false,
  	\`share_with_mentor\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_questions_order_idx\` ON \`programs_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_questions_parent_id_idx\` ON \`programs_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`organization_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`summary\` text NOT NULL,
  	\`description\` text,
  	\`image_id\` integer,
  	\`contact_email\` text,
  	\`period_join_opens_at\` text,
  	\`period_join_closes_at\` text,
  	\`period_mentoring_starts_at\` text,
  	\`period_mentoring_ends_at\` text,
  	\`mentees_join\` integer DEFAULT true,
  	\`eligibility\` text,
  	\`mentor_rules_require_approval\` integer DEFAULT false,
  	\`mentor_rules_invitation_only\` integer DEFAULT false,
  	\`mentee_rules_require_approval\` integer DEFAULT false,
  	\`mentee_rules_invitation_only\` integer DEFAULT false,
  	\`capacity_per_mentor\` numeric,
  	\`reply_within_days\` numeric,
  	\`matching\` text DEFAULT 'self' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_slug_idx\` ON \`programs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programs_organization_idx\` ON \`programs\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_status_idx\` ON \`programs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`programs_image_idx\` ON \`programs\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`programs_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_texts_order_parent\` ON \`programs_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`program_agreements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`program_id\` integer,
  	\`title\` text,
  	\`slug\` text,
  	\`applies_to\` text DEFAULT 'everyone',
  	\`summary\` text,
  	\`body\` text,
  	\`change_summary\` text,
  	\`version_number\` numeric,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`program_agreements_program_idx\` ON \`program_agreements\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`program_agreements_slug_idx\` ON \`program_agreements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`program_agreements_version_number_idx\` ON \`program_agreements\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`program_agreements_updated_at_idx\` ON \`program_agreements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`program_agreements_created_at_idx\` ON \`program_agreements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`program_agreements__status_idx\` ON \`program_agreements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_program_agreements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_program_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_applies_to\` text DEFAULT 'everyone',
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_change_summary\` text,
  	\`version_version_number\` numeric,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`program_agreements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_parent_idx\` ON \`_program_agreements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_version_version_program_idx\` ON \`_program_agreements_v\` (\`version_program_id\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_version_version_slug_idx\` ON \`_program_agreements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_version_version_version_number_idx\` ON \`_program_agreements_v\` (\`version_version_number\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_version_version_updated_at_idx\` ON \`_program_agreements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_version_version_created_at_idx\` ON \`_program_agreements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_version_version__status_idx\` ON \`_program_agreements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_created_at_idx\` ON \`_program_agreements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_updated_at_idx\` ON \`_program_agreements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_program_agreements_v_latest_idx\` ON \`_program_agreements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`program_acceptances\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`program_id\` integer NOT NULL,
  	\`agreement_id\` integer NOT NULL,
  	\`version_number\` numeric NOT NULL,
  	\`accepted_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agreement_id\`) REFERENCES \`program_agreements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`program_acceptances_user_idx\` ON \`program_acceptances\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`program_acceptances_program_idx\` ON \`program_acceptances\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`program_acceptances_agreement_idx\` ON \`program_acceptances\` (\`agreement_id\`);`)
  await db.run(sql`CREATE INDEX \`program_acceptances_updated_at_idx\` ON \`program_acceptances\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`program_acceptances_created_at_idx\` ON \`program_acceptances\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`program_memberships_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question_id\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text,
  	\`share_with_mentor\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`program_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`program_memberships_answers_order_idx\` ON \`program_memberships_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_answers_parent_id_idx\` ON \`program_memberships_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`program_memberships\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`program_id\` integer NOT NULL,
  	\`user_id\` integer,
  	\`member_name\` text,
  	\`side\` text NOT NULL,
  	\`status\` text DEFAULT 'awaiting-approval' NOT NULL,
  	\`status_reason\` text,
  	\`institution_email\` text,
  	\`verified_domain\` text,
  	\`email_confirmed_at\` text,
  	\`email_token\` text,
  	\`email_token_expires_at\` text,
  	\`invitation_id\` integer,
  	\`hidden_from_listings\` integer DEFAULT false,
  	\`joined_at\` text,
  	\`decided_at\` text,
  	\`decided_by_id\` integer,
  	\`left_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invitation_id\`) REFERENCES \`program_invitations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`program_memberships_program_idx\` ON \`program_memberships\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_user_idx\` ON \`program_memberships\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_status_idx\` ON \`program_memberships\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_email_token_idx\` ON \`program_memberships\` (\`email_token\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_invitation_idx\` ON \`program_memberships\` (\`invitation_id\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_decided_by_idx\` ON \`program_memberships\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_left_at_idx\` ON \`program_memberships\` (\`left_at\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_updated_at_idx\` ON \`program_memberships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`program_memberships_created_at_idx\` ON \`program_memberships\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`program_user_side_idx\` ON \`program_memberships\` (\`program_id\`,\`user_id\`,\`side\`);`)
  await db.run(sql`CREATE TABLE \`program_invitations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`program_id\` integer NOT NULL,
  	\`label\` text NOT NULL,
  	\`side\` text DEFAULT 'mentee' NOT NULL,
  	\`expires_at\` text,
  	\`max_uses\` numeric,
  	\`uses\` numeric DEFAULT 0,
  	\`token\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`program_invitations_program_idx\` ON \`program_invitations\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`program_invitations_token_idx\` ON \`program_invitations\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`program_invitations_created_by_idx\` ON \`program_invitations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`program_invitations_updated_at_idx\` ON \`program_invitations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`program_invitations_created_at_idx\` ON \`program_invitations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`mentorship_requests\` ADD \`program_id\` integer REFERENCES programs(id);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_program_idx\` ON \`mentorship_requests\` (\`program_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programs_id\` integer REFERENCES programs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`program_agreements_id\` integer REFERENCES program_agreements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`program_acceptances_id\` integer REFERENCES program_acceptances(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`program_memberships_id\` integer REFERENCES program_memberships(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`program_invitations_id\` integer REFERENCES program_invitations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`program_agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_acceptances_id_idx\` ON \`payload_locked_documents_rels\` (\`program_acceptances_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`program_memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_program_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`program_invitations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programs_mentor_roles\`;`)
  await db.run(sql`DROP TABLE \`programs_questions\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs_texts\`;`)
  await db.run(sql`DROP TABLE \`program_agreements\`;`)
  await db.run(sql`DROP TABLE \`_program_agreements_v\`;`)
  await db.run(sql`DROP TABLE \`program_acceptances\`;`)
  await db.run(sql`DROP TABLE \`program_memberships_answers\`;`)
  await db.run(sql`DROP TABLE \`program_memberships\`;`)
  await db.run(sql`DROP TABLE \`program_invitations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mentorship_requests\` (
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
  await db.run(sql`INSERT INTO \`__new_mentorship_requests\`("id", "student_id", "mentor_id", "profile_id", "help_with", "message", "preferred_times", "status", "status_note", "responded_at", "closed_at", "closed_by", "reminded_at", "expires_at", "last_message_at", "updated_at", "created_at") SELECT "id", "student_id", "mentor_id", "profile_id", "help_with", "message", "preferred_times", "status", "status_note", "responded_at", "closed_at", "closed_by", "reminded_at", "expires_at", "last_message_at", "updated_at", "created_at" FROM \`mentorship_requests\`;`)
  await db.run(sql`DROP TABLE \`mentorship_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_mentorship_requests\` RENAME TO \`mentorship_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_student_idx\` ON \`mentorship_requests\` (\`student_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_mentor_idx\` ON \`mentorship_requests\` (\`mentor_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_profile_idx\` ON \`mentorship_requests\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_status_idx\` ON \`mentorship_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_responded_at_idx\` ON \`mentorship_requests\` (\`responded_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_expires_at_idx\` ON \`mentorship_requests\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_last_message_at_idx\` ON \`mentorship_requests\` (\`last_message_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_updated_at_idx\` ON \`mentorship_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentorship_requests_created_at_idx\` ON \`mentorship_requests\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`email_changes_id\`) REFERENCES \`email_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "profile_photos_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id") SELECT "id", "order", "parent_id", "path", "users_id", "mentor_profiles_id", "industries_id", "skills_id", "organizations_id", "affiliations_id", "index_assessments_id", "media_id", "profile_photos_id", "policies_id", "policy_acceptances_id", "role_guides_id", "events_id", "opportunities_id", "resources_id", "resumes_id", "resume_downloads_id", "mentorship_requests_id", "request_messages_id", "conduct_reports_id", "contact_messages_id", "emails_id", "blocks_id", "email_changes_id" FROM \`payload_locked_documents_rels\`;`)
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
}
