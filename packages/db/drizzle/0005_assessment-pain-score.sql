ALTER TABLE "assessment_results" ADD COLUMN "pain_score" real;--> statement-breakpoint
-- Knee pain of a check-in, stored with it so the admin analytics never unpack `values`: the mean
-- of the check-in's values (0–10) on the items that the enrolment's program version defines as
-- pain items of that assessment; null when there are none. Published versions are immutable
-- (0004), so a stored score never goes stale. One definition, used by the backfill below and by
-- the trigger for every row written after it.
CREATE FUNCTION "assessment_pain_score"("enrollment" uuid, "assessment" text, "result_values" jsonb)
RETURNS real LANGUAGE sql STABLE AS $$
  SELECT avg((v.value->>'value')::float8)::real
  FROM jsonb_array_elements("result_values") AS v(value)
  WHERE v.value->>'itemKey' IN (
    SELECT jsonb_array_elements_text(jsonb_path_query_array(pv."document",
      '$.assessments[*] ? (@.key == $key).items[*] ? (@.kind == "pain").key',
      jsonb_build_object('key', "assessment")))
    FROM "public"."enrollments" e
    JOIN "public"."program_versions" pv ON pv."id" = e."program_version_id"
    WHERE e."id" = "enrollment")
$$;--> statement-breakpoint
UPDATE "assessment_results"
SET "pain_score" = "assessment_pain_score"("enrollment_id", "assessment_key", "values");--> statement-breakpoint
-- Set on every insert, and again whenever a row's inputs (or the score itself) are written, so
-- whatever the application passes, the stored score follows the definition above.
CREATE FUNCTION "assessment_results_set_pain_score"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."pain_score" := "public"."assessment_pain_score"(NEW."enrollment_id", NEW."assessment_key", NEW."values");
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "assessment_results_pain_score"
  BEFORE INSERT OR UPDATE OF "enrollment_id", "assessment_key", "values", "pain_score" ON "assessment_results"
  FOR EACH ROW EXECUTE FUNCTION "assessment_results_set_pain_score"();--> statement-breakpoint
-- The analytics read scored re-tests and baselines from these two indexes alone; the plain
-- taken_at index of 0003 served only them.
DROP INDEX "assessment_results_taken_idx";--> statement-breakpoint
CREATE INDEX "assessment_results_retest_pain_idx" ON "assessment_results" USING btree ("taken_at","enrollment_id","phase_key","pain_score") WHERE "assessment_results"."phase_key" is not null and "assessment_results"."pain_score" is not null;--> statement-breakpoint
CREATE INDEX "assessment_results_baseline_pain_idx" ON "assessment_results" USING btree ("enrollment_id","taken_at","pain_score") WHERE "assessment_results"."phase_key" is null and "assessment_results"."pain_score" is not null;
