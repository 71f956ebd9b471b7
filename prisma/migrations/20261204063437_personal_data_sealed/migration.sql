-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "caseSealed" BYTEA,
ADD COLUMN     "dataKey" BYTEA,
ALTER COLUMN "case" DROP NOT NULL;

-- Hand-written (docs/decisions/012-personal-data-at-rest.md): the history tables stay
-- append-only, with one exception the start-up step needs to seal notes written before
-- sealing existed: a note may go from clear text to sealed text ("enc1:" prefix), with every
-- other column unchanged. No other edit, nor sealing a sealed note again, gets through.
CREATE OR REPLACE FUNCTION "reject_status_event_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.note IS NOT NULL AND OLD.note NOT LIKE 'enc1:%' AND NEW.note LIKE 'enc1:%'
       AND (to_jsonb(NEW) - 'note') = (to_jsonb(OLD) - 'note') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'StatusEvent is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a new event instead.';
END;
$$;

CREATE OR REPLACE FUNCTION "reject_audit_event_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF jsonb_typeof(OLD.detail -> 'note') = 'string'
       AND OLD.detail ->> 'note' NOT LIKE 'enc1:%' AND NEW.detail ->> 'note' LIKE 'enc1:%'
       AND (NEW.detail - 'note') = (OLD.detail - 'note')
       AND (to_jsonb(NEW) - 'detail') = (to_jsonb(OLD) - 'detail') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a new event instead.';
END;
$$;
