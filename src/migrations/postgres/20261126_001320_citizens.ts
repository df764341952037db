import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_letters_history_action" AS ENUM('accept', 'reject', 'merge', 'route', 'draft', 'submit', 'approve', 'return', 'receive', 'rate');
  CREATE TYPE "public"."enum_letters_category" AS ENUM('consult', 'suggest', 'complain', 'help', 'other');
  CREATE TYPE "public"."enum_letters_status" AS ENUM('received', 'accepted', 'review', 'replied', 'rejected', 'merged');
  CREATE TYPE "public"."enum_letters_rating" AS ENUM('satisfied', 'basic', 'unsatisfied');
  CREATE TYPE "public"."enum_letters_verification" AS ENUM('pow', 'question', 'import');
  CREATE TYPE "public"."enum_requests_history_step" AS ENUM('route', 'clarify', 'clarified', 'clarification-lapsed', 'consult', 'consulted', 'extend', 'fee-notice', 'fee-paid', 'fee-lapsed', 'answer', 'withdraw', 'receive');
  CREATE TYPE "public"."enum_requests_applicant_kind" AS ENUM('natural', 'commercial', 'research', 'public-interest', 'legal-services', 'other-organization');
  CREATE TYPE "public"."enum_requests_form" AS ENUM('paper', 'email', 'electronic');
  CREATE TYPE "public"."enum_requests_delivery" AS ENUM('post', 'email', 'collection');
  CREATE TYPE "public"."enum_requests_channel" AS ENUM('online', 'in-person', 'registered-post', 'letter', 'fax');
  CREATE TYPE "public"."enum_requests_status" AS ENUM('registered', 'clarifying', 'consulting', 'fee-pending', 'answered', 'withdrawn');
  CREATE TYPE "public"."enum_requests_regime" AS ENUM('2019', '2008');
  CREATE TYPE "public"."enum_requests_fee_method" AS ENUM('count', 'pages');
  CREATE TYPE "public"."enum_requests_outcome" AS ENUM('open', 'partial', 'withheld-state-secret', 'withheld-law', 'withheld-security', 'withheld-third-party', 'withheld-internal', 'withheld-process', 'withheld-enforcement', 'withheld-inquiry', 'unavailable-not-held', 'unavailable-must-create', 'unavailable-unclear', 'not-processed-petition', 'not-processed-repeat', 'not-processed-publication', 'not-processed-mass', 'not-processed-confirm', 'other-no-clarification', 'other-fee-unpaid', 'other-other');
  CREATE TYPE "public"."enum_requests_verification" AS ENUM('pow', 'question', 'staff', 'import');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'receive';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'accept';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'reject';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'merge';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'route';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'rate';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'letterDigest' BEFORE 'indexForSearch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'letterDigest' BEFORE 'indexForSearch';
  CREATE TABLE "letters_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_letters_history_action",
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  CREATE TABLE "letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"category" "enum_letters_category" NOT NULL,
  	"body" varchar NOT NULL,
  	"allow_publish" boolean DEFAULT false,
  	"writer_name" varchar,
  	"writer_phone" varchar,
  	"writer_email" varchar,
  	"site_id" integer NOT NULL,
  	"unit_id" integer NOT NULL,
  	"status" "enum_letters_status" DEFAULT 'received' NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"due" varchar,
  	"accept_due" varchar,
  	"reply_due" varchar,
  	"due_estimated" boolean,
  	"accepted_at" timestamp(3) with time zone,
  	"reject_reason" varchar,
  	"duplicate_of_id" integer,
  	"reply_draft" varchar,
  	"reply" varchar,
  	"reply_submitted_by" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"reply_days" numeric,
  	"on_time" boolean,
  	"rating" "enum_letters_rating",
  	"verification" "enum_letters_verification",
  	"password_hash" varchar,
  	"replay_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE TABLE "letter_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"letter_id" integer,
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
  	"focal_y" numeric
  );
  CREATE TABLE "requests_pauses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"party" varchar,
  	"from" varchar,
  	"to" varchar
  );
  CREATE TABLE "requests_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" "enum_requests_history_step",
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  CREATE TABLE "requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"applicant_kind" "enum_requests_applicant_kind" NOT NULL,
  	"applicant_name" varchar NOT NULL,
  	"applicant_id_number" varchar,
  	"applicant_contact_person" varchar,
  	"applicant_phone" varchar,
  	"applicant_email" varchar,
  	"applicant_address" varchar,
  	"description" varchar NOT NULL,
  	"document_number" varchar,
  	"purpose" varchar,
  	"form" "enum_requests_form",
  	"delivery" "enum_requests_delivery",
  	"channel" "enum_requests_channel" NOT NULL,
  	"site_id" integer NOT NULL,
  	"unit_id" integer NOT NULL,
  	"status" "enum_requests_status" DEFAULT 'registered' NOT NULL,
  	"received_day" varchar NOT NULL,
  	"due" varchar,
  	"due_estimated" boolean,
  	"regime" "enum_requests_regime",
  	"paused_days" numeric,
  	"clarification_asked" varchar,
  	"clarification_asked_day" varchar,
  	"clarification_by_day" varchar,
  	"clarification_clarified_day" varchar,
  	"extension_extended" boolean,
  	"extension_reason" varchar,
  	"extension_approver" varchar,
  	"fee_amount" numeric,
  	"fee_method" "enum_requests_fee_method",
  	"fee_by_day" varchar,
  	"fee_paid_day" varchar,
  	"outcome" "enum_requests_outcome",
  	"answer" varchar,
  	"ended_day" varchar,
  	"verification" "enum_requests_verification",
  	"password_hash" varchar,
  	"replay_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE TABLE "mailbox_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"accept_days" numeric DEFAULT 3 NOT NULL,
  	"reply_days" numeric DEFAULT 15 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  ALTER TABLE "tenants" ADD COLUMN "mailbox" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "letters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "letter_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "requests_id" integer;
  ALTER TABLE "letters_history" ADD CONSTRAINT "letters_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_site_id_tenants_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_unit_id_tenants_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_duplicate_of_id_letters_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letter_attachments" ADD CONSTRAINT "letter_attachments_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests_pauses" ADD CONSTRAINT "requests_pauses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_history" ADD CONSTRAINT "requests_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_site_id_tenants_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_unit_id_tenants_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "letters_history_order_idx" ON "letters_history" USING btree ("_order");
  CREATE INDEX "letters_history_parent_id_idx" ON "letters_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "letters_tracking_code_idx" ON "letters" USING btree ("tracking_code");
  CREATE INDEX "letters_site_idx" ON "letters" USING btree ("site_id");
  CREATE INDEX "letters_unit_idx" ON "letters" USING btree ("unit_id");
  CREATE INDEX "letters_status_idx" ON "letters" USING btree ("status");
  CREATE INDEX "letters_received_at_idx" ON "letters" USING btree ("received_at");
  CREATE INDEX "letters_due_idx" ON "letters" USING btree ("due");
  CREATE INDEX "letters_duplicate_of_idx" ON "letters" USING btree ("duplicate_of_id");
  CREATE INDEX "letters_replied_at_idx" ON "letters" USING btree ("replied_at");
  CREATE UNIQUE INDEX "letters_replay_key_idx" ON "letters" USING btree ("replay_key");
  CREATE INDEX "letters_updated_at_idx" ON "letters" USING btree ("updated_at");
  CREATE INDEX "letters_created_at_idx" ON "letters" USING btree ("created_at");
  CREATE INDEX "letter_attachments_letter_idx" ON "letter_attachments" USING btree ("letter_id");
  CREATE INDEX "letter_attachments_updated_at_idx" ON "letter_attachments" USING btree ("updated_at");
  CREATE INDEX "letter_attachments_created_at_idx" ON "letter_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "letter_attachments_filename_idx" ON "letter_attachments" USING btree ("filename");
  CREATE INDEX "requests_pauses_order_idx" ON "requests_pauses" USING btree ("_order");
  CREATE INDEX "requests_pauses_parent_id_idx" ON "requests_pauses" USING btree ("_parent_id");
  CREATE INDEX "requests_history_order_idx" ON "requests_history" USING btree ("_order");
  CREATE INDEX "requests_history_parent_id_idx" ON "requests_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "requests_tracking_code_idx" ON "requests" USING btree ("tracking_code");
  CREATE INDEX "requests_site_idx" ON "requests" USING btree ("site_id");
  CREATE INDEX "requests_unit_idx" ON "requests" USING btree ("unit_id");
  CREATE INDEX "requests_status_idx" ON "requests" USING btree ("status");
  CREATE INDEX "requests_received_day_idx" ON "requests" USING btree ("received_day");
  CREATE INDEX "requests_due_idx" ON "requests" USING btree ("due");
  CREATE INDEX "requests_outcome_idx" ON "requests" USING btree ("outcome");
  CREATE INDEX "requests_ended_day_idx" ON "requests" USING btree ("ended_day");
  CREATE UNIQUE INDEX "requests_replay_key_idx" ON "requests" USING btree ("replay_key");
  CREATE INDEX "requests_updated_at_idx" ON "requests" USING btree ("updated_at");
  CREATE INDEX "requests_created_at_idx" ON "requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_attachments_fk" FOREIGN KEY ("letter_attachments_id") REFERENCES "public"."letter_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_requests_fk" FOREIGN KEY ("requests_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("letters_id");
  CREATE INDEX "payload_locked_documents_rels_letter_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "letters_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_pauses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailbox_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "letters_history" CASCADE;
  DROP TABLE "letters" CASCADE;
  DROP TABLE "letter_attachments" CASCADE;
  DROP TABLE "requests_pauses" CASCADE;
  DROP TABLE "requests_history" CASCADE;
  DROP TABLE "requests" CASCADE;
  DROP TABLE "mailbox_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_letters_fk";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_letter_attachments_fk";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_requests_fk";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'submit', 'withdraw', 'approve', 'return', 'publish', 'unpublish', 'delete', 'login', 'login-failed');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyWebhook', 'sendMail', 'indexForSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyWebhook', 'sendMail', 'indexForSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_letters_id_idx";
  DROP INDEX "payload_locked_documents_rels_letter_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_requests_id_idx";
  ALTER TABLE "tenants" DROP COLUMN "mailbox";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "letters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "letter_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "requests_id";
  DROP TYPE "public"."enum_letters_history_action";
  DROP TYPE "public"."enum_letters_category";
  DROP TYPE "public"."enum_letters_status";
  DROP TYPE "public"."enum_letters_rating";
  DROP TYPE "public"."enum_letters_verification";
  DROP TYPE "public"."enum_requests_history_step";
  DROP TYPE "public"."enum_requests_applicant_kind";
  DROP TYPE "public"."enum_requests_form";
  DROP TYPE "public"."enum_requests_delivery";
  DROP TYPE "public"."enum_requests_channel";
  DROP TYPE "public"."enum_requests_status";
  DROP TYPE "public"."enum_requests_regime";
  DROP TYPE "public"."enum_requests_fee_method";
  DROP TYPE "public"."enum_requests_outcome";
  DROP TYPE "public"."enum_requests_verification";`)
}
