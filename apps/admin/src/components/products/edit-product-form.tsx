"use client";

/** Renames a product or changes its description (what it sells and for which program stay). */
import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import type { CatalogProduct } from "./use-products";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { FormActions, ProductTextFields } from "./product-fields";
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
      <ProductTextFields
        id={id}
        name={name}
        description={description}
        errors={errors}
        onNameChange={setName}
        onDescriptionChange={setDescription}
      />
      <FormActions
        pending={update.isPending}
        label="Save"
        pendingLabel="Saving…"
        onCancel={props.onDone}
        error={update.error?.message}
      />
    </form>
  );
}
