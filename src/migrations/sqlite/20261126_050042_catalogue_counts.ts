import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`catalogue_counts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`unit\` text,
  	\`kind\` text,
  	\`year\` numeric,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`catalogue_counts_key_idx\` ON \`catalogue_counts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_counts_updated_at_idx\` ON \`catalogue_counts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_counts_created_at_idx\` ON \`catalogue_counts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_year_idx\` ON \`catalogue_counts\` (\`unit\`,\`year\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`catalogue_counts_id\` integer REFERENCES catalogue_counts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalogue_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`catalogue_counts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`catalogue_counts\`;`)
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
  	\`monitoring_snapshots_id\` integer,
  	\`annual_reports_id\` integer,
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
  	FOREIGN KEY (\`mourning_periods_id\`) REFERENCES \`mourning_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monitoring_snapshots_id\`) REFERENCES \`monitoring_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_reports_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id", "letters_id", "letter_attachments_id", "requests_id", "request_documents_id", "search_entries_id", "mourning_periods_id", "monitoring_snapshots_id", "annual_reports_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id", "letters_id", "letter_attachments_id", "requests_id", "request_documents_id", "search_entries_id", "mourning_periods_id", "monitoring_snapshots_id", "annual_reports_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
}
