import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mentor_profiles\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_user_idx\` ON \`mentor_profiles\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_kind_idx\` ON \`mentor_profiles\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentor_profiles_slug_idx\` ON \`mentor_profiles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_organization_idx\` ON \`mentor_profiles\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_updated_at_idx\` ON \`mentor_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentor_profiles_created_at_idx\` ON \`mentor_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations_ergs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_ergs_order_idx\` ON \`organizations_ergs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_ergs_parent_id_idx\` ON \`organizations_ergs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`logo_id\` integer,
  	\`summary\` text,
  	\`description\` text,
  	\`website\` text,
  	\`location\` text,
  	\`inclusion_non_discrimination_policy_url\` text,
  	\`inclusion_benefits_notes\` text,
  	\`institution\` text,
  	\`campus\` text,
  	\`show_index_badge\` integer DEFAULT false,
  	\`index_badge_year\` numeric,
  	\`index_badge_rating\` numeric,
  	\`plan_tier\` text,
  	\`plan_status\` text DEFAULT 'none',
  	\`plan_start_date\` text,
  	\`plan_renewal_date\` text,
  	\`plan_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`organizations_kind_idx\` ON \`organizations\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`affiliations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`origin\` text DEFAULT 'invite' NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	\`email\` text,
  	\`kind\` text DEFAULT 'mentor' NOT NULL,
  	\`message\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`member_id\` integer,
  	\`member_name\` text,
  	\`token\` text,
  	\`invited_by_id\` integer,
  	\`expires_at\` text,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`affiliations_organization_idx\` ON \`affiliations\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_email_idx\` ON \`affiliations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_status_idx\` ON \`affiliations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_member_idx\` ON \`affiliations\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_token_idx\` ON \`affiliations\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_invited_by_idx\` ON \`affiliations\` (\`invited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_updated_at_idx\` ON \`affiliations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_created_at_idx\` ON \`affiliations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`index_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	\`year\` numeric,
  	\`status\` text DEFAULT 'draft',
  	\`overall\` numeric,
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`answers\` text,
  	\`factor_scores\` text,
  	\`recommendations\` text,
  	\`questionnaire\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`index_assessments_organization_idx\` ON \`index_assessments\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`index_assessments_year_idx\` ON \`index_assessments\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`index_assessments_status_idx\` ON \`index_assessments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`index_assessments_submitted_by_idx\` ON \`index_assessments\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`index_assessments_updated_at_idx\` ON \`index_assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_assessments_created_at_idx\` ON \`index_assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`organization_id\` integer,
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_organization_idx\` ON \`media\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`index_questionnaire_factors_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`weight\` numeric DEFAULT 1 NOT NULL,
  	\`recommendation\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`index_questionnaire_factors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`index_questionnaire_factors_questions_order_idx\` ON \`index_questionnaire_factors_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`index_questionnaire_factors_questions_parent_id_idx\` ON \`index_questionnaire_factors_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`index_questionnaire_factors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`weight\` numeric DEFAULT 1 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`index_questionnaire\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`index_questionnaire_factors_order_idx\` ON \`index_questionnaire_factors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`index_questionnaire_factors_parent_id_idx\` ON \`index_questionnaire_factors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`index_questionnaire\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organization_role\` text DEFAULT 'staff';`)
  await db.run(sql`CREATE INDEX \`users_organization_idx\` ON \`users\` (\`organization_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mentor_profiles_id\` integer REFERENCES mentor_profiles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`affiliations_id\` integer REFERENCES affiliations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`index_assessments_id\` integer REFERENCES index_assessments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mentor_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`mentor_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_affiliations_id_idx\` ON \`payload_locked_documents_rels\` (\`affiliations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`index_assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`mentor_profiles\`;`)
  await db.run(sql`DROP TABLE \`organizations_ergs\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`affiliations\`;`)
  await db.run(sql`DROP TABLE \`index_assessments\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`index_questionnaire_factors_questions\`;`)
  await db.run(sql`DROP TABLE \`index_questionnaire_factors\`;`)
  await db.run(sql`DROP TABLE \`index_questionnaire\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`chosen_name\` text NOT NULL,
  	\`pronouns\` text,
  	\`involvement_paused\` integer DEFAULT false,
  	\`paused_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "chosen_name", "pronouns", "involvement_paused", "paused_until", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken", "login_attempts", "lock_until") SELECT "id", "chosen_name", "pronouns", "involvement_paused", "paused_until", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`policies_id\` integer,
  	\`policy_acceptances_id\` integer,
  	\`role_guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_acceptances_id\`) REFERENCES \`policy_acceptances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`role_guides_id\`) REFERENCES \`role_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "policies_id", "policy_acceptances_id", "role_guides_id") SELECT "id", "order", "parent_id", "path", "users_id", "policies_id", "policy_acceptances_id", "role_guides_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_acceptances_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_acceptances_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_role_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`role_guides_id\`);`)
}
