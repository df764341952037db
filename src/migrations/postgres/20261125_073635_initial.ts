import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_kind" AS ENUM('hub', 'department', 'county', 'enterprise', 'zone');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('super-admin');
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('webmaster', 'editor', 'reviewer', 'hub-editor');
  CREATE TYPE "public"."enum_columns_kind" AS ENUM('disclosure', 'news', 'notice', 'service', 'interaction');
  CREATE TYPE "public"."enum_columns_scope" AS ENUM('all', 'hub');
  CREATE TYPE "public"."enum_columns_aggregates" AS ENUM('department', 'county');
  CREATE TYPE "public"."enum_disclosures_review_wording_hits_field" AS ENUM('title', 'summary', 'documentNumber', 'issuer', 'body');
  CREATE TYPE "public"."enum_disclosures_review_wording_hits_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_disclosures_review_history_action" AS ENUM('submit', 'withdraw', 'approve', 'return', 'publish', 'edit');
  CREATE TYPE "public"."enum_disclosures_validity" AS ENUM('valid', 'expired', 'repealed');
  CREATE TYPE "public"."enum_disclosures_mode" AS ENUM('proactive', 'on-application');
  CREATE TYPE "public"."enum_disclosures_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_review_wording_hits_field" AS ENUM('title', 'summary', 'documentNumber', 'issuer', 'body');
  CREATE TYPE "public"."enum__disclosures_v_version_review_wording_hits_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum__disclosures_v_version_review_history_action" AS ENUM('submit', 'withdraw', 'approve', 'return', 'publish', 'edit');
  CREATE TYPE "public"."enum__disclosures_v_version_validity" AS ENUM('valid', 'expired', 'repealed');
  CREATE TYPE "public"."enum__disclosures_v_version_mode" AS ENUM('proactive', 'on-application');
  CREATE TYPE "public"."enum__disclosures_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_articles_review_wording_hits_field" AS ENUM('title', 'summary', 'documentNumber', 'issuer', 'body');
  CREATE TYPE "public"."enum_articles_review_wording_hits_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_articles_review_history_action" AS ENUM('submit', 'withdraw', 'approve', 'return', 'publish', 'edit');
  CREATE TYPE "public"."enum_articles_category" AS ENUM('headline', 'news', 'notice');
  CREATE TYPE "public"."enum_articles_hub_submission_target_category" AS ENUM('headline', 'news', 'notice');
  CREATE TYPE "public"."enum_articles_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_review_wording_hits_field" AS ENUM('title', 'summary', 'documentNumber', 'issuer', 'body');
  CREATE TYPE "public"."enum__articles_v_version_review_wording_hits_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum__articles_v_version_review_history_action" AS ENUM('submit', 'withdraw', 'approve', 'return', 'publish', 'edit');
  CREATE TYPE "public"."enum__articles_v_version_category" AS ENUM('headline', 'news', 'notice');
  CREATE TYPE "public"."enum__articles_v_version_hub_submission_target_category" AS ENUM('headline', 'news', 'notice');
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_wording_entries_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'submit', 'withdraw', 'approve', 'return', 'publish', 'unpublish', 'delete', 'login', 'login-failed');
  CREATE TYPE "public"."enum_hub_submissions_target_category" AS ENUM('headline', 'news', 'notice');
  CREATE TYPE "public"."enum_hub_submissions_status" AS ENUM('pending', 'adopted', 'declined', 'retracted');
  CREATE TYPE "public"."enum_hub_submissions_adopted_category" AS ENUM('headline', 'news', 'notice');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyWebhook', 'schedulePublish');
  CREATE TABLE "tenants_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "tenants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_tenants_kind" NOT NULL,
  	"unit_code" varchar NOT NULL,
  	"has_sub_site" boolean DEFAULT true,
  	"site_code" varchar,
  	"icp" varchar,
  	"psb" varchar,
  	"contact_address" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_office_hours" varchar,
  	"review_policy_disclosures" boolean DEFAULT true,
  	"review_policy_articles" boolean DEFAULT false,
  	"sort_order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_tenants_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_tenants_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"parent_id" integer,
  	"tenant_id" integer,
  	"shared" boolean DEFAULT false,
  	"kind" "enum_columns_kind" DEFAULT 'disclosure' NOT NULL,
  	"code" varchar,
  	"max_age_days" numeric,
  	"allow_custom_children" boolean DEFAULT false,
  	"scope" "enum_columns_scope" DEFAULT 'all',
  	"aggregates" "enum_columns_aggregates",
  	"sort_order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosures_review_wording_hits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" "enum_disclosures_review_wording_hits_field",
  	"start" numeric,
  	"wrong" varchar,
  	"correct" varchar,
  	"severity" "enum_disclosures_review_wording_hits_severity",
  	"context" varchar
  );
  
  CREATE TABLE "disclosures_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_disclosures_review_history_action",
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"index_number" varchar,
  	"column_id" integer,
  	"issuer" varchar,
  	"document_number" varchar,
  	"written_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"year" numeric,
  	"validity" "enum_disclosures_validity" DEFAULT 'valid',
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"mode" "enum_disclosures_mode" DEFAULT 'proactive',
  	"body" jsonb,
  	"review_state" "enum_disclosures_review_state" DEFAULT 'draft',
  	"review_submitted_by" varchar,
  	"review_submitted_at" timestamp(3) with time zone,
  	"review_reviewed_by" varchar,
  	"review_reviewed_at" timestamp(3) with time zone,
  	"review_fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclosures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_disclosures_v_version_review_wording_hits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"field" "enum__disclosures_v_version_review_wording_hits_field",
  	"start" numeric,
  	"wrong" varchar,
  	"correct" varchar,
  	"severity" "enum__disclosures_v_version_review_wording_hits_severity",
  	"context" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_disclosures_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__disclosures_v_version_review_history_action",
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_index_number" varchar,
  	"version_column_id" integer,
  	"version_issuer" varchar,
  	"version_document_number" varchar,
  	"version_written_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_year" numeric,
  	"version_validity" "enum__disclosures_v_version_validity" DEFAULT 'valid',
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_mode" "enum__disclosures_v_version_mode" DEFAULT 'proactive',
  	"version_body" jsonb,
  	"version_review_state" "enum__disclosures_v_version_review_state" DEFAULT 'draft',
  	"version_review_submitted_by" varchar,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_review_reviewed_by" varchar,
  	"version_review_reviewed_at" timestamp(3) with time zone,
  	"version_review_fingerprint" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosures_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_disclosures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "articles_review_wording_hits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" "enum_articles_review_wording_hits_field",
  	"start" numeric,
  	"wrong" varchar,
  	"correct" varchar,
  	"severity" "enum_articles_review_wording_hits_severity",
  	"context" varchar
  );
  
  CREATE TABLE "articles_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_articles_review_history_action",
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"slug" varchar,
  	"category" "enum_articles_category" DEFAULT 'news',
  	"summary" varchar,
  	"body" jsonb,
  	"source" varchar,
  	"hub_submission_submit" boolean DEFAULT false,
  	"hub_submission_target_category" "enum_articles_hub_submission_target_category" DEFAULT 'news',
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_articles_review_state" DEFAULT 'draft',
  	"review_submitted_by" varchar,
  	"review_submitted_at" timestamp(3) with time zone,
  	"review_reviewed_by" varchar,
  	"review_reviewed_at" timestamp(3) with time zone,
  	"review_fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_articles_v_version_review_wording_hits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"field" "enum__articles_v_version_review_wording_hits_field",
  	"start" numeric,
  	"wrong" varchar,
  	"correct" varchar,
  	"severity" "enum__articles_v_version_review_wording_hits_severity",
  	"context" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__articles_v_version_review_history_action",
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_category" "enum__articles_v_version_category" DEFAULT 'news',
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_source" varchar,
  	"version_hub_submission_submit" boolean DEFAULT false,
  	"version_hub_submission_target_category" "enum__articles_v_version_hub_submission_target_category" DEFAULT 'news',
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__articles_v_version_review_state" DEFAULT 'draft',
  	"version_review_submitted_by" varchar,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_review_reviewed_by" varchar,
  	"version_review_reviewed_at" timestamp(3) with time zone,
  	"version_review_fingerprint" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"alt" varchar,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_full_url" varchar,
  	"sizes_full_width" numeric,
  	"sizes_full_height" numeric,
  	"sizes_full_mime_type" varchar,
  	"sizes_full_filesize" numeric,
  	"sizes_full_filename" varchar
  );
  
  CREATE TABLE "index_sequences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"unit_code" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "wording_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"correct" varchar,
  	"severity" "enum_wording_entries_severity" DEFAULT 'block' NOT NULL,
  	"note" varchar,
  	"tenant_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"tenant_id" integer,
  	"collection_slug" varchar,
  	"document_id" varchar,
  	"summary" varchar,
  	"comment" varchar,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hub_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_title" varchar,
  	"article_id" integer,
  	"source_tenant_id" integer,
  	"target_category" "enum_hub_submissions_target_category",
  	"submitted_at" timestamp(3) with time zone,
  	"status" "enum_hub_submissions_status" DEFAULT 'pending' NOT NULL,
  	"adopted_category" "enum_hub_submissions_adopted_category",
  	"edited_title" varchar,
  	"edited_summary" varchar,
  	"decline_reason" varchar,
  	"decided_by" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tenants_id" integer,
  	"users_id" integer,
  	"columns_id" integer,
  	"disclosures_id" integer,
  	"articles_id" integer,
  	"media_id" integer,
  	"index_sequences_id" integer,
  	"wording_entries_id" integer,
  	"audit_log_id" integer,
  	"hub_submissions_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"index_number_format_unit_separator" varchar DEFAULT '/' NOT NULL,
  	"index_number_format_part_separator" varchar DEFAULT '-' NOT NULL,
  	"index_number_format_serial_padding" numeric DEFAULT 5 NOT NULL,
  	"index_number_format_include_category" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "tenants_domains" ADD CONSTRAINT "tenants_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants_roles" ADD CONSTRAINT "users_tenants_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_review_wording_hits" ADD CONSTRAINT "disclosures_review_wording_hits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_review_history" ADD CONSTRAINT "disclosures_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_texts" ADD CONSTRAINT "disclosures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_review_wording_hits" ADD CONSTRAINT "_disclosures_v_version_review_wording_hits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_review_history" ADD CONSTRAINT "_disclosures_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_parent_id_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_texts" ADD CONSTRAINT "_disclosures_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_review_wording_hits" ADD CONSTRAINT "articles_review_wording_hits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_review_history" ADD CONSTRAINT "articles_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_wording_hits" ADD CONSTRAINT "_articles_v_version_review_wording_hits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_history" ADD CONSTRAINT "_articles_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wording_entries" ADD CONSTRAINT "wording_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hub_submissions" ADD CONSTRAINT "hub_submissions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hub_submissions" ADD CONSTRAINT "hub_submissions_source_tenant_id_tenants_id_fk" FOREIGN KEY ("source_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_sequences_fk" FOREIGN KEY ("index_sequences_id") REFERENCES "public"."index_sequences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wording_entries_fk" FOREIGN KEY ("wording_entries_id") REFERENCES "public"."wording_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hub_submissions_fk" FOREIGN KEY ("hub_submissions_id") REFERENCES "public"."hub_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_domains_order_idx" ON "tenants_domains" USING btree ("_order");
  CREATE INDEX "tenants_domains_parent_id_idx" ON "tenants_domains" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tenants_slug_idx" ON "tenants" USING btree ("slug");
  CREATE UNIQUE INDEX "tenants_unit_code_idx" ON "tenants" USING btree ("unit_code");
  CREATE INDEX "tenants_updated_at_idx" ON "tenants" USING btree ("updated_at");
  CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_roles_order_idx" ON "users_tenants_roles" USING btree ("order");
  CREATE INDEX "users_tenants_roles_parent_idx" ON "users_tenants_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "columns_key_idx" ON "columns" USING btree ("key");
  CREATE INDEX "columns_parent_idx" ON "columns" USING btree ("parent_id");
  CREATE INDEX "columns_tenant_idx" ON "columns" USING btree ("tenant_id");
  CREATE INDEX "columns_shared_idx" ON "columns" USING btree ("shared");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE INDEX "disclosures_review_wording_hits_order_idx" ON "disclosures_review_wording_hits" USING btree ("_order");
  CREATE INDEX "disclosures_review_wording_hits_parent_id_idx" ON "disclosures_review_wording_hits" USING btree ("_parent_id");
  CREATE INDEX "disclosures_review_history_order_idx" ON "disclosures_review_history" USING btree ("_order");
  CREATE INDEX "disclosures_review_history_parent_id_idx" ON "disclosures_review_history" USING btree ("_parent_id");
  CREATE INDEX "disclosures_tenant_idx" ON "disclosures" USING btree ("tenant_id");
  CREATE INDEX "disclosures_index_number_idx" ON "disclosures" USING btree ("index_number");
  CREATE INDEX "disclosures_column_idx" ON "disclosures" USING btree ("column_id");
  CREATE INDEX "disclosures_published_at_idx" ON "disclosures" USING btree ("published_at");
  CREATE INDEX "disclosures_year_idx" ON "disclosures" USING btree ("year");
  CREATE INDEX "disclosures_validity_idx" ON "disclosures" USING btree ("validity");
  CREATE INDEX "disclosures_review_review_state_idx" ON "disclosures" USING btree ("review_state");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures__status_idx" ON "disclosures" USING btree ("_status");
  CREATE INDEX "disclosures_texts_order_parent" ON "disclosures_texts" USING btree ("order","parent_id");
  CREATE INDEX "disclosures_rels_order_idx" ON "disclosures_rels" USING btree ("order");
  CREATE INDEX "disclosures_rels_parent_idx" ON "disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_path_idx" ON "disclosures_rels" USING btree ("path");
  CREATE INDEX "disclosures_rels_media_id_idx" ON "disclosures_rels" USING btree ("media_id");
  CREATE INDEX "_disclosures_v_version_review_wording_hits_order_idx" ON "_disclosures_v_version_review_wording_hits" USING btree ("_order");
  CREATE INDEX "_disclosures_v_version_review_wording_hits_parent_id_idx" ON "_disclosures_v_version_review_wording_hits" USING btree ("_parent_id");
  CREATE INDEX "_disclosures_v_version_review_history_order_idx" ON "_disclosures_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_disclosures_v_version_review_history_parent_id_idx" ON "_disclosures_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_disclosures_v_parent_idx" ON "_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_version_version_tenant_idx" ON "_disclosures_v" USING btree ("version_tenant_id");
  CREATE INDEX "_disclosures_v_version_version_index_number_idx" ON "_disclosures_v" USING btree ("version_index_number");
  CREATE INDEX "_disclosures_v_version_version_column_idx" ON "_disclosures_v" USING btree ("version_column_id");
  CREATE INDEX "_disclosures_v_version_version_published_at_idx" ON "_disclosures_v" USING btree ("version_published_at");
  CREATE INDEX "_disclosures_v_version_version_year_idx" ON "_disclosures_v" USING btree ("version_year");
  CREATE INDEX "_disclosures_v_version_version_validity_idx" ON "_disclosures_v" USING btree ("version_validity");
  CREATE INDEX "_disclosures_v_version_review_version_review_state_idx" ON "_disclosures_v" USING btree ("version_review_state");
  CREATE INDEX "_disclosures_v_version_version_updated_at_idx" ON "_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosures_v_version_version_created_at_idx" ON "_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosures_v_version_version__status_idx" ON "_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_disclosures_v_created_at_idx" ON "_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_disclosures_v_updated_at_idx" ON "_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_disclosures_v_latest_idx" ON "_disclosures_v" USING btree ("latest");
  CREATE INDEX "_disclosures_v_texts_order_parent" ON "_disclosures_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_disclosures_v_rels_order_idx" ON "_disclosures_v_rels" USING btree ("order");
  CREATE INDEX "_disclosures_v_rels_parent_idx" ON "_disclosures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_rels_path_idx" ON "_disclosures_v_rels" USING btree ("path");
  CREATE INDEX "_disclosures_v_rels_media_id_idx" ON "_disclosures_v_rels" USING btree ("media_id");
  CREATE INDEX "articles_review_wording_hits_order_idx" ON "articles_review_wording_hits" USING btree ("_order");
  CREATE INDEX "articles_review_wording_hits_parent_id_idx" ON "articles_review_wording_hits" USING btree ("_parent_id");
  CREATE INDEX "articles_review_history_order_idx" ON "articles_review_history" USING btree ("_order");
  CREATE INDEX "articles_review_history_parent_id_idx" ON "articles_review_history" USING btree ("_parent_id");
  CREATE INDEX "articles_tenant_idx" ON "articles" USING btree ("tenant_id");
  CREATE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_review_review_state_idx" ON "articles" USING btree ("review_state");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_idx" ON "articles" USING btree ("tenant_id","slug");
  CREATE INDEX "_articles_v_version_review_wording_hits_order_idx" ON "_articles_v_version_review_wording_hits" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_wording_hits_parent_id_idx" ON "_articles_v_version_review_wording_hits" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_history_order_idx" ON "_articles_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_history_parent_id_idx" ON "_articles_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_tenant_idx" ON "_articles_v" USING btree ("version_tenant_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_review_version_review_state_idx" ON "_articles_v" USING btree ("version_review_state");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_slug_idx" ON "_articles_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_full_sizes_full_filename_idx" ON "media" USING btree ("sizes_full_filename");
  CREATE UNIQUE INDEX "index_sequences_key_idx" ON "index_sequences" USING btree ("key");
  CREATE INDEX "index_sequences_updated_at_idx" ON "index_sequences" USING btree ("updated_at");
  CREATE INDEX "index_sequences_created_at_idx" ON "index_sequences" USING btree ("created_at");
  CREATE INDEX "wording_entries_wrong_idx" ON "wording_entries" USING btree ("wrong");
  CREATE INDEX "wording_entries_tenant_idx" ON "wording_entries" USING btree ("tenant_id");
  CREATE INDEX "wording_entries_updated_at_idx" ON "wording_entries" USING btree ("updated_at");
  CREATE INDEX "wording_entries_created_at_idx" ON "wording_entries" USING btree ("created_at");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_tenant_idx" ON "audit_log" USING btree ("tenant_id");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "hub_submissions_article_idx" ON "hub_submissions" USING btree ("article_id");
  CREATE INDEX "hub_submissions_source_tenant_idx" ON "hub_submissions" USING btree ("source_tenant_id");
  CREATE INDEX "hub_submissions_submitted_at_idx" ON "hub_submissions" USING btree ("submitted_at");
  CREATE INDEX "hub_submissions_status_idx" ON "hub_submissions" USING btree ("status");
  CREATE INDEX "hub_submissions_updated_at_idx" ON "hub_submissions" USING btree ("updated_at");
  CREATE INDEX "hub_submissions_created_at_idx" ON "hub_submissions" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_tenants_id_idx" ON "payload_locked_documents_rels" USING btree ("tenants_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_index_sequences_id_idx" ON "payload_locked_documents_rels" USING btree ("index_sequences_id");
  CREATE INDEX "payload_locked_documents_rels_wording_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("wording_entries_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_hub_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("hub_submissions_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tenants_domains" CASCADE;
  DROP TABLE "tenants" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_tenants_roles" CASCADE;
  DROP TABLE "users_tenants" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "disclosures_review_wording_hits" CASCADE;
  DROP TABLE "disclosures_review_history" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "disclosures_texts" CASCADE;
  DROP TABLE "disclosures_rels" CASCADE;
  DROP TABLE "_disclosures_v_version_review_wording_hits" CASCADE;
  DROP TABLE "_disclosures_v_version_review_history" CASCADE;
  DROP TABLE "_disclosures_v" CASCADE;
  DROP TABLE "_disclosures_v_texts" CASCADE;
  DROP TABLE "_disclosures_v_rels" CASCADE;
  DROP TABLE "articles_review_wording_hits" CASCADE;
  DROP TABLE "articles_review_history" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "_articles_v_version_review_wording_hits" CASCADE;
  DROP TABLE "_articles_v_version_review_history" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "index_sequences" CASCADE;
  DROP TABLE "wording_entries" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "hub_submissions" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "disclosure_settings" CASCADE;
  DROP TYPE "public"."enum_tenants_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_tenants_roles";
  DROP TYPE "public"."enum_columns_kind";
  DROP TYPE "public"."enum_columns_scope";
  DROP TYPE "public"."enum_columns_aggregates";
  DROP TYPE "public"."enum_disclosures_review_wording_hits_field";
  DROP TYPE "public"."enum_disclosures_review_wording_hits_severity";
  DROP TYPE "public"."enum_disclosures_review_history_action";
  DROP TYPE "public"."enum_disclosures_validity";
  DROP TYPE "public"."enum_disclosures_mode";
  DROP TYPE "public"."enum_disclosures_review_state";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum__disclosures_v_version_review_wording_hits_field";
  DROP TYPE "public"."enum__disclosures_v_version_review_wording_hits_severity";
  DROP TYPE "public"."enum__disclosures_v_version_review_history_action";
  DROP TYPE "public"."enum__disclosures_v_version_validity";
  DROP TYPE "public"."enum__disclosures_v_version_mode";
  DROP TYPE "public"."enum__disclosures_v_version_review_state";
  DROP TYPE "public"."enum__disclosures_v_version_status";
  DROP TYPE "public"."enum_articles_review_wording_hits_field";
  DROP TYPE "public"."enum_articles_review_wording_hits_severity";
  DROP TYPE "public"."enum_articles_review_history_action";
  DROP TYPE "public"."enum_articles_category";
  DROP TYPE "public"."enum_articles_hub_submission_target_category";
  DROP TYPE "public"."enum_articles_review_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_review_wording_hits_field";
  DROP TYPE "public"."enum__articles_v_version_review_wording_hits_severity";
  DROP TYPE "public"."enum__articles_v_version_review_history_action";
  DROP TYPE "public"."enum__articles_v_version_category";
  DROP TYPE "public"."enum__articles_v_version_hub_submission_target_category";
  DROP TYPE "public"."enum__articles_v_version_review_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_wording_entries_severity";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_hub_submissions_target_category";
  DROP TYPE "public"."enum_hub_submissions_status";
  DROP TYPE "public"."enum_hub_submissions_adopted_category";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
