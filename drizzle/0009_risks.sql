CREATE TABLE "engagement_risk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"engagement_id" uuid NOT NULL,
	"catalogue_item_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"residual_likelihood" smallint,
	"residual_impact" smallint,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_catalogue_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"key" text,
	"title" text NOT NULL,
	"description" text,
	"suggested_mitigation" text,
	"default_likelihood" smallint,
	"default_impact" smallint,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_mitigation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"risk_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_id" text,
	"review_on" date,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_risk" ADD CONSTRAINT "engagement_risk_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_risk" ADD CONSTRAINT "engagement_risk_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_risk" ADD CONSTRAINT "engagement_risk_catalogue_item_id_risk_catalogue_item_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."risk_catalogue_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_risk" ADD CONSTRAINT "engagement_risk_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_risk" ADD CONSTRAINT "engagement_risk_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_catalogue_item" ADD CONSTRAINT "risk_catalogue_item_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_mitigation" ADD CONSTRAINT "risk_mitigation_risk_id_engagement_risk_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."engagement_risk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_mitigation" ADD CONSTRAINT "risk_mitigation_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_risk_eng_idx" ON "engagement_risk" USING btree ("organization_id","engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_risk_org_status_idx" ON "engagement_risk" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_catalogue_org_key_idx" ON "risk_catalogue_item" USING btree ("organization_id","key");--> statement-breakpoint
CREATE INDEX "risk_catalogue_org_idx" ON "risk_catalogue_item" USING btree ("organization_id","position");--> statement-breakpoint
CREATE INDEX "risk_mitigation_risk_idx" ON "risk_mitigation" USING btree ("risk_id");--> statement-breakpoint
CREATE INDEX "risk_mitigation_review_idx" ON "risk_mitigation" USING btree ("organization_id","review_on");