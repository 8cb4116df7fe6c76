CREATE TABLE "application_events" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" text,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_links" (
	"application_id" text NOT NULL,
	"linked_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_links_application_id_linked_id_pk" PRIMARY KEY("application_id","linked_id"),
	CONSTRAINT "application_links_not_self" CHECK ("application_links"."application_id" <> "application_links"."linked_id")
);
--> statement-breakpoint
CREATE TABLE "application_members" (
	"application_id" text NOT NULL,
	"email" text NOT NULL,
	"person_id" text,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"orcid" text,
	"invited_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp (3) with time zone,
	CONSTRAINT "application_members_application_id_email_pk" PRIMARY KEY("application_id","email"),
	CONSTRAINT "application_members_orcid" CHECK ("application_members"."orcid" is null or "application_members"."orcid" ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$')
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" text PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"number" text,
	"title" text DEFAULT '' NOT NULL,
	"abstract" text DEFAULT '' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"pi_id" text NOT NULL,
	"org_id" text,
	"form_template_id" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"panel_id" text,
	"grade" double precision,
	"revision" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"withdrawn_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_staff" (
	"org_id" text NOT NULL,
	"person_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_staff_org_id_person_id_role_pk" PRIMARY KEY("org_id","person_id","role"),
	CONSTRAINT "call_staff_role_known" CHECK ("call_staff"."role" in ('manager', 'director'))
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_org_id" text NOT NULL,
	"desk" text NOT NULL,
	"scope_ref" text,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"track" text NOT NULL,
	"mode" text NOT NULL,
	"opens_at" timestamp (3) with time zone NOT NULL,
	"closes_at" timestamp (3) with time zone,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"form_template_id" text NOT NULL,
	"stages" jsonb NOT NULL,
	"award" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_window" CHECK ("calls"."mode" = 'continuous' or ("calls"."closes_at" is not null and "calls"."closes_at" > "calls"."opens_at"))
);
--> statement-breakpoint
CREATE TABLE "conflict_declarations" (
	"application_id" text NOT NULL,
	"person_id" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflict_declarations_application_id_person_id_pk" PRIMARY KEY("application_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"application_id" text PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"award" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"decided_by" text NOT NULL,
	"decided_at" timestamp (3) with time zone NOT NULL,
	"letter_id" text,
	CONSTRAINT "decisions_outcome_known" CHECK ("decisions"."outcome" in ('awarded', 'partial', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "form_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"questions" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_members" (
	"panel_id" text NOT NULL,
	"person_id" text NOT NULL,
	"role" text NOT NULL,
	"expertise" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_members_panel_id_person_id_pk" PRIMARY KEY("panel_id","person_id"),
	CONSTRAINT "panel_members_role_known" CHECK ("panel_members"."role" in ('chair', 'reviewer'))
);
--> statement-breakpoint
CREATE TABLE "panels" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_org_id" text NOT NULL,
	"scope_ref" text,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"stage" text NOT NULL,
	"reviewer_id" text NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"grade" smallint,
	"comments" text,
	"assigned_by" text,
	"assigned_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	CONSTRAINT "review_assignments_grade" CHECK ("review_assignments"."grade" is null or "review_assignments"."grade" between 1 and 5),
	CONSTRAINT "review_assignments_submitted" CHECK ("review_assignments"."status" <> 'submitted' or "review_assignments"."grade" is not null)
);
--> statement-breakpoint
CREATE TABLE "beamtime_awards" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"cycle_id" text NOT NULL,
	"station_id" text NOT NULL,
	"shifts" integer NOT NULL,
	"environment_id" text,
	"grade" double precision,
	"rank" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beamtime_awards_shifts" CHECK ("beamtime_awards"."shifts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "beamtime_requests" (
	"application_id" text NOT NULL,
	"station_id" text NOT NULL,
	"shifts" integer NOT NULL,
	"environment_id" text,
	"note" text,
	CONSTRAINT "beamtime_requests_application_id_station_id_pk" PRIMARY KEY("application_id","station_id"),
	CONSTRAINT "beamtime_requests_shifts" CHECK ("beamtime_requests"."shifts" between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "calendar_periods" (
	"id" text PRIMARY KEY NOT NULL,
	"cycle_id" text NOT NULL,
	"station_id" text,
	"kind" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_periods_span" CHECK ("calendar_periods"."ends_at" > "calendar_periods"."starts_at"),
	CONSTRAINT "calendar_periods_kind" CHECK ("calendar_periods"."kind" in ('user', 'machine_development', 'maintenance', 'shutdown'))
);
--> statement-breakpoint
CREATE TABLE "experiment_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"experiment_id" text NOT NULL,
	"person_id" text NOT NULL,
	"arrives_on" text NOT NULL,
	"leaves_on" text NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"award_id" text NOT NULL,
	"cycle_id" text NOT NULL,
	"station_id" text NOT NULL,
	"scheduled_start" timestamp (3) with time zone NOT NULL,
	"scheduled_end" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"safety_approved_by" text,
	"safety_approved_at" timestamp (3) with time zone,
	"started_at" timestamp (3) with time zone,
	"ended_at" timestamp (3) with time zone,
	"lost_hours" double precision DEFAULT 0 NOT NULL,
	"lost_reason" text,
	"report" text,
	"report_submitted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experiments_started_after_safety" CHECK ("experiments"."started_at" is null or "experiments"."safety_approved_at" is not null),
	CONSTRAINT "experiments_lost" CHECK ("experiments"."lost_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "facility_cycles" (
	"id" text PRIMARY KEY NOT NULL,
	"facility_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"shift_hours" integer DEFAULT 8 NOT NULL,
	"changeover_shifts" integer DEFAULT 1 NOT NULL,
	"award_multiple" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'planning' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_cycles_span" CHECK ("facility_cycles"."ends_at" > "facility_cycles"."starts_at"),
	CONSTRAINT "facility_cycles_shift" CHECK ("facility_cycles"."shift_hours" between 1 and 24 and "facility_cycles"."changeover_shifts" >= 0 and "facility_cycles"."award_multiple" >= 1)
);
--> statement-breakpoint
CREATE TABLE "facility_proposals" (
	"application_id" text PRIMARY KEY NOT NULL,
	"facility_id" text NOT NULL,
	"cycle_id" text NOT NULL,
	"route" text NOT NULL,
	"samples" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"safety_declared_at" timestamp (3) with time zone,
	"safety_declared_by" text,
	"preferred_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"impossible_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feasibility_reviews" (
	"application_id" text NOT NULL,
	"station_id" text NOT NULL,
	"scientist_id" text NOT NULL,
	"verdict" text NOT NULL,
	"shifts_needed" integer NOT NULL,
	"comments" text,
	"submitted_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "feasibility_reviews_application_id_station_id_pk" PRIMARY KEY("application_id","station_id"),
	CONSTRAINT "feasibility_reviews_verdict" CHECK ("feasibility_reviews"."verdict" in ('feasible', 'partly', 'not_feasible')),
	CONSTRAINT "feasibility_reviews_shifts" CHECK ("feasibility_reviews"."shifts_needed" >= 0)
);
--> statement-breakpoint
CREATE TABLE "logbook_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"experiment_id" text NOT NULL,
	"author_id" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"experiment_id" text,
	"kind" text NOT NULL,
	"doi" text,
	"patent_number" text,
	"title" text NOT NULL,
	"venue" text,
	"year" integer,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_kind" CHECK (("outcomes"."kind" = 'publication' and "outcomes"."doi" is not null) or ("outcomes"."kind" = 'patent' and "outcomes"."patent_number" is not null))
);
--> statement-breakpoint
CREATE TABLE "sample_environments" (
	"id" text PRIMARY KEY NOT NULL,
	"facility_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_blocks" (
	"id" text PRIMARY KEY NOT NULL,
	"schedule_id" text NOT NULL,
	"award_id" text NOT NULL,
	"application_id" text NOT NULL,
	"station_id" text NOT NULL,
	"start_shift" integer NOT NULL,
	"shifts" integer NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"environment_id" text,
	"pinned" boolean DEFAULT false NOT NULL,
	CONSTRAINT "schedule_blocks_span" CHECK ("schedule_blocks"."shifts" >= 1 and "schedule_blocks"."start_shift" >= 0 and "schedule_blocks"."ends_at" > "schedule_blocks"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" text PRIMARY KEY NOT NULL,
	"cycle_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"policy" text DEFAULT 'score' NOT NULL,
	"objective" double precision,
	"lp_bound" double precision,
	"gap_pct" double precision,
	"solve_seconds" double precision,
	"greedy_objective" double precision,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	"published_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "station_environments" (
	"station_id" text NOT NULL,
	"environment_id" text NOT NULL,
	CONSTRAINT "station_environments_station_id_environment_id_pk" PRIMARY KEY("station_id","environment_id")
);
--> statement-breakpoint
CREATE TABLE "station_scientists" (
	"station_id" text NOT NULL,
	"person_id" text NOT NULL,
	"role" text DEFAULT 'scientist' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_scientists_station_id_person_id_pk" PRIMARY KEY("station_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_links" ADD CONSTRAINT "application_links_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_links" ADD CONSTRAINT "application_links_linked_id_applications_id_fk" FOREIGN KEY ("linked_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_pi_id_people_id_fk" FOREIGN KEY ("pi_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_form_template_id_form_templates_id_fk" FOREIGN KEY ("form_template_id") REFERENCES "public"."form_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_staff" ADD CONSTRAINT "call_staff_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_staff" ADD CONSTRAINT "call_staff_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_form_template_id_form_templates_id_fk" FOREIGN KEY ("form_template_id") REFERENCES "public"."form_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_templates" ADD CONSTRAINT "form_templates_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_assigned_by_people_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_awards" ADD CONSTRAINT "beamtime_awards_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_awards" ADD CONSTRAINT "beamtime_awards_cycle_id_facility_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."facility_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_awards" ADD CONSTRAINT "beamtime_awards_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_awards" ADD CONSTRAINT "beamtime_awards_environment_id_sample_environments_id_fk" FOREIGN KEY ("environment_id") REFERENCES "public"."sample_environments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_requests" ADD CONSTRAINT "beamtime_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_requests" ADD CONSTRAINT "beamtime_requests_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beamtime_requests" ADD CONSTRAINT "beamtime_requests_environment_id_sample_environments_id_fk" FOREIGN KEY ("environment_id") REFERENCES "public"."sample_environments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_periods" ADD CONSTRAINT "calendar_periods_cycle_id_facility_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."facility_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_periods" ADD CONSTRAINT "calendar_periods_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_visits" ADD CONSTRAINT "experiment_visits_experiment_id_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_visits" ADD CONSTRAINT "experiment_visits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_award_id_beamtime_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."beamtime_awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_cycle_id_facility_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."facility_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_safety_approved_by_people_id_fk" FOREIGN KEY ("safety_approved_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_cycles" ADD CONSTRAINT "facility_cycles_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_proposals" ADD CONSTRAINT "facility_proposals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_proposals" ADD CONSTRAINT "facility_proposals_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_proposals" ADD CONSTRAINT "facility_proposals_cycle_id_facility_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."facility_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_proposals" ADD CONSTRAINT "facility_proposals_safety_declared_by_people_id_fk" FOREIGN KEY ("safety_declared_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feasibility_reviews" ADD CONSTRAINT "feasibility_reviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feasibility_reviews" ADD CONSTRAINT "feasibility_reviews_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feasibility_reviews" ADD CONSTRAINT "feasibility_reviews_scientist_id_people_id_fk" FOREIGN KEY ("scientist_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logbook_entries" ADD CONSTRAINT "logbook_entries_experiment_id_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logbook_entries" ADD CONSTRAINT "logbook_entries_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_experiment_id_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_environments" ADD CONSTRAINT "sample_environments_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_blocks" ADD CONSTRAINT "schedule_blocks_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_blocks" ADD CONSTRAINT "schedule_blocks_award_id_beamtime_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."beamtime_awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_blocks" ADD CONSTRAINT "schedule_blocks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_blocks" ADD CONSTRAINT "schedule_blocks_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_blocks" ADD CONSTRAINT "schedule_blocks_environment_id_sample_environments_id_fk" FOREIGN KEY ("environment_id") REFERENCES "public"."sample_environments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_cycle_id_facility_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."facility_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_published_by_people_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_environments" ADD CONSTRAINT "station_environments_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_environments" ADD CONSTRAINT "station_environments_environment_id_sample_environments_id_fk" FOREIGN KEY ("environment_id") REFERENCES "public"."sample_environments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_scientists" ADD CONSTRAINT "station_scientists_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_scientists" ADD CONSTRAINT "station_scientists_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_app_idx" ON "application_events" USING btree ("application_id","id");--> statement-breakpoint
CREATE INDEX "application_files_app_idx" ON "application_files" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_members_person_idx" ON "application_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_number_uq" ON "applications" USING btree ("number");--> statement-breakpoint
CREATE INDEX "applications_call_idx" ON "applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "applications_pi_idx" ON "applications" USING btree ("pi_id");--> statement-breakpoint
CREATE INDEX "applications_panel_idx" ON "applications" USING btree ("panel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_code_uq" ON "calls" USING btree ("owner_org_id","code");--> statement-breakpoint
CREATE INDEX "calls_scope_idx" ON "calls" USING btree ("desk","scope_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "form_templates_key_version_uq" ON "form_templates" USING btree ("key","version");--> statement-breakpoint
CREATE INDEX "panel_members_person_idx" ON "panel_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "panels_scope_idx" ON "panels" USING btree ("owner_org_id","scope_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "review_assignments_uq" ON "review_assignments" USING btree ("application_id","stage","reviewer_id");--> statement-breakpoint
CREATE INDEX "review_assignments_reviewer_idx" ON "review_assignments" USING btree ("reviewer_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "beamtime_awards_uq" ON "beamtime_awards" USING btree ("application_id","station_id");--> statement-breakpoint
CREATE INDEX "beamtime_awards_cycle_idx" ON "beamtime_awards" USING btree ("cycle_id","station_id");--> statement-breakpoint
CREATE INDEX "beamtime_requests_station_idx" ON "beamtime_requests" USING btree ("station_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_uq" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_person_idx" ON "calendar_feeds" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "calendar_periods_cycle_idx" ON "calendar_periods" USING btree ("cycle_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "experiment_visits_uq" ON "experiment_visits" USING btree ("experiment_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_award_uq" ON "experiments" USING btree ("award_id");--> statement-breakpoint
CREATE INDEX "experiments_station_idx" ON "experiments" USING btree ("station_id","scheduled_start");--> statement-breakpoint
CREATE INDEX "experiments_application_idx" ON "experiments" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "facility_cycles_code_uq" ON "facility_cycles" USING btree ("facility_id","code");--> statement-breakpoint
CREATE INDEX "facility_proposals_cycle_idx" ON "facility_proposals" USING btree ("cycle_id","route");--> statement-breakpoint
CREATE INDEX "logbook_entries_experiment_idx" ON "logbook_entries" USING btree ("experiment_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_doi_uq" ON "outcomes" USING btree ("application_id","doi");--> statement-breakpoint
CREATE INDEX "outcomes_application_idx" ON "outcomes" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sample_environments_code_uq" ON "sample_environments" USING btree ("facility_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_blocks_award_uq" ON "schedule_blocks" USING btree ("schedule_id","award_id");--> statement-breakpoint
CREATE INDEX "schedule_blocks_station_idx" ON "schedule_blocks" USING btree ("schedule_id","station_id","start_shift");--> statement-breakpoint
CREATE UNIQUE INDEX "schedules_version_uq" ON "schedules" USING btree ("cycle_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "schedules_published_uq" ON "schedules" USING btree ("cycle_id") WHERE "schedules"."status" = 'published';--> statement-breakpoint
CREATE INDEX "station_scientists_person_idx" ON "station_scientists" USING btree ("person_id");