"use client";

/** Renames a product or changes its description (what it sells and for which program stay). */
import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import { Button, Notice } from "@phasewise/ui";

import type { CatalogProduct } from "./use-products";
import { TextArea, TextInput } from "~/components/form/inputs";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { useRefreshProducts } from "./use-products";

export function EditProductForm(props: { product: CatalogProduct; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const id = useId();
  const [name, setName] = useState(props.product.name);
  const [description, setDescription] = useState(props.product.description ?? "");
  const update = useMutation(
    trpc.products.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        props.onDone();
      },
    }),
  );
  const errors = fieldErrorsOf(update.error);
  return (
    <form
      aria-label={`Edit ${props.product.name}`}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ productId: props.product.id, name, description });
      }}
    >
      <TextInput
        id={`${id}-name`}
        label="Name"
        value={name}
        errors={errors.name}
        onChange={setName}
      />
      <TextArea
        id={`${id}-description`}
        label="Description (optional)"
        value={description}
        errors={errors.description}
        onChange={setDescription}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save"}
        </Button>
        <Button tone="ghost" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
      {update.error && <Notice tone="danger">{update.error.message}</Notice>}
    </form>
  );
}
