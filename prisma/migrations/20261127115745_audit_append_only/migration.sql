-- Hand-written: Prisma's schema language cannot express triggers, so `migrate dev` never
-- generates (or drops) these; they live only in this migration.

-- docs/rules.md §5: every transition records who, when and why; the audit trail of access to
-- sensitive data must not be rewritten afterwards. The database enforces it, so no code path
-- (nor a hand-typed SQL session) can quietly edit history.
CREATE FUNCTION "reject_audit_event_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a new event instead.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "reject_audit_event_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_audit_event_change"();

-- A status event is never edited. It may disappear only together with its whole application
-- (ON DELETE CASCADE, e.g. purging an abandoned draft): the cascade runs inside the foreign
-- key's own trigger, so this trigger then sees a nesting depth above 1. A DELETE aimed at
-- the history itself runs at depth 1 and is refused.
CREATE FUNCTION "reject_status_event_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'StatusEvent is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a new event instead.';
END;
$$;

CREATE TRIGGER "StatusEvent_append_only"
  BEFORE UPDATE OR DELETE ON "StatusEvent"
  FOR EACH ROW EXECUTE FUNCTION "reject_status_event_change"();
