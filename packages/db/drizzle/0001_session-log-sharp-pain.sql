ALTER TABLE "session_logs" ADD COLUMN "sharp_pain" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "session_logs" ADD COLUMN "stopped_reason" text;