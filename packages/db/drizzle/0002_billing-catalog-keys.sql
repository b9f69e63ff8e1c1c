ALTER TABLE "prices" ADD COLUMN "lookup_key" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "lookup_key" text;--> statement-breakpoint
ALTER TABLE "purchases" ADD COLUMN "price_id" uuid;--> statement-breakpoint
ALTER TABLE "stripe_customers" ADD COLUMN "synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "purchases" ADD CONSTRAINT "purchases_price_id_prices_id_fk" FOREIGN KEY ("price_id") REFERENCES "public"."prices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_lookup_key_unique" UNIQUE("lookup_key");--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_lookup_key_unique" UNIQUE("lookup_key");