-- The ledger's invariants, kept by the database itself so that no code path can break them.
--
-- 1. Transfers are immutable: corrections are new transfers, never edits.
CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_transfers_no_change BEFORE UPDATE OR DELETE ON ledger_transfers
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transfers_no_truncate BEFORE TRUNCATE ON ledger_transfers
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE ON ledger_accounts
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_accounts_no_truncate BEFORE TRUNCATE ON ledger_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
-- A post, void or expire names an earlier transfer of this table.
ALTER TABLE ledger_transfers ADD CONSTRAINT ledger_transfers_pending_fk FOREIGN KEY (pending_id) REFERENCES ledger_transfers (id);
--> statement-breakpoint
-- 2. Balances move only through transfers: an account starts at zero, its ledger and rule never
--    change, and its four balances change only inside ledger_apply_transfers below.
CREATE OR REPLACE FUNCTION ledger_accounts_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.debits_pending <> 0 OR NEW.debits_posted <> 0 OR NEW.credits_pending <> 0 OR NEW.credits_posted <> 0 OR NEW.last_transfer_at IS NOT NULL THEN
      RAISE EXCEPTION 'an account opens with zero balances' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.id <> OLD.id OR NEW.ledger <> OLD.ledger OR NEW.rule <> OLD.rule THEN
    RAISE EXCEPTION 'an account''s id, ledger and balance rule never change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Only ledger_apply_transfers may move balances: it runs as a trigger (so this guard runs one
  -- level deeper) and marks its own update; a session setting the mark by hand is still refused.
  IF (NEW.debits_pending, NEW.debits_posted, NEW.credits_pending, NEW.credits_posted, NEW.last_transfer_at)
       IS DISTINCT FROM (OLD.debits_pending, OLD.debits_posted, OLD.credits_pending, OLD.credits_posted, OLD.last_transfer_at)
     AND (coalesce(current_setting('pujiang.ledger_apply', true), '') <> 'on' OR pg_trigger_depth() < 2) THEN
    RAISE EXCEPTION 'balances move only through transfers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_accounts_guard BEFORE INSERT OR UPDATE ON ledger_accounts
  FOR EACH ROW EXECUTE FUNCTION ledger_accounts_guard();
--> statement-breakpoint
-- 3. Every inserted statement of transfers is checked and applied to the balances at once:
--    resolutions must match their pending transfer (same accounts and ledger, release exactly its
--    amount, post no more than it and only before its timeout, expire only after it); both
--    accounts must be open and on the transfer's ledger; accounts are locked in id order (so two
--    writers never deadlock), and the balances move by the statement's sums. The accounts'
--    CHECK constraints then refuse any balance rule the new balances would break.
CREATE OR REPLACE FUNCTION ledger_apply_transfers() RETURNS trigger AS $$
DECLARE
  bad record;
BEGIN
  SELECT n.id, n.pending_id INTO bad
    FROM new_transfers n
    LEFT JOIN ledger_transfers p ON p.id = n.pending_id
   WHERE n.pending_id IS NOT NULL
     AND (p.id IS NULL OR p.kind <> 'pending'
          OR p.debit_account_id <> n.debit_account_id OR p.credit_account_id <> n.credit_account_id
          OR p.ledger <> n.ledger OR n.released <> p.amount
          OR (n.kind = 'post' AND (n.amount > p.amount OR (p.timeout_at IS NOT NULL AND n.created_at >= p.timeout_at)))
          OR (n.kind = 'void' AND n.amount <> p.amount)
          OR (n.kind = 'expire' AND (n.amount <> p.amount OR p.timeout_at IS NULL OR n.created_at < p.timeout_at)))
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'transfer % may not resolve pending transfer % this way', bad.id, bad.pending_id USING ERRCODE = 'check_violation';
  END IF;
  SELECT n.id INTO bad
    FROM new_transfers n
    JOIN ledger_accounts d ON d.id = n.debit_account_id
    JOIN ledger_accounts c ON c.id = n.credit_account_id
   WHERE d.ledger <> n.ledger OR c.ledger <> n.ledger OR ((d.closed OR c.closed) AND n.kind IN ('single', 'pending'))
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'transfer % names an account of another ledger or a closed account', bad.id USING ERRCODE = 'check_violation';
  END IF;
  PERFORM 1 FROM ledger_accounts
    WHERE id IN (SELECT debit_account_id FROM new_transfers UNION SELECT credit_account_id FROM new_transfers)
    ORDER BY id FOR UPDATE;
  -- History only moves forward: no transfer is stamped before its accounts' latest one, so the
  -- balances as of any instant are balances that really were.
  SELECT n.id INTO bad
    FROM new_transfers n
    JOIN ledger_accounts a ON a.id IN (n.debit_account_id, n.credit_account_id)
   WHERE n.created_at < a.last_transfer_at
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'transfer % is stamped before the latest transfer of its accounts', bad.id USING ERRCODE = 'check_violation';
  END IF;
  PERFORM set_config('pujiang.ledger_apply', 'on', true);
  UPDATE ledger_accounts a
     SET debits_pending = a.debits_pending + s.dpend,
         debits_posted = a.debits_posted + s.dpost,
         credits_pending = a.credits_pending + s.cpend,
         credits_posted = a.credits_posted + s.cpost,
         last_transfer_at = greatest(a.last_transfer_at, s.last_at)
    FROM (
      SELECT id, sum(dpend)::bigint AS dpend, sum(dpost)::bigint AS dpost, sum(cpend)::bigint AS cpend, sum(cpost)::bigint AS cpost,
             max(created_at) AS last_at
        FROM (
          SELECT debit_account_id AS id,
                 (CASE WHEN kind = 'pending' THEN amount ELSE 0 END) - released AS dpend,
                 CASE WHEN kind IN ('single', 'post') THEN amount ELSE 0 END AS dpost,
                 0::bigint AS cpend, 0::bigint AS cpost, created_at
            FROM new_transfers
          UNION ALL
          SELECT credit_account_id,
                 0::bigint, 0::bigint,
                 (CASE WHEN kind = 'pending' THEN amount ELSE 0 END) - released,
                 CASE WHEN kind IN ('single', 'post') THEN amount ELSE 0 END,
                 created_at
            FROM new_transfers
        ) x
       GROUP BY id
    ) s
   WHERE a.id = s.id;
  PERFORM set_config('pujiang.ledger_apply', 'off', true);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_transfers_apply AFTER INSERT ON ledger_transfers
  REFERENCING NEW TABLE AS new_transfers
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_apply_transfers();
--> statement-breakpoint
-- 4. An answered idempotency key never changes (old keys may be pruned).
CREATE OR REPLACE FUNCTION idempotency_keys_guard() RETURNS trigger AS $$
BEGIN
  IF OLD.result IS NOT NULL THEN
    RAISE EXCEPTION 'an answered idempotency key never changes' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER idempotency_keys_guard BEFORE UPDATE ON idempotency_keys
  FOR EACH ROW EXECUTE FUNCTION idempotency_keys_guard();
