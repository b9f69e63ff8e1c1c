"use client";

/**
 * "New product": what it sells (one program for life, or the membership), the program, its
 * name and description. Made in Stripe and here; field errors from the server show next to
 * their inputs. The submission id stays the same until it succeeds, so a retry never duplicates.
 */
import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import { Select } from "~/components/form/inputs";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { newRequestId } from "./price-format";
import { FormActions, ProductTextFields } from "./product-fields";
import { useRefreshProducts } from "./use-products";

const kinds = [
  { value: "program", label: "One program, lifetime access (sold once)" },
  { value: "membership", label: "Membership: every program (subscription)" },
] as const;

export function CreateProductForm(props: {
  programs: readonly { id: string; title: string }[];
  onCreated: (name: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const id = useId();
  const [requestId, setRequestId] = useState(newRequestId);
  const [kind, setKind] = useState<"program" | "membership">("program");
  const [programId, setProgramId] = useState("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const create = useMutation(
    trpc.products.create.mutationOptions({
      onSuccess: async (product) => {
        setRequestId(newRequestId());
        await refresh();
        props.onCreated(product.name);
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  return (
    <form
      aria-labelledby={`${id}-title`}
      noValidate
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({
          id: requestId,
          kind,
          programId: kind === "program" ? programId || null : null,
          name,
          description,
        });
      }}
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        New product
      </h2>
      <Select
        id={`${id}-kind`}
        label="What it sells"
        value={kind}
        choices={kinds}
        errors={errors.kind}
        onChange={(value) => setKind(value === "membership" ? "membership" : "program")}
      />
      {kind === "program" && (
        <Select
          id={`${id}-program`}
          label="Program"
          hint="Buyers get lifetime access to this program."
          value={programId}
          placeholder="Choose a program"
          choices={props.programs.map((program) => ({ value: program.id, label: program.title }))}
          errors={errors.programId}
          onChange={setProgramId}
        />
      )}
      <ProductTextFields
        id={id}
        name={name}
        description={description}
        errors={errors}
        onNameChange={setName}
        onDescriptionChange={setDescription}
      />
      <FormActions
        pending={create.isPending}
        label="Create product"
        pendingLabel="Creating…"
        onCancel={props.onCancel}
        error={create.error?.message}
      />
    </form>
  );
}
