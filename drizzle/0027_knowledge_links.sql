CREATE TABLE "knowledge_link" (
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	CONSTRAINT "knowledge_link_from_id_to_id_pk" PRIMARY KEY("from_id","to_id")
);
--> statement-breakpoint
ALTER TABLE "knowledge_link" ADD CONSTRAINT "knowledge_link_from_id_knowledge_item_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."knowledge_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_link" ADD CONSTRAINT "knowledge_link_to_id_knowledge_item_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."knowledge_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_link_to_idx" ON "knowledge_link" USING btree ("to_id");--> statement-breakpoint
-- The links items already have, from their text (as the repository's syncLinks records them on every write).
INSERT INTO "knowledge_link" ("from_id", "to_id")
SELECT DISTINCT k.id, t.id
FROM "knowledge_item" k
CROSS JOIN LATERAL regexp_matches(k.body, '\]\(\s*<?/knowledge/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})', 'g') AS m
JOIN "knowledge_item" t ON t.id = lower(m[1])::uuid
WHERE t.id <> k.id
ON CONFLICT DO NOTHING;
