CREATE TABLE "screening_answer" (
	"screening_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"criterion_key" text NOT NULL,
	"answer" text NOT NULL,
	"notes" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"carried_over" boolean DEFAULT false NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_answer_screening_id_criterion_key_pk" PRIMARY KEY("screening_id","criterion_key")
);
--> statement-breakpoint
CREATE TABLE "screening_condition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"screening_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"screening_id" uuid NOT NULL,
	"criterion_key" text,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_catalogue_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"network_id" uuid,
	"organization_id" text,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"base_kind" text,
	"base_version_id" uuid,
	"overrides" jsonb,
	"warnings" jsonb,
	"content_hash" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "screening_settings" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"adopted_network_id" uuid,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"excluded_sectors" jsonb,
	"sector_risks" jsonb,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_list_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"list" text NOT NULL,
	"company_name" text NOT NULL,
	"search_name" text NOT NULL,
	"country" text NOT NULL,
	"company_id" uuid,
	"reason" text NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_list_share" (
	"entry_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"mode" text NOT NULL,
	"shared_by" text,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_list_share_entry_id_network_id_pk" PRIMARY KEY("entry_id","network_id")
);
--> statement-breakpoint
ALTER TABLE "screening" ADD COLUMN "override" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "screening" ADD COLUMN "supply_chain" jsonb DEFAULT '{"hasSupplyChain":false,"sourcingCountries":[],"goods":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "screening" ADD COLUMN "signals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "screening" ADD COLUMN "signals_refreshed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "screening" ADD COLUMN "previous_screening_id" uuid;--> statement-breakpoint
ALTER TABLE "screening_answer" ADD CONSTRAINT "screening_answer_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answer" ADD CONSTRAINT "screening_answer_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answer" ADD CONSTRAINT "screening_answer_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_condition" ADD CONSTRAINT "screening_condition_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_condition" ADD CONSTRAINT "screening_condition_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_file" ADD CONSTRAINT "screening_file_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_file" ADD CONSTRAINT "screening_file_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_file" ADD CONSTRAINT "screening_file_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_catalogue_version" ADD CONSTRAINT "screening_catalogue_version_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_catalogue_version" ADD CONSTRAINT "screening_catalogue_version_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_catalogue_version" ADD CONSTRAINT "screening_catalogue_version_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_catalogue_version" ADD CONSTRAINT "screening_catalogue_version_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_settings" ADD CONSTRAINT "screening_settings_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_settings" ADD CONSTRAINT "screening_settings_adopted_network_id_network_id_fk" FOREIGN KEY ("adopted_network_id") REFERENCES "public"."network"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_settings" ADD CONSTRAINT "screening_settings_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_entry" ADD CONSTRAINT "screening_list_entry_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_entry" ADD CONSTRAINT "screening_list_entry_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."company"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_entry" ADD CONSTRAINT "screening_list_entry_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_entry" ADD CONSTRAINT "screening_list_entry_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_share" ADD CONSTRAINT "screening_list_share_entry_id_screening_list_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."screening_list_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_share" ADD CONSTRAINT "screening_list_share_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_share" ADD CONSTRAINT "screening_list_share_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_share" ADD CONSTRAINT "screening_list_share_shared_by_user_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_answer_org_idx" ON "screening_answer" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "screening_condition_screening_idx" ON "screening_condition" USING btree ("organization_id","screening_id");--> statement-breakpoint
CREATE INDEX "screening_condition_due_idx" ON "screening_condition" USING btree ("organization_id","due_on");--> statement-breakpoint
CREATE INDEX "screening_file_screening_idx" ON "screening_file" USING btree ("organization_id","screening_id");--> statement-breakpoint
CREATE INDEX "screening_file_storage_idx" ON "screening_file" USING btree ("organization_id","storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_catalogue_network_version_idx" ON "screening_catalogue_version" USING btree ("network_id","version") WHERE "screening_catalogue_version"."network_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "screening_catalogue_org_version_idx" ON "screening_catalogue_version" USING btree ("organization_id","version") WHERE "screening_catalogue_version"."organization_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "screening_catalogue_network_draft_idx" ON "screening_catalogue_version" USING btree ("network_id") WHERE "screening_catalogue_version"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "screening_catalogue_base_idx" ON "screening_catalogue_version" USING btree ("base_version_id");--> statement-breakpoint
CREATE INDEX "screening_list_entry_org_idx" ON "screening_list_entry" USING btree ("organization_id","list","company_name");--> statement-breakpoint
CREATE INDEX "screening_list_entry_company_idx" ON "screening_list_entry" USING btree ("organization_id","company_id");--> statement-breakpoint
CREATE INDEX "screening_list_share_network_idx" ON "screening_list_share" USING btree ("network_id");--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_catalogue_version_id_screening_catalogue_version_id_fk" FOREIGN KEY ("catalogue_version_id") REFERENCES "public"."screening_catalogue_version"("id") ON DELETE no action ON UPDATE no action;