import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_entries_kind" AS ENUM('disclosures', 'articles');
  CREATE TYPE "public"."enum_search_entries_validity" AS ENUM('valid', 'expired', 'repealed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'indexForSearch' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'indexForSearch' BEFORE 'schedulePublish';
  CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_search_entries_kind" NOT NULL,
  	"source_id" varchar NOT NULL,
  	"unit" varchar,
  	"columns" varchar,
  	"column_title" varchar,
  	"category" varchar,
  	"year" numeric,
  	"validity" "enum_search_entries_validity",
  	"issuer" varchar,
  	"index_number" varchar,
  	"document_number" varchar,
  	"title" varchar,
  	"body" varchar,
  	"title_tokens" varchar,
  	"body_tokens" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"live" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_entries_id" integer;
  CREATE UNIQUE INDEX "search_entries_key_idx" ON "search_entries" USING btree ("key");
  CREATE INDEX "search_entries_kind_idx" ON "search_entries" USING btree ("kind");
  CREATE INDEX "search_entries_unit_idx" ON "search_entries" USING btree ("unit");
  CREATE INDEX "search_entries_year_idx" ON "search_entries" USING btree ("year");
  CREATE INDEX "search_entries_issuer_idx" ON "search_entries" USING btree ("issuer");
  CREATE INDEX "search_entries_index_number_idx" ON "search_entries" USING btree ("index_number");
  CREATE INDEX "search_entries_document_number_idx" ON "search_entries" USING btree ("document_number");
  CREATE INDEX "search_entries_published_at_idx" ON "search_entries" USING btree ("published_at");
  CREATE INDEX "search_entries_live_idx" ON "search_entries" USING btree ("live");
  CREATE INDEX "search_entries_updated_at_idx" ON "search_entries" USING btree ("updated_at");
  CREATE INDEX "search_entries_created_at_idx" ON "search_entries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_entries_fk" FOREIGN KEY ("search_entries_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_entries_id");`)
  // Full-text search over the stored jieba tokens (src/search/reads/postgres.ts uses the same expression).
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "search_entries_fts_idx" ON "search_entries" USING gin ((setweight(to_tsvector('simple', coalesce("title_tokens", '')), 'A') || setweight(to_tsvector('simple', coalesce("body_tokens", '')), 'B')));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_entries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyWebhook', 'sendMail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyWebhook', 'sendMail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_entries_id";
  DROP TYPE "public"."enum_search_entries_kind";
  DROP TYPE "public"."enum_search_entries_validity";`)
}
