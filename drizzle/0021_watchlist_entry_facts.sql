ALTER TABLE "watchlist_entity" ADD COLUMN "birth_dates" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "watchlist_entity" ADD COLUMN "identifiers" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "watchlist_staging" ADD COLUMN "birth_dates" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "watchlist_staging" ADD COLUMN "identifiers" text[] DEFAULT '{}' NOT NULL;