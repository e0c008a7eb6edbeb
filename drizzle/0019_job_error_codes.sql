ALTER TABLE "screening_batch" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "screening_batch" ADD COLUMN "error_params" jsonb;--> statement-breakpoint
ALTER TABLE "watchlist_import" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "watchlist_import" ADD COLUMN "error_params" jsonb;