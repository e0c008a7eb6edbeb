ALTER TABLE "engagement" ADD COLUMN "publication" text DEFAULT 'confidential' NOT NULL;--> statement-breakpoint
-- Partnerships whose agreement already records the partner's clearance (and is not confidential) start as public.
UPDATE "engagement" SET "publication" = 'public' FROM "agreement" WHERE "agreement"."engagement_id" = "engagement"."id" AND "agreement"."cleared_for_publication" AND NOT "agreement"."confidential";
