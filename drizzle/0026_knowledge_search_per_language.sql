DROP INDEX "knowledge_item_search_idx";--> statement-breakpoint
CREATE INDEX "knowledge_item_search_en_idx" ON "knowledge_item" USING gin ("search_vector") WHERE language = 'en';--> statement-breakpoint
CREATE INDEX "knowledge_item_search_de_idx" ON "knowledge_item" USING gin ("search_vector") WHERE language = 'de';