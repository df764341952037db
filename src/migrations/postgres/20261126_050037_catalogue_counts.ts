import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "catalogue_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"unit" varchar,
  	"kind" varchar,
  	"year" numeric,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "catalogue_counts_id" integer;
  CREATE UNIQUE INDEX "catalogue_counts_key_idx" ON "catalogue_counts" USING btree ("key");
  CREATE INDEX "catalogue_counts_updated_at_idx" ON "catalogue_counts" USING btree ("updated_at");
  CREATE INDEX "catalogue_counts_created_at_idx" ON "catalogue_counts" USING btree ("created_at");
  CREATE INDEX "unit_year_idx" ON "catalogue_counts" USING btree ("unit","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalogue_counts_fk" FOREIGN KEY ("catalogue_counts_id") REFERENCES "public"."catalogue_counts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_catalogue_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("catalogue_counts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "catalogue_counts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "catalogue_counts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_catalogue_counts_fk";
  
  DROP INDEX "payload_locked_documents_rels_catalogue_counts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "catalogue_counts_id";`)
}
