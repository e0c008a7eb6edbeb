DROP INDEX "company_org_name_idx";--> statement-breakpoint
DROP INDEX "company_org_updated_idx";--> statement-breakpoint
DROP INDEX "company_org_created_idx";--> statement-breakpoint
CREATE INDEX "company_org_name_idx" ON "company" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "company_org_updated_idx" ON "company" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "company_org_created_idx" ON "company" USING btree ("organization_id","created_at","id");