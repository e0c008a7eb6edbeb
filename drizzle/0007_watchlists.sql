CREATE TABLE "screening_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"filename" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "screening_batch_row" (
	"batch_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"row_id" text NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"matches" jsonb,
	CONSTRAINT "screening_batch_row_batch_id_row_no_pk" PRIMARY KEY("batch_id","row_no")
);
--> statement-breakpoint
CREATE TABLE "watchlist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text,
	"name" text NOT NULL,
	"format" text NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"entity_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watchlist_org_name_uq" UNIQUE NULLS NOT DISTINCT("organization_id","name")
);
--> statement-breakpoint
CREATE TABLE "watchlist_entity" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "watchlist_entity_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"watchlist_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"type" text NOT NULL,
	"names" text[] NOT NULL,
	"countries" text[] DEFAULT '{}' NOT NULL,
	"content_hash" text NOT NULL,
	"added_in_version" integer NOT NULL,
	"changed_in_version" integer,
	"removed_in_version" integer,
	CONSTRAINT "watchlist_entity_source_uq" UNIQUE("watchlist_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "watchlist_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text,
	"watchlist_id" uuid,
	"name" text NOT NULL,
	"format" text NOT NULL,
	"version" integer,
	"filename" text NOT NULL,
	"upload" jsonb,
	"status" text DEFAULT 'running' NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"by" text
);
--> statement-breakpoint
CREATE TABLE "watchlist_judgement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"company_id" uuid NOT NULL,
	"watchlist_entity_id" bigint NOT NULL,
	"content_hash" text NOT NULL,
	"verdict" text NOT NULL,
	"note" text,
	"judged_by" text,
	"judged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_staging" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"source_id" text NOT NULL,
	"type" text NOT NULL,
	"names" text[] NOT NULL,
	"countries" text[] NOT NULL,
	"content_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "screening_batch" ADD CONSTRAINT "screening_batch_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_batch" ADD CONSTRAINT "screening_batch_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_batch_row" ADD CONSTRAINT "screening_batch_row_batch_id_screening_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."screening_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist" ADD CONSTRAINT "watchlist_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_entity" ADD CONSTRAINT "watchlist_entity_watchlist_id_watchlist_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlist"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_import" ADD CONSTRAINT "watchlist_import_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_import" ADD CONSTRAINT "watchlist_import_watchlist_id_watchlist_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlist"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_import" ADD CONSTRAINT "watchlist_import_by_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD CONSTRAINT "watchlist_judgement_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD CONSTRAINT "watchlist_judgement_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."company"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD CONSTRAINT "watchlist_judgement_watchlist_entity_id_watchlist_entity_id_fk" FOREIGN KEY ("watchlist_entity_id") REFERENCES "public"."watchlist_entity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD CONSTRAINT "watchlist_judgement_judged_by_user_id_fk" FOREIGN KEY ("judged_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_batch_org_idx" ON "screening_batch" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "watchlist_entity_list_id_idx" ON "watchlist_entity" USING btree ("watchlist_id","id");--> statement-breakpoint
CREATE INDEX "watchlist_import_org_idx" ON "watchlist_import" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "watchlist_judgement_company_idx" ON "watchlist_judgement" USING btree ("organization_id","company_id","watchlist_entity_id","judged_at");