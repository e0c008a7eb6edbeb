CREATE TABLE "knowledge_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"item_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "knowledge_file" ADD CONSTRAINT "knowledge_file_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_file" ADD CONSTRAINT "knowledge_file_item_id_knowledge_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_file" ADD CONSTRAINT "knowledge_file_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_file_item_idx" ON "knowledge_file" USING btree ("item_id","created_at");--> statement-breakpoint
CREATE INDEX "knowledge_file_org_idx" ON "knowledge_file" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_slug_idx" ON "network" USING btree ("slug");