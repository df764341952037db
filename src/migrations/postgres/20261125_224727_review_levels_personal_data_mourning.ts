import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_tenants_review_levels" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum_mourning_periods_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_mourning_periods_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_mourning_periods_scope" AS ENUM('group', 'sites');
  CREATE TABLE "tenants_review_policy_disclosures_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "tenants_review_policy_articles_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "users_tenants_review_levels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_tenants_review_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "disclosures_review_intended_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" varchar,
  	"masked" varchar,
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_disclosures_v_version_review_intended_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" varchar,
  	"masked" varchar,
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "articles_review_intended_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" varchar,
  	"masked" varchar,
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_articles_v_version_review_intended_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" varchar,
  	"masked" varchar,
  	"by_id" varchar,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "mourning_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_mourning_periods_startsat_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"endsat_tz" "enum_mourning_periods_endsat_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"scope" "enum_mourning_periods_scope" DEFAULT 'group' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mourning_periods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tenants_id" integer
  );
  
  ALTER TABLE "disclosures_review_history" ADD COLUMN "level" numeric;
  ALTER TABLE "disclosures" ADD COLUMN "review_level" numeric;
  ALTER TABLE "disclosures" ADD COLUMN "review_levels" numeric;
  ALTER TABLE "disclosures" ADD COLUMN "review_level_name" varchar;
  ALTER TABLE "_disclosures_v_version_review_history" ADD COLUMN "level" numeric;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_review_level" numeric;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_review_levels" numeric;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_review_level_name" varchar;
  ALTER TABLE "articles_review_history" ADD COLUMN "level" numeric;
  ALTER TABLE "articles" ADD COLUMN "review_level" numeric;
  ALTER TABLE "articles" ADD COLUMN "review_levels" numeric;
  ALTER TABLE "articles" ADD COLUMN "review_level_name" varchar;
  ALTER TABLE "_articles_v_version_review_history" ADD COLUMN "level" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_level" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_levels" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_level_name" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mourning_periods_id" integer;
  ALTER TABLE "tenants_review_policy_disclosures_levels" ADD CONSTRAINT "tenants_review_policy_disclosures_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_review_policy_articles_levels" ADD CONSTRAINT "tenants_review_policy_articles_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants_review_levels" ADD CONSTRAINT "users_tenants_review_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_review_intended_data" ADD CONSTRAINT "disclosures_review_intended_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_review_intended_data" ADD CONSTRAINT "_disclosures_v_version_review_intended_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_review_intended_data" ADD CONSTRAINT "articles_review_intended_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_intended_data" ADD CONSTRAINT "_articles_v_version_review_intended_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mourning_periods_rels" ADD CONSTRAINT "mourning_periods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mourning_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mourning_periods_rels" ADD CONSTRAINT "mourning_periods_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_review_policy_disclosures_levels_order_idx" ON "tenants_review_policy_disclosures_levels" USING btree ("_order");
  CREATE INDEX "tenants_review_policy_disclosures_levels_parent_id_idx" ON "tenants_review_policy_disclosures_levels" USING btree ("_parent_id");
  CREATE INDEX "tenants_review_policy_articles_levels_order_idx" ON "tenants_review_policy_articles_levels" USING btree ("_order");
  CREATE INDEX "tenants_review_policy_articles_levels_parent_id_idx" ON "tenants_review_policy_articles_levels" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_review_levels_order_idx" ON "users_tenants_review_levels" USING btree ("order");
  CREATE INDEX "users_tenants_review_levels_parent_idx" ON "users_tenants_review_levels" USING btree ("parent_id");
  CREATE INDEX "disclosures_review_intended_data_order_idx" ON "disclosures_review_intended_data" USING btree ("_order");
  CREATE INDEX "disclosures_review_intended_data_parent_id_idx" ON "disclosures_review_intended_data" USING btree ("_parent_id");
  CREATE INDEX "_disclosures_v_version_review_intended_data_order_idx" ON "_disclosures_v_version_review_intended_data" USING btree ("_order");
  CREATE INDEX "_disclosures_v_version_review_intended_data_parent_id_idx" ON "_disclosures_v_version_review_intended_data" USING btree ("_parent_id");
  CREATE INDEX "articles_review_intended_data_order_idx" ON "articles_review_intended_data" USING btree ("_order");
  CREATE INDEX "articles_review_intended_data_parent_id_idx" ON "articles_review_intended_data" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_intended_data_order_idx" ON "_articles_v_version_review_intended_data" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_intended_data_parent_id_idx" ON "_articles_v_version_review_intended_data" USING btree ("_parent_id");
  CREATE INDEX "mourning_periods_starts_at_idx" ON "mourning_periods" USING btree ("starts_at");
  CREATE INDEX "mourning_periods_ends_at_idx" ON "mourning_periods" USING btree ("ends_at");
  CREATE INDEX "mourning_periods_updated_at_idx" ON "mourning_periods" USING btree ("updated_at");
  CREATE INDEX "mourning_periods_created_at_idx" ON "mourning_periods" USING btree ("created_at");
  CREATE INDEX "mourning_periods_rels_order_idx" ON "mourning_periods_rels" USING btree ("order");
  CREATE INDEX "mourning_periods_rels_parent_idx" ON "mourning_periods_rels" USING btree ("parent_id");
  CREATE INDEX "mourning_periods_rels_path_idx" ON "mourning_periods_rels" USING btree ("path");
  CREATE INDEX "mourning_periods_rels_tenants_id_idx" ON "mourning_periods_rels" USING btree ("tenants_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mourning_periods_fk" FOREIGN KEY ("mourning_periods_id") REFERENCES "public"."mourning_periods"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mourning_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("mourning_periods_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tenants_review_policy_disclosures_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenants_review_policy_articles_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_tenants_review_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures_review_intended_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v_version_review_intended_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_review_intended_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_review_intended_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mourning_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mourning_periods_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tenants_review_policy_disclosures_levels" CASCADE;
  DROP TABLE "tenants_review_policy_articles_levels" CASCADE;
  DROP TABLE "users_tenants_review_levels" CASCADE;
  DROP TABLE "disclosures_review_intended_data" CASCADE;
  DROP TABLE "_disclosures_v_version_review_intended_data" CASCADE;
  DROP TABLE "articles_review_intended_data" CASCADE;
  DROP TABLE "_articles_v_version_review_intended_data" CASCADE;
  DROP TABLE "mourning_periods" CASCADE;
  DROP TABLE "mourning_periods_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mourning_periods_fk";
  
  DROP INDEX "payload_locked_documents_rels_mourning_periods_id_idx";
  ALTER TABLE "disclosures_review_history" DROP COLUMN "level";
  ALTER TABLE "disclosures" DROP COLUMN "review_level";
  ALTER TABLE "disclosures" DROP COLUMN "review_levels";
  ALTER TABLE "disclosures" DROP COLUMN "review_level_name";
  ALTER TABLE "_disclosures_v_version_review_history" DROP COLUMN "level";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_review_level";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_review_levels";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_review_level_name";
  ALTER TABLE "articles_review_history" DROP COLUMN "level";
  ALTER TABLE "articles" DROP COLUMN "review_level";
  ALTER TABLE "articles" DROP COLUMN "review_levels";
  ALTER TABLE "articles" DROP COLUMN "review_level_name";
  ALTER TABLE "_articles_v_version_review_history" DROP COLUMN "level";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_level";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_levels";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_level_name";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mourning_periods_id";
  DROP TYPE "public"."enum_users_tenants_review_levels";
  DROP TYPE "public"."enum_mourning_periods_startsat_tz";
  DROP TYPE "public"."enum_mourning_periods_endsat_tz";
  DROP TYPE "public"."enum_mourning_periods_scope";`)
}
