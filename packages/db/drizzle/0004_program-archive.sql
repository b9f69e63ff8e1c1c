ALTER TABLE "programs" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "archived_by" uuid;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_archived_by_users_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Published program versions are immutable: enrolments pin them, and a customer's progress is read
-- against the document they started on. Only published_by may change (users.onDelete set null).
CREATE FUNCTION "program_versions_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Program versions are immutable: version % of program % cannot be deleted', OLD.version, OLD.program_id
      USING ERRCODE = 'integrity_constraint_violation',
        HINT = 'Publish a new version instead; archive the program to take it off the storefront.';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.program_id IS DISTINCT FROM OLD.program_id
    OR NEW.version IS DISTINCT FROM OLD.version
    OR NEW.document IS DISTINCT FROM OLD.document
    OR NEW.changelog IS DISTINCT FROM OLD.changelog
    OR NEW.published_at IS DISTINCT FROM OLD.published_at THEN
    RAISE EXCEPTION 'Program versions are immutable: version % of program % cannot be changed', OLD.version, OLD.program_id
      USING ERRCODE = 'integrity_constraint_violation',
        HINT = 'Publish a new version instead; only published_by may change.';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "program_versions_immutable"
  BEFORE UPDATE OR DELETE ON "program_versions"
  FOR EACH ROW EXECUTE FUNCTION "program_versions_refuse_change"();
