"use client";

/**
 * "Add a price" to a product: a program is sold once (lifetime access), the membership monthly
 * or yearly with an optional free trial. The amount is typed in dollars and cents and sent in
 * cents; typing mistakes are caught here, the rest comes back from the server per field.
 */
import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import { Button, Notice } from "@phasewise/ui";

import type { CatalogProduct } from "./use-products";
import { Select, TextInput } from "~/components/form/inputs";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { newRequestId, parseAmount } from "./price-format";
import { useRefreshProducts } from "./use-products";

const intervals = [
  { value: "month", label: "Every month" },
  { value: "year", label: "Every year" },
] as const;

function parseTrialDays(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export function AddPriceForm(props: { product: CatalogProduct; onDone: () => void }) {
  const { product } = props;
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const id = useId();
  const recurring = product.kind === "membership";
  const [requestId, setRequestId] = useState(newRequestId);
  const [amount, setAmount] = useState("");
  const [interval, setBillingInterval] = useState<"month" | "year">("month");
  const [trialDays, setTrialDays] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const create = useMutation(
    trpc.products.createPrice.mutationOptions({
      onSuccess: async () => {
        setRequestId(newRequestId());
        await refresh();
        props.onDone();
      },
    }),
  );
  const server = fieldErrorsOf(create.error);
  const errors = { ...server, ...local };

  return (
    <form
      aria-label={`Add a price to ${product.name}`}
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const unitAmount = parseAmount(amount);
        const trial = recurring ? parseTrialDays(trialDays) : null;
        const problems: Record<string, string[]> = {};
        if (unitAmount === null) problems.unitAmount = ["Enter an amount such as 79 or 79.00"];
        if (trial === undefined)
          problems.trialDays = ["Enter a whole number of days, or leave empty"];
        setLocal(problems);
        if (unitAmount === null || trial === undefined) return;
        create.mutate({
          id: requestId,
          productId: product.id,
          type: recurring ? "recurring" : "one_time",
          interval: recurring ? interval : null,
          unitAmount,
          trialDays: trial,
        });
      }}
    >
      <p className="font-semibold">Add a price</p>
      {recurring ? (
        <Select
          id={`${id}-interval`}
          label="Billing"
          value={interval}
          choices={intervals}
          errors={errors.interval ?? errors.type}
          onChange={(value) => setBillingInterval(value === "year" ? "year" : "month")}
        />
      ) : (
        <p className="text-sm text-slate-700">
          Billing: one payment for lifetime access
          {product.program ? ` to ${product.program.title}` : ""}.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <TextInput
          id={`${id}-amount`}
          label="Amount (USD)"
          hint="With cents if any, e.g. 79.00. The store sells in US dollars."
          value={amount}
          errors={errors.unitAmount}
          className="w-48"
          onChange={setAmount}
        />
        {recurring && (
          <TextInput
            id={`${id}-trial`}
            label="Free trial (days)"
            hint="Empty for none; first-time members only"
            value={trialDays}
            errors={errors.trialDays}
            className="w-56"
            onChange={setTrialDays}
          />
        )}
      </div>
      {!recurring && errors.type && <Notice tone="danger">{errors.type.join(" ")}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add price"}
        </Button>
        <Button tone="ghost" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
      {create.error && <Notice tone="danger">{create.error.message}</Notice>}
    </form>
  );
}
