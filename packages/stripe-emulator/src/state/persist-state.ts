/**
 * Optional persistence of the emulator state to a JSON file, so a dev restart keeps customers,
 * subscriptions and events. Writes are debounced and atomic (temp file + rename). On load, the
 * values JSON cannot carry are rebuilt: SDK Decimals, and prices shared by reference with items.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import Stripe from "stripe";
import { z } from "zod";

import type { EmulatorState } from "./state";
import { buildPlanFromPrice } from "../objects/catalog";
import { createEmptyState } from "./state";

// The file is written only by this module, so a light shape check is enough to trust it.
const stateFile = z.custom<EmulatorState>(
  (value) =>
    typeof value === "object" && value !== null && "version" in value && value.version === 1,
  "not an emulator state file (version 1)",
);

function toDecimal(value: unknown): Stripe.Decimal | null {
  return typeof value === "string" || typeof value === "number" ? Stripe.Decimal.from(value) : null;
}

function reviveState(loaded: EmulatorState): EmulatorState {
  const empty = createEmptyState();
  const state: EmulatorState = {
    ...empty,
    ...loaded,
    internal: { ...empty.internal, ...loaded.internal },
  };
  for (const price of Object.values(state.prices)) {
    price.unit_amount_decimal =
      price.unit_amount === null ? null : Stripe.Decimal.from(price.unit_amount);
  }
  const shared = (price: Stripe.Price): Stripe.Price => state.prices[price.id] ?? price;
  for (const subscription of Object.values(state.subscriptions)) {
    for (const item of subscription.items.data) {
      item.price = shared(item.price);
      item.plan = buildPlanFromPrice(item.price);
    }
  }
  for (const items of Object.values(state.checkoutLineItems)) {
    for (const item of items) if (item.price) item.price = shared(item.price);
  }
  for (const invoice of Object.values(state.invoices)) {
    for (const line of invoice.lines.data) {
      if (line.pricing)
        line.pricing.unit_amount_decimal = toDecimal(line.pricing.unit_amount_decimal);
    }
  }
  return state;
}

export function loadState(file: string): EmulatorState | null {
  if (!existsSync(file)) return null;
  const parsed = stateFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`Cannot load ${file}: ${parsed.error.message}`);
  return reviveState(parsed.data);
}

export class StateFileWriter {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string,
    private readonly read: () => EmulatorState,
  ) {}

  schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), 50);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.read()));
    renameSync(temp, this.file);
  }
}
