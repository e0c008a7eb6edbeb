CREATE TABLE "renewal_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"engagement_id" uuid NOT NULL,
	"ends_on" date NOT NULL,
	"milestone" integer NOT NULL,
	"task_id" uuid,
	"sent_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement" ADD COLUMN "contact_cadence_days" integer DEFAULT 45 NOT NULL;--> statement-breakpoint
ALTER TABLE "renewal_reminder" ADD CONSTRAINT "renewal_reminder_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renewal_reminder" ADD CONSTRAINT "renewal_reminder_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renewal_reminder" ADD CONSTRAINT "renewal_reminder_task_id_engagement_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."engagement_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "renewal_reminder_key_idx" ON "renewal_reminder" USING btree ("engagement_id","ends_on","milestone");--> statement-breakpoint
CREATE INDEX "renewal_reminder_org_idx" ON "renewal_reminder" USING btree ("organization_id","sent_on");