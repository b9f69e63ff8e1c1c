CREATE INDEX "assessment_results_taken_idx" ON "assessment_results" USING btree ("taken_at");--> statement-breakpoint
CREATE INDEX "enrollments_program_started_idx" ON "enrollments" USING btree ("program_id","started_at");--> statement-breakpoint
CREATE INDEX "session_logs_ended_idx" ON "session_logs" USING btree ("ended_at","enrollment_id","phase_key","completed");