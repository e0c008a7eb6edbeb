ALTER TABLE "screening" ADD COLUMN "watchlist_check" jsonb;--> statement-breakpoint
ALTER TABLE "screening_batch" ADD COLUMN "checked" jsonb;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD COLUMN "score" real;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD COLUMN "threshold" real;--> statement-breakpoint
ALTER TABLE "watchlist_judgement" ADD COLUMN "engine" text;