CREATE TABLE "compute_allocation_requests" (
	"application_id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"gpu_class" text,
	"gpu_hours_per_month" integer NOT NULL,
	"max_concurrent_gpus" integer NOT NULL,
	"months" integer NOT NULL,
	"voucher_id" text,
	"updated_by" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compute_allocation_requests_positive" CHECK ("compute_allocation_requests"."gpu_hours_per_month" >= 0 and "compute_allocation_requests"."max_concurrent_gpus" >= 0 and "compute_allocation_requests"."months" >= 1)
);
--> statement-breakpoint
ALTER TABLE "compute_allocation_requests" ADD CONSTRAINT "compute_allocation_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocation_requests" ADD CONSTRAINT "compute_allocation_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocation_requests" ADD CONSTRAINT "compute_allocation_requests_voucher_id_ledger_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."ledger_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocation_requests" ADD CONSTRAINT "compute_allocation_requests_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compute_allocation_requests_project_idx" ON "compute_allocation_requests" USING btree ("project_id");