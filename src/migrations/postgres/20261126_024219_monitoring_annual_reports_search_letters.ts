import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_annual_reports_scope" AS ENUM('unit', 'with-departments');
  CREATE TYPE "public"."enum_annual_reports_status" AS ENUM('draft', 'submitted', 'published');
  CREATE TYPE "public"."enum_monitoring_settings_required_metadata" AS ENUM('indexNumber', 'issuer', 'publishedAt', 'writtenAt');
  CREATE TYPE "public"."enum_monitoring_settings_deductions_rule" AS ENUM('home-stale', 'stale-columns', 'overdue-columns', 'empty-columns', 'no-consultation', 'letters-unanswered', 'requests-overdue', 'metadata-missing', 'validity-outdated', 'forged-date', 'broken-links', 'missing-files');
  ALTER TYPE "public"."enum_search_entries_kind" ADD VALUE 'letters';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'monitoringDaily' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'monitorUnit' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'monitoringDaily' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'monitorUnit' BEFORE 'schedulePublish';
  CREATE TABLE "monitoring_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"tenant_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"score" numeric NOT NULL,
  	"vetoed" boolean DEFAULT false,
  	"rank" numeric,
  	"finding_count" numeric,
  	"findings" jsonb,
  	"mailed_keys" jsonb,
  	"daily_day" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"unit_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"scope" "enum_annual_reports_scope" DEFAULT 'unit' NOT NULL,
  	"status" "enum_annual_reports_status" DEFAULT 'draft' NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"disclosure_id" integer,
  	"published_day" varchar,
  	"index_number" varchar,
  	"table2_rules_issued" numeric,
  	"table2_rules_repealed" numeric,
  	"table2_rules_valid" numeric,
  	"table2_normative_issued" numeric,
  	"table2_normative_repealed" numeric,
  	"table2_normative_valid" numeric,
  	"table2_licensing" numeric,
  	"table2_penalties" numeric,
  	"table2_coercion" numeric,
  	"table2_fees" numeric,
  	"table4_review_upheld" numeric,
  	"table4_review_corrected" numeric,
  	"table4_review_other_result" numeric,
  	"table4_review_pending" numeric,
  	"table4_review_total" numeric,
  	"table4_direct_upheld" numeric,
  	"table4_direct_corrected" numeric,
  	"table4_direct_other_result" numeric,
  	"table4_direct_pending" numeric,
  	"table4_direct_total" numeric,
  	"table4_after_review_upheld" numeric,
  	"table4_after_review_corrected" numeric,
  	"table4_after_review_other_result" numeric,
  	"table4_after_review_pending" numeric,
  	"table4_after_review_total" numeric,
  	"sections_overview" varchar,
  	"sections_proactive" varchar,
  	"sections_applications" varchar,
  	"sections_appeals" varchar,
  	"sections_problems" varchar,
  	"sections_other" varchar,
  	"figures" jsonb,
  	"traces" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monitoring_settings_required_metadata" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_monitoring_settings_required_metadata",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "monitoring_settings_deductions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rule" "enum_monitoring_settings_deductions_rule" NOT NULL,
  	"each" numeric NOT NULL,
  	"max" numeric NOT NULL
  );
  
  CREATE TABLE "monitoring_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"home_stale_days" numeric DEFAULT 14 NOT NULL,
  	"news_stale_days" numeric DEFAULT 14 NOT NULL,
  	"notice_stale_days" numeric DEFAULT 180 NOT NULL,
  	"stale_columns_veto" numeric DEFAULT 5 NOT NULL,
  	"overdue_columns_veto" numeric DEFAULT 10 NOT NULL,
  	"empty_columns_veto" numeric DEFAULT 5 NOT NULL,
  	"letter_unanswered_days" numeric DEFAULT 90 NOT NULL,
  	"letter_lookback_days" numeric DEFAULT 365 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "monitoring_snapshots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "annual_reports_id" integer;
  ALTER TABLE "monitoring_snapshots" ADD CONSTRAINT "monitoring_snapshots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_unit_id_tenants_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monitoring_settings_required_metadata" ADD CONSTRAINT "monitoring_settings_required_metadata_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."monitoring_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monitoring_settings_deductions" ADD CONSTRAINT "monitoring_settings_deductions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monitoring_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "monitoring_snapshots_tenant_idx" ON "monitoring_snapshots" USING btree ("tenant_id");
  CREATE INDEX "monitoring_snapshots_month_idx" ON "monitoring_snapshots" USING btree ("month");
  CREATE INDEX "monitoring_snapshots_daily_day_idx" ON "monitoring_snapshots" USING btree ("daily_day");
  CREATE INDEX "monitoring_snapshots_updated_at_idx" ON "monitoring_snapshots" USING btree ("updated_at");
  CREATE INDEX "monitoring_snapshots_created_at_idx" ON "monitoring_snapshots" USING btree ("created_at");
  CREATE INDEX "annual_reports_unit_idx" ON "annual_reports" USING btree ("unit_id");
  CREATE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("year");
  CREATE INDEX "annual_reports_status_idx" ON "annual_reports" USING btree ("status");
  CREATE INDEX "annual_reports_disclosure_idx" ON "annual_reports" USING btree ("disclosure_id");
  CREATE INDEX "annual_reports_published_day_idx" ON "annual_reports" USING btree ("published_day");
  CREATE INDEX "annual_reports_updated_at_idx" ON "annual_reports" USING btree ("updated_at");
  CREATE INDEX "annual_reports_created_at_idx" ON "annual_reports" USING btree ("created_at");
  CREATE INDEX "monitoring_settings_required_metadata_order_idx" ON "monitoring_settings_required_metadata" USING btree ("order");
  CREATE INDEX "monitoring_settings_required_metadata_parent_idx" ON "monitoring_settings_required_metadata" USING btree ("parent_id");
  CREATE INDEX "monitoring_settings_deductions_order_idx" ON "monitoring_settings_deductions" USING btree ("_order");
  CREATE INDEX "monitoring_settings_deductions_parent_id_idx" ON "monitoring_settings_deductions" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monitoring_snapshots_fk" FOREIGN KEY ("monitoring_snapshots_id") REFERENCES "public"."monitoring_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_reports_fk" FOREIGN KEY ("annual_reports_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_monitoring_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("monitoring_snapshots_id");
  CREATE INDEX "payload_locked_documents_rels_annual_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "monitoring_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "annual_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_settings_required_metadata" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_settings_deductions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "monitoring_snapshots" CASCADE;
  DROP TABLE "annual_reports" CASCADE;
  DROP TABLE "monitoring_settings_required_metadata" CASCADE;
  DROP TABLE "monitoring_settings_deductions" CASCADE;
  DROP TABLE "monitoring_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_monitoring_snapshots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_annual_reports_fk";
  
  ALTER TABLE "search_entries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_entries_kind";
  CREATE TYPE "public"."enum_search_entries_kind" AS ENUM('disclosures', 'articles');
  ALTER TABLE "search_entries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_search_entries_kind" USING "kind"::"public"."enum_search_entries_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyWebhook', 'sendMail', 'letterDigest', 'indexForSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyWebhook', 'sendMail', 'letterDigest', 'indexForSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_monitoring_snapshots_id_idx";
  DROP INDEX "payload_locked_documents_rels_annual_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "monitoring_snapshots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "annual_reports_id";
  DROP TYPE "public"."enum_annual_reports_scope";
  DROP TYPE "public"."enum_annual_reports_status";
  DROP TYPE "public"."enum_monitoring_settings_required_metadata";
  DROP TYPE "public"."enum_monitoring_settings_deductions_rule";`)
}
