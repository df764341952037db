import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`letters_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`letters_history_order_idx\` ON \`letters_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`letters_history_parent_id_idx\` ON \`letters_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`letters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`allow_publish\` integer DEFAULT false,
  	\`writer_name\` text,
  	\`writer_phone\` text,
  	\`writer_email\` text,
  	\`site_id\` integer NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`due\` text,
  	\`accept_due\` text,
  	\`reply_due\` text,
  	\`due_estimated\` integer,
  	\`accepted_at\` text,
  	\`reject_reason\` text,
  	\`duplicate_of_id\` integer,
  	\`reply_draft\` text,
  	\`reply\` text,
  	\`reply_submitted_by\` text,
  	\`replied_at\` text,
  	\`reply_days\` numeric,
  	\`on_time\` integer,
  	\`rating\` text,
  	\`verification\` text,
  	\`password_hash\` text,
  	\`replay_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`letters_tracking_code_idx\` ON \`letters\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`letters_site_idx\` ON \`letters\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_unit_idx\` ON \`letters\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_status_idx\` ON \`letters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`letters_received_at_idx\` ON \`letters\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`letters_due_idx\` ON \`letters\` (\`due\`);`)
  await db.run(sql`CREATE INDEX \`letters_duplicate_of_idx\` ON \`letters\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_replied_at_idx\` ON \`letters\` (\`replied_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`letters_replay_key_idx\` ON \`letters\` (\`replay_key\`);`)
  await db.run(sql`CREATE INDEX \`letters_updated_at_idx\` ON \`letters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`letters_created_at_idx\` ON \`letters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`letter_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`letter_id\` integer,
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
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`letter_attachments_letter_idx\` ON \`letter_attachments\` (\`letter_id\`);`)
  await db.run(sql`CREATE INDEX \`letter_attachments_updated_at_idx\` ON \`letter_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`letter_attachments_created_at_idx\` ON \`letter_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`letter_attachments_filename_idx\` ON \`letter_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`requests_pauses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`party\` text,
  	\`from\` text,
  	\`to\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`requests_pauses_order_idx\` ON \`requests_pauses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`requests_pauses_parent_id_idx\` ON \`requests_pauses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`requests_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`requests_history_order_idx\` ON \`requests_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`requests_history_parent_id_idx\` ON \`requests_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`applicant_kind\` text NOT NULL,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_id_number\` text,
  	\`applicant_contact_person\` text,
  	\`applicant_phone\` text,
  	\`applicant_email\` text,
  	\`applicant_address\` text,
  	\`description\` text NOT NULL,
  	\`document_number\` text,
  	\`purpose\` text,
  	\`form\` text,
  	\`delivery\` text,
  	\`channel\` text NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'registered' NOT NULL,
  	\`received_day\` text NOT NULL,
  	\`due\` text,
  	\`due_estimated\` integer,
  	\`regime\` text,
  	\`paused_days\` numeric,
  	\`clarification_asked\` text,
  	\`clarification_asked_day\` text,
  	\`clarification_by_day\` text,
  	\`clarification_clarified_day\` text,
  	\`extension_extended\` integer,
  	\`extension_reason\` text,
  	\`extension_approver\` text,
  	\`fee_amount\` numeric,
  	\`fee_method\` text,
  	\`fee_by_day\` text,
  	\`fee_paid_day\` text,
  	\`outcome\` text,
  	\`answer\` text,
  	\`ended_day\` text,
  	\`verification\` text,
  	\`password_hash\` text,
  	\`replay_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`requests_tracking_code_idx\` ON \`requests\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`requests_site_idx\` ON \`requests\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`requests_unit_idx\` ON \`requests\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`requests_status_idx\` ON \`requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`requests_received_day_idx\` ON \`requests\` (\`received_day\`);`)
  await db.run(sql`CREATE INDEX \`requests_due_idx\` ON \`requests\` (\`due\`);`)
  await db.run(sql`CREATE INDEX \`requests_outcome_idx\` ON \`requests\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`requests_ended_day_idx\` ON \`requests\` (\`ended_day\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`requests_replay_key_idx\` ON \`requests\` (\`replay_key\`);`)
  await db.run(sql`CREATE INDEX \`requests_updated_at_idx\` ON \`requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`requests_created_at_idx\` ON \`requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mailbox_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`accept_days\` numeric DEFAULT 3 NOT NULL,
  	\`reply_days\` numeric DEFAULT 15 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`mailbox\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`letters_id\` integer REFERENCES letters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`letter_attachments_id\` integer REFERENCES letter_attachments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`requests_id\` integer REFERENCES requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`letters_history\`;`)
  await db.run(sql`DROP TABLE \`letters\`;`)
  await db.run(sql`DROP TABLE \`letter_attachments\`;`)
  await db.run(sql`DROP TABLE \`requests_pauses\`;`)
  await db.run(sql`DROP TABLE \`requests_history\`;`)
  await db.run(sql`DROP TABLE \`requests\`;`)
  await db.run(sql`DROP TABLE \`mailbox_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	\`columns_id\` integer,
  	\`disclosures_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`index_sequences_id\` integer,
  	\`wording_entries_id\` integer,
  	\`audit_log_id\` integer,
  	\`hub_submissions_id\` integer,
  	\`calendar_overrides_id\` integer,
  	\`mail_outbox_id\` integer,
  	\`search_entries_id\` integer,
  	\`mourning_periods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_sequences_id\`) REFERENCES \`index_sequences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wording_entries_id\`) REFERENCES \`wording_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hub_submissions_id\`) REFERENCES \`hub_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_overrides_id\`) REFERENCES \`calendar_overrides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_outbox_id\`) REFERENCES \`mail_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mourning_periods_id\`) REFERENCES \`mourning_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id", "search_entries_id", "mourning_periods_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id", "search_entries_id", "mourning_periods_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mourning_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`mourning_periods_id\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`mailbox\`;`)
}
