CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"body_hash" text NOT NULL,
	"status" integer,
	"result" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"ledger" integer NOT NULL,
	"code" text NOT NULL,
	"rule" text DEFAULT 'none' NOT NULL,
	"ref_key" text,
	"org_id" text,
	"name" text NOT NULL,
	"debits_pending" bigint DEFAULT 0 NOT NULL,
	"debits_posted" bigint DEFAULT 0 NOT NULL,
	"credits_pending" bigint DEFAULT 0 NOT NULL,
	"credits_posted" bigint DEFAULT 0 NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"last_transfer_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_nonnegative" CHECK ("ledger_accounts"."debits_pending" >= 0 and "ledger_accounts"."debits_posted" >= 0 and "ledger_accounts"."credits_pending" >= 0 and "ledger_accounts"."credits_posted" >= 0),
	CONSTRAINT "ledger_accounts_rule_known" CHECK ("ledger_accounts"."rule" in ('none', 'debits_must_not_exceed_credits', 'credits_must_not_exceed_debits')),
	CONSTRAINT "ledger_accounts_debits_within_credits" CHECK ("ledger_accounts"."rule" <> 'debits_must_not_exceed_credits' or "ledger_accounts"."debits_pending" + "ledger_accounts"."debits_posted" <= "ledger_accounts"."credits_posted"),
	CONSTRAINT "ledger_accounts_credits_within_debits" CHECK ("ledger_accounts"."rule" <> 'credits_must_not_exceed_debits' or "ledger_accounts"."credits_pending" + "ledger_accounts"."credits_posted" <= "ledger_accounts"."debits_posted")
);
--> statement-breakpoint
CREATE TABLE "ledger_approvals" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"payload" jsonb NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp (3) with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text,
	"transfer_id" text,
	CONSTRAINT "ledger_approvals_two_persons" CHECK ("ledger_approvals"."decided_by" is null or "ledger_approvals"."decided_by" <> "ledger_approvals"."requested_by")
);
--> statement-breakpoint
CREATE TABLE "ledger_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"buyer_org_id" text NOT NULL,
	"contract_no" text NOT NULL,
	"category" text NOT NULL,
	"lines" jsonb NOT NULL,
	"total_fen" bigint NOT NULL,
	"voucher_id" text,
	"program_id" text,
	"subsidy_fen" bigint DEFAULT 0 NOT NULL,
	"own_fen" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"note" text,
	"reserved_until" timestamp (3) with time zone,
	"transfer_ids" text[] DEFAULT '{}' NOT NULL,
	"settlement_id" text,
	"issued_by" text,
	"issued_at" timestamp (3) with time zone NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	"delivered_at" timestamp (3) with time zone,
	"accepted_at" timestamp (3) with time zone,
	"claimed_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"close_reason" text,
	CONSTRAINT "ledger_orders_split" CHECK ("ledger_orders"."subsidy_fen" >= 0 and "ledger_orders"."own_fen" >= 0 and "ledger_orders"."total_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_org_relations" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"related_org_id" text NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_org_relations_distinct" CHECK ("ledger_org_relations"."org_id" <> "ledger_org_relations"."related_org_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_price_items" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"category" text NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"unit_price_fen" bigint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_price_items_price" CHECK ("ledger_price_items"."unit_price_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_programs" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"description" text,
	"budget_fen" bigint NOT NULL,
	"valid_from" timestamp (3) with time zone NOT NULL,
	"valid_to" timestamp (3) with time zone NOT NULL,
	"voucher_days" integer NOT NULL,
	"rate_bp" integer NOT NULL,
	"cap_per_org_year_fen" bigint NOT NULL,
	"eligible_org_kinds" text[] NOT NULL,
	"eligible_categories" text[] NOT NULL,
	"eligible_provider_ids" text[] DEFAULT '{}' NOT NULL,
	"approval_threshold_fen" bigint NOT NULL,
	"delivery_days" integer DEFAULT 90 NOT NULL,
	"budget_account_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_programs_rate" CHECK ("ledger_programs"."rate_bp" between 1 and 10000),
	CONSTRAINT "ledger_programs_validity" CHECK ("ledger_programs"."valid_to" > "ledger_programs"."valid_from"),
	CONSTRAINT "ledger_programs_amounts" CHECK ("ledger_programs"."budget_fen" >= 0 and "ledger_programs"."cap_per_org_year_fen" > 0 and "ledger_programs"."approval_threshold_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_providers" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"categories" text[] NOT NULL,
	"description" text,
	"reason" text,
	"account_id" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_settlements" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"period" text NOT NULL,
	"order_count" integer NOT NULL,
	"subsidy_fen" bigint NOT NULL,
	"own_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"payout_transfer_id" text,
	"created_by" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_transfers_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text,
	"body_hash" text,
	"kind" text NOT NULL,
	"ledger" integer NOT NULL,
	"code" text NOT NULL,
	"debit_account_id" text NOT NULL,
	"credit_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"released" bigint DEFAULT 0 NOT NULL,
	"pending_id" text,
	"timeout_at" timestamp (3) with time zone,
	"chain_id" text,
	"ref_type" text,
	"ref_id" text,
	"memo" text,
	"created_by" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "ledger_transfers_kind_known" CHECK ("ledger_transfers"."kind" in ('single', 'pending', 'post', 'void', 'expire')),
	CONSTRAINT "ledger_transfers_amount_positive" CHECK ("ledger_transfers"."amount" > 0),
	CONSTRAINT "ledger_transfers_accounts_differ" CHECK ("ledger_transfers"."debit_account_id" <> "ledger_transfers"."credit_account_id"),
	CONSTRAINT "ledger_transfers_resolution_shape" CHECK (("ledger_transfers"."kind" in ('post', 'void', 'expire')) = ("ledger_transfers"."pending_id" is not null) and ("ledger_transfers"."kind" in ('post', 'void', 'expire')) = ("ledger_transfers"."released" > 0)),
	CONSTRAINT "ledger_transfers_timeout_shape" CHECK ("ledger_transfers"."timeout_at" is null or "ledger_transfers"."kind" = 'pending')
);
--> statement-breakpoint
CREATE TABLE "ledger_vouchers" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"org_id" text NOT NULL,
	"account_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"reason" text,
	"granted_by" text,
	"granted_at" timestamp (3) with time zone NOT NULL,
	"closed_at" timestamp (3) with time zone,
	CONSTRAINT "ledger_vouchers_amount" CHECK ("ledger_vouchers"."amount_fen" > 0)
);
--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_approvals" ADD CONSTRAINT "ledger_approvals_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_approvals" ADD CONSTRAINT "ledger_approvals_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_orders" ADD CONSTRAINT "ledger_orders_provider_id_ledger_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."ledger_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_orders" ADD CONSTRAINT "ledger_orders_buyer_org_id_organizations_id_fk" FOREIGN KEY ("buyer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_orders" ADD CONSTRAINT "ledger_orders_voucher_id_ledger_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."ledger_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_orders" ADD CONSTRAINT "ledger_orders_program_id_ledger_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."ledger_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_org_relations" ADD CONSTRAINT "ledger_org_relations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_org_relations" ADD CONSTRAINT "ledger_org_relations_related_org_id_organizations_id_fk" FOREIGN KEY ("related_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_price_items" ADD CONSTRAINT "ledger_price_items_provider_id_ledger_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."ledger_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_programs" ADD CONSTRAINT "ledger_programs_budget_account_id_ledger_accounts_id_fk" FOREIGN KEY ("budget_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_programs" ADD CONSTRAINT "ledger_programs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_providers" ADD CONSTRAINT "ledger_providers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_providers" ADD CONSTRAINT "ledger_providers_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_providers" ADD CONSTRAINT "ledger_providers_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_settlements" ADD CONSTRAINT "ledger_settlements_provider_id_ledger_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."ledger_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_settlements" ADD CONSTRAINT "ledger_settlements_payout_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("payout_transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_debit_account_id_ledger_accounts_id_fk" FOREIGN KEY ("debit_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_credit_account_id_ledger_accounts_id_fk" FOREIGN KEY ("credit_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_vouchers" ADD CONSTRAINT "ledger_vouchers_program_id_ledger_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."ledger_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_vouchers" ADD CONSTRAINT "ledger_vouchers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_vouchers" ADD CONSTRAINT "ledger_vouchers_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_pk" ON "idempotency_keys" USING btree ("scope","key");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_ref_uq" ON "ledger_accounts" USING btree ("ref_key");--> statement-breakpoint
CREATE INDEX "ledger_accounts_org_idx" ON "ledger_accounts" USING btree ("org_id","code");--> statement-breakpoint
CREATE INDEX "ledger_approvals_status_idx" ON "ledger_approvals" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "ledger_orders_provider_idx" ON "ledger_orders" USING btree ("provider_id","id");--> statement-breakpoint
CREATE INDEX "ledger_orders_buyer_idx" ON "ledger_orders" USING btree ("buyer_org_id","id");--> statement-breakpoint
CREATE INDEX "ledger_orders_voucher_idx" ON "ledger_orders" USING btree ("voucher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_orders_contract_uq" ON "ledger_orders" USING btree ("provider_id","contract_no") WHERE "ledger_orders"."status" not in ('issued', 'rejected', 'cancelled', 'expired');--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_org_relations_pair_uq" ON "ledger_org_relations" USING btree ("org_id","related_org_id");--> statement-breakpoint
CREATE INDEX "ledger_org_relations_related_idx" ON "ledger_org_relations" USING btree ("related_org_id");--> statement-breakpoint
CREATE INDEX "ledger_price_items_provider_idx" ON "ledger_price_items" USING btree ("provider_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_price_items_sku_uq" ON "ledger_price_items" USING btree ("provider_id","sku") WHERE "ledger_price_items"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_programs_code_uq" ON "ledger_programs" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_providers_org_uq" ON "ledger_providers" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "ledger_providers_status_idx" ON "ledger_providers" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "ledger_settlements_period_idx" ON "ledger_settlements" USING btree ("provider_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transfers_seq_uq" ON "ledger_transfers" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transfers_key_uq" ON "ledger_transfers" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transfers_resolves_uq" ON "ledger_transfers" USING btree ("pending_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_debit_idx" ON "ledger_transfers" USING btree ("debit_account_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_transfers_credit_idx" ON "ledger_transfers" USING btree ("credit_account_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_transfers_ref_idx" ON "ledger_transfers" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_timeout_idx" ON "ledger_transfers" USING btree ("timeout_at") WHERE "ledger_transfers"."kind" = 'pending';--> statement-breakpoint
CREATE INDEX "ledger_vouchers_org_idx" ON "ledger_vouchers" USING btree ("org_id","id");--> statement-breakpoint
CREATE INDEX "ledger_vouchers_program_idx" ON "ledger_vouchers" USING btree ("program_id","id");