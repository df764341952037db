import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tenants_review_policy_disclosures_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_review_policy_disclosures_levels_order_idx\` ON \`tenants_review_policy_disclosures_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_review_policy_disclosures_levels_parent_id_idx\` ON \`tenants_review_policy_disclosures_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenants_review_policy_articles_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_review_policy_articles_levels_order_idx\` ON \`tenants_review_policy_articles_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_review_policy_articles_levels_parent_id_idx\` ON \`tenants_review_policy_articles_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_tenants_review_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_tenants_review_levels_order_idx\` ON \`users_tenants_review_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_review_levels_parent_idx\` ON \`users_tenants_review_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_review_intended_data\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text,
  	\`masked\` text,
  	\`by_id\` text,
  	\`by_name\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_review_intended_data_order_idx\` ON \`disclosures_review_intended_data\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_review_intended_data_parent_id_idx\` ON \`disclosures_review_intended_data\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_version_review_intended_data\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text,
  	\`masked\` text,
  	\`by_id\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_review_intended_data_order_idx\` ON \`_disclosures_v_version_review_intended_data\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_review_intended_data_parent_id_idx\` ON \`_disclosures_v_version_review_intended_data\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_review_intended_data\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text,
  	\`masked\` text,
  	\`by_id\` text,
  	\`by_name\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_review_intended_data_order_idx\` ON \`articles_review_intended_data\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_intended_data_parent_id_idx\` ON \`articles_review_intended_data\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_review_intended_data\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text,
  	\`masked\` text,
  	\`by_id\` text,
  	\`by_name\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_intended_data_order_idx\` ON \`_articles_v_version_review_intended_data\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_intended_data_parent_id_idx\` ON \`_articles_v_version_review_intended_data\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mourning_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`scope\` text DEFAULT 'group' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`mourning_periods_starts_at_idx\` ON \`mourning_periods\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`mourning_periods_ends_at_idx\` ON \`mourning_periods\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`mourning_periods_updated_at_idx\` ON \`mourning_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mourning_periods_created_at_idx\` ON \`mourning_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mourning_periods_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mourning_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mourning_periods_rels_order_idx\` ON \`mourning_periods_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mourning_periods_rels_parent_idx\` ON \`mourning_periods_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mourning_periods_rels_path_idx\` ON \`mourning_periods_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mourning_periods_rels_tenants_id_idx\` ON \`mourning_periods_rels\` (\`tenants_id\`);`)
  await db.run(sql`ALTER TABLE \`disclosures_review_history\` ADD \`level\` numeric;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`review_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`review_levels\` numeric;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`review_level_name\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v_version_review_history\` ADD \`level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_review_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_review_levels\` numeric;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_review_level_name\` text;`)
  await db.run(sql`ALTER TABLE \`articles_review_history\` ADD \`level\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_levels\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_level_name\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_review_history\` ADD \`level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_levels\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_level_name\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mourning_periods_id\` integer REFERENCES mourning_periods(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mourning_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`mourning_periods_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tenants_review_policy_disclosures_levels\`;`)
  await db.run(sql`DROP TABLE \`tenants_review_policy_articles_levels\`;`)
  await db.run(sql`DROP TABLE \`users_tenants_review_levels\`;`)
  await db.run(sql`DROP TABLE \`disclosures_review_intended_data\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_version_review_intended_data\`;`)
  await db.run(sql`DROP TABLE \`articles_review_intended_data\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_review_intended_data\`;`)
  await db.run(sql`DROP TABLE \`mourning_periods\`;`)
  await db.run(sql`DROP TABLE \`mourning_periods_rels\`;`)
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
  	FOREIGN KEY (\`mail_outbox_id\`) REFERENCES \`mail_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "columns_id", "disclosures_id", "articles_id", "media_id", "index_sequences_id", "wording_entries_id", "audit_log_id", "hub_submissions_id", "calendar_overrides_id", "mail_outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`disclosures_review_history\` DROP COLUMN \`level\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`review_level\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`review_levels\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`review_level_name\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v_version_review_history\` DROP COLUMN \`level\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_review_level\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_review_levels\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_review_level_name\`;`)
  await db.run(sql`ALTER TABLE \`articles_review_history\` DROP COLUMN \`level\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_level\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_levels\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_level_name\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_review_history\` DROP COLUMN \`level\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_level\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_levels\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_level_name\`;`)
}
