CREATE TABLE "knowledge_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text,
	"built_in_key" text,
	"network_id" uuid,
	"kind" text DEFAULT 'practice_guide' NOT NULL,
	"scope" text DEFAULT 'private' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"engagement_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reviewed_on" date,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (case when language = 'de' then setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B') else setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B') end) STORED
);
--> statement-breakpoint
CREATE TABLE "knowledge_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"scope" text NOT NULL,
	"tags" text[] NOT NULL,
	"edited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_version" ADD CONSTRAINT "knowledge_version_item_id_knowledge_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_version" ADD CONSTRAINT "knowledge_version_edited_by_user_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_item_org_idx" ON "knowledge_item" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "knowledge_item_scope_idx" ON "knowledge_item" USING btree ("scope","network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_item_built_in_idx" ON "knowledge_item" USING btree ("built_in_key");--> statement-breakpoint
CREATE INDEX "knowledge_item_search_idx" ON "knowledge_item" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "knowledge_item_tags_idx" ON "knowledge_item" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_version_item_idx" ON "knowledge_version" USING btree ("item_id","version");