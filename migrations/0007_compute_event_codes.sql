ALTER TABLE "compute_job_events" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "compute_job_events" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD COLUMN "message_code" text;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD COLUMN "message_params" jsonb;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD COLUMN "unknown_since" timestamp (3) with time zone;