import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`monitoring_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`tenant_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`checked_at\` text NOT NULL,
  	\`score\` numeric NOT NULL,
  	\`vetoed\` integer DEFAULT false,
  	\`rank\` numeric,
  	\`finding_count\` numeric,
  	\`findings\` text,
  	\`mailed_keys\` text,
  	\`daily_day\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`monitoring_snapshots_tenant_idx\` ON \`monitoring_snapshots\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_snapshots_month_idx\` ON \`monitoring_snapshots\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_snapshots_daily_day_idx\` ON \`monitoring_snapshots\` (\`daily_day\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_snapshots_updated_at_idx\` ON \`monitoring_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_snapshots_created_at_idx\` ON \`monitoring_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`unit_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`scope\` text DEFAULT 'unit' NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`submitted_at\` text,
  	\`disclosure_id\` integer,
  	\`published_day\` text,
  	\`index_number\` text,
  	\`table2_rules_issued\` numeric,
  	\`table2_rules_repealed\` numeric,
  	\`table2_rules_valid\` numeric,
  	\`table2_normative_issued\` numeric,
  	\`table2_normative_repealed\` numeric,
  	\`table2_normative_valid\` numeric,
  	\`table2_licensing\` numeric,
  	\`table2_penalties\` numeric,
  	\`table2_coercion\` numeric,
  	\`table2_fees\` numeric,
  	\`table4_review_upheld\` numeric,
  	\`table4_review_corrected\` numeric,
  	\`table4_review_other_result\` numeric,
  	\`table4_review_pending\` numeric,
  	\`table4_review_total\` numeric,
  	\`table4_direct_upheld\` numeric,
  	\`table4_direct_corrected\` numeric,
  	\`table4_direct_other_result\` numeric,
  	\`table4_direct_pending\` numeric,
  	\`table4_direct_total\` numeric,
  	\`table4_after_review_upheld\` numeric,
  	\`table4_after_review_corrected\` numeric,
  	\`table4_after_review_other_result\` numeric,
  	\`table4_after_review_pending\` numeric,
  	\`table4_after_review_total\` numeric,
  	\`sections_overview\` text,
  	\`sections_proactive\` text,
  	\`sections_applications\` text,
  	\`sections_appeals\` text,
  	\`sections_problems\` text,
  	\`sections_other\` text,
  	\`figures\` text,
  	\`traces\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclosure_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_unit_idx\` ON \`annual_reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_year_idx\` ON \`annual_reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_status_idx\` ON \`annual_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_disclosure_idx\` ON \`annual_reports\` (\`disclosure_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_published_day_idx\` ON \`annual_reports\` (\`published_day\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_updated_at_idx\` ON \`annual_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_created_at_idx\` ON \`annual_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_settings_required_metadata\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`monitoring_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`monitoring_settings_required_metadata_order_idx\` ON \`monitoring_settings_required_metadata\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_settings_required_metadata_parent_idx\` ON \`monitoring_settings_required_metadata\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_settings_deductions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`rule\` text NOT NULL,
  	\`each\` numeric NOT NULL,
  	\`max\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`monitoring_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`monitoring_settings_deductions_order_idx\` ON \`monitoring_settings_deductions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_settings_deductions_parent_id_idx\` ON \`monitoring_settings_deductions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`home_stale_days\` numeric DEFAULT 14 NOT NULL,
  	\`news_stale_days\` numeric DEFAULT 14 NOT NULL,
  	\`notice_stale_days\` numeric DEFAULT 180 NOT NULL,
  	\`stale_columns_veto\` numeric DEFAULT 5 NOT NULL,
  	\`overdue_columns_veto\` numeric DEFAULT 10 NOT NULL,
  	\`empty_columns_veto\` numeric DEFAULT 5 NOT NULL,
  	\`letter_unanswered_days\` numeric DEFAULT 90 NOT NULL,
  	\`letter_lookback_days\` numeric DEFAULT 365 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`monitoring_snapshots_id\` integer REFERENCES monitoring_snapshots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`annual_reports_id\` integer REFERENCES annual_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`monitoring_snapshots\`;`)
  await db.run(sql`DROP TABLE \`annual_reports\`;`)
  await db.run(sql`DROP TABLE \`monitoring_settings_required_metadata\`;`)
  await db.run(sql`DROP TABLE \`monitoring_settings_deductions\`;`)
  await db.run(sql`DROP TABLE \`monitoring_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`letters_id\` integer,
  	\`letter_attachments_id\` integer,
  	\`requests_id\` integer,
  	\`request_documents_id\` integer,
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
  	FOREIGN KEY (\`letters_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_attachments_id\`) REFERENCES \`letter_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requests_id\`) REFERENCES \`requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_documents_id\`) REFERENCES \`request_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mourning_periods_id\`) REFERENCES \`mourning_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id", "letters_id", "letter_attachments_id", "requests_id", "request_documents_id", "search_entries_id", "mourning_periods_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id", "letters_id", "letter_attachments_id", "requests_id", "request_documents_id", "search_entries_id", "mourning_periods_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`index_sequences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wording_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`wording_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hub_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`hub_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_overrides_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_overrides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`request_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mourning_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`mourning_periods_id\`);`)
}
