CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"summary" text,
	"lead_person_id" text,
	"team_id" text,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compute_allocations" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"org_id" text NOT NULL,
	"gpu_class" text,
	"gpu_hours_per_month" integer NOT NULL,
	"max_concurrent_gpus" integer NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"starts_on" timestamp (3) with time zone NOT NULL,
	"ends_on" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"voucher_id" text,
	"source" text DEFAULT 'operator' NOT NULL,
	"application_id" text,
	"justification" text,
	"requested_by" text,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text,
	"warned_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compute_allocations_positive" CHECK ("compute_allocations"."gpu_hours_per_month" >= 0 and "compute_allocations"."max_concurrent_gpus" >= 0 and "compute_allocations"."weight" >= 1),
	CONSTRAINT "compute_allocations_window" CHECK ("compute_allocations"."ends_on" > "compute_allocations"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "compute_clusters" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"provider_org_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"engine" text NOT NULL,
	"region" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"admission" text DEFAULT 'open' NOT NULL,
	"pools" jsonb NOT NULL,
	"connection" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"observed" jsonb,
	"description" text,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compute_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"cluster_id" text NOT NULL,
	"org_id" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"note" text,
	"requested_by" text,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compute_job_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "compute_job_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"job_id" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"state" text NOT NULL,
	"message" text
);
--> statement-breakpoint
CREATE TABLE "compute_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "compute_jobs_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"array_id" text,
	"array_index" integer,
	"project_id" text NOT NULL,
	"org_id" text NOT NULL,
	"allocation_id" text NOT NULL,
	"submitted_by" text,
	"submitted_via" text DEFAULT 'api' NOT NULL,
	"name" text NOT NULL,
	"command" text,
	"image" text,
	"gpus" integer NOT NULL,
	"gpu_model" text,
	"gpu_class" text,
	"cpus" integer NOT NULL,
	"mem_gb" integer NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"preemptible" boolean DEFAULT false NOT NULL,
	"input_uri" text,
	"output_uri" text,
	"env" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"position" integer,
	"expected_start_at" timestamp (3) with time zone,
	"cluster_id" text,
	"pool" text,
	"external_id" text,
	"order_id" text,
	"max_cost_fen" bigint,
	"voucher_note" text,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"preempt_count" integer DEFAULT 0 NOT NULL,
	"exit_code" integer,
	"message" text,
	"usage" jsonb,
	"charge" jsonb,
	"submitted_at" timestamp (3) with time zone NOT NULL,
	"admitted_at" timestamp (3) with time zone,
	"dispatched_at" timestamp (3) with time zone,
	"started_at" timestamp (3) with time zone,
	"ended_at" timestamp (3) with time zone,
	"metered_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compute_jobs_resources" CHECK ("compute_jobs"."gpus" >= 0 and "compute_jobs"."cpus" >= 1 and "compute_jobs"."mem_gb" >= 1 and "compute_jobs"."time_limit_minutes" >= 1),
	CONSTRAINT "compute_jobs_what" CHECK (("compute_jobs"."command" is not null) <> ("compute_jobs"."image" is not null)),
	CONSTRAINT "compute_jobs_hold_before_dispatch" CHECK ("compute_jobs"."state" in ('pending', 'cancelled') or "compute_jobs"."order_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "compute_usage" (
	"allocation_id" text PRIMARY KEY NOT NULL,
	"usage" double precision DEFAULT 0 NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_person_id_people_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocations" ADD CONSTRAINT "compute_allocations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocations" ADD CONSTRAINT "compute_allocations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocations" ADD CONSTRAINT "compute_allocations_voucher_id_ledger_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."ledger_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocations" ADD CONSTRAINT "compute_allocations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocations" ADD CONSTRAINT "compute_allocations_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_allocations" ADD CONSTRAINT "compute_allocations_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_clusters" ADD CONSTRAINT "compute_clusters_provider_id_ledger_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."ledger_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_clusters" ADD CONSTRAINT "compute_clusters_provider_org_id_organizations_id_fk" FOREIGN KEY ("provider_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_clusters" ADD CONSTRAINT "compute_clusters_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_consents" ADD CONSTRAINT "compute_consents_cluster_id_compute_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."compute_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_consents" ADD CONSTRAINT "compute_consents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_consents" ADD CONSTRAINT "compute_consents_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_consents" ADD CONSTRAINT "compute_consents_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_job_events" ADD CONSTRAINT "compute_job_events_job_id_compute_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."compute_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD CONSTRAINT "compute_jobs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD CONSTRAINT "compute_jobs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD CONSTRAINT "compute_jobs_allocation_id_compute_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."compute_allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD CONSTRAINT "compute_jobs_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD CONSTRAINT "compute_jobs_cluster_id_compute_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."compute_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_jobs" ADD CONSTRAINT "compute_jobs_order_id_ledger_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."ledger_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compute_usage" ADD CONSTRAINT "compute_usage_allocation_id_compute_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."compute_allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_org_code_uq" ON "projects" USING btree ("org_id","code");--> statement-breakpoint
CREATE INDEX "projects_org_idx" ON "projects" USING btree ("org_id","id");--> statement-breakpoint
CREATE INDEX "compute_allocations_project_idx" ON "compute_allocations" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "compute_allocations_org_idx" ON "compute_allocations" USING btree ("org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "compute_clusters_code_uq" ON "compute_clusters" USING btree ("code");--> statement-breakpoint
CREATE INDEX "compute_clusters_provider_idx" ON "compute_clusters" USING btree ("provider_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "compute_consents_uq" ON "compute_consents" USING btree ("cluster_id","org_id");--> statement-breakpoint
CREATE INDEX "compute_consents_org_idx" ON "compute_consents" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "compute_job_events_job_idx" ON "compute_job_events" USING btree ("job_id","id");--> statement-breakpoint
CREATE INDEX "compute_jobs_state_idx" ON "compute_jobs" USING btree ("state","seq");--> statement-breakpoint
CREATE INDEX "compute_jobs_project_idx" ON "compute_jobs" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "compute_jobs_org_idx" ON "compute_jobs" USING btree ("org_id","id");--> statement-breakpoint
CREATE INDEX "compute_jobs_submitter_idx" ON "compute_jobs" USING btree ("submitted_by","id");--> statement-breakpoint
CREATE INDEX "compute_jobs_cluster_idx" ON "compute_jobs" USING btree ("cluster_id","state");--> statement-breakpoint
CREATE INDEX "compute_jobs_array_idx" ON "compute_jobs" USING btree ("array_id","array_index");--> statement-breakpoint
CREATE UNIQUE INDEX "compute_jobs_order_uq" ON "compute_jobs" USING btree ("order_id");