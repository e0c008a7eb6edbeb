CREATE TABLE "activity_contact" (
	"activity_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	CONSTRAINT "activity_contact_activity_id_contact_id_pk" PRIMARY KEY("activity_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "engagement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"company_id" uuid NOT NULL,
	"title" text NOT NULL,
	"modes" text[] DEFAULT '{}' NOT NULL,
	"initiated_by" text,
	"goals" text,
	"money_amount" numeric(14, 2),
	"currency" text,
	"in_kind_description" text,
	"in_kind_value" numeric(14, 2),
	"non_monetary_value" text,
	"owner_id" text,
	"team" text[] DEFAULT '{}' NOT NULL,
	"screening_id" uuid,
	"stage" text DEFAULT 'identified' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_reason" text,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"company_id" uuid NOT NULL,
	"engagement_id" uuid,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"summary" text NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_contact" (
	"engagement_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_contact_engagement_id_contact_id_pk" PRIMARY KEY("engagement_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_flag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"engagement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid,
	"task_id" uuid,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text
);
--> statement-breakpoint
CREATE TABLE "engagement_mode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_stage_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"engagement_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"override_reason" text,
	"ended_reason" text,
	"screening_decision" text
);
--> statement-breakpoint
CREATE TABLE "engagement_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"engagement_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"assignee_id" text,
	"kind" text DEFAULT 'manual' NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"reminded_on" date,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ical_token" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ical_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "activity_contact" ADD CONSTRAINT "activity_contact_activity_id_engagement_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."engagement_activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_contact" ADD CONSTRAINT "activity_contact_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."company"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_activity" ADD CONSTRAINT "engagement_activity_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_activity" ADD CONSTRAINT "engagement_activity_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."company"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_activity" ADD CONSTRAINT "engagement_activity_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_activity" ADD CONSTRAINT "engagement_activity_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_activity" ADD CONSTRAINT "engagement_activity_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_contact" ADD CONSTRAINT "engagement_contact_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_contact" ADD CONSTRAINT "engagement_contact_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_flag" ADD CONSTRAINT "engagement_flag_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_flag" ADD CONSTRAINT "engagement_flag_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_flag" ADD CONSTRAINT "engagement_flag_task_id_engagement_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."engagement_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_flag" ADD CONSTRAINT "engagement_flag_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_mode" ADD CONSTRAINT "engagement_mode_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_stage_change" ADD CONSTRAINT "engagement_stage_change_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_stage_change" ADD CONSTRAINT "engagement_stage_change_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_task" ADD CONSTRAINT "engagement_task_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_task" ADD CONSTRAINT "engagement_task_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_task" ADD CONSTRAINT "engagement_task_assignee_id_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_task" ADD CONSTRAINT "engagement_task_done_by_user_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_task" ADD CONSTRAINT "engagement_task_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_task" ADD CONSTRAINT "engagement_task_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ical_token" ADD CONSTRAINT "ical_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_contact_contact_idx" ON "activity_contact" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "engagement_org_stage_idx" ON "engagement" USING btree ("organization_id","stage");--> statement-breakpoint
CREATE INDEX "engagement_org_company_idx" ON "engagement" USING btree ("organization_id","company_id");--> statement-breakpoint
CREATE INDEX "engagement_org_owner_idx" ON "engagement" USING btree ("organization_id","owner_id");--> statement-breakpoint
CREATE INDEX "engagement_org_updated_idx" ON "engagement" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "engagement_modes_idx" ON "engagement" USING gin ("modes");--> statement-breakpoint
CREATE INDEX "engagement_activity_company_idx" ON "engagement_activity" USING btree ("organization_id","company_id","occurred_on");--> statement-breakpoint
CREATE INDEX "engagement_activity_eng_idx" ON "engagement_activity" USING btree ("engagement_id","occurred_on");--> statement-breakpoint
CREATE INDEX "engagement_contact_contact_idx" ON "engagement_contact" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "engagement_flag_eng_idx" ON "engagement_flag" USING btree ("engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_mode_org_key_idx" ON "engagement_mode" USING btree ("organization_id","key");--> statement-breakpoint
CREATE INDEX "engagement_stage_change_eng_idx" ON "engagement_stage_change" USING btree ("engagement_id","changed_at");--> statement-breakpoint
CREATE INDEX "engagement_task_assignee_idx" ON "engagement_task" USING btree ("organization_id","assignee_id","done","due_on");--> statement-breakpoint
CREATE INDEX "engagement_task_eng_idx" ON "engagement_task" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_task_due_idx" ON "engagement_task" USING btree ("done","due_on");