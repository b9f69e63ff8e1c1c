/**
 * The parts the product forms share: the name and description a buyer sees on Checkout and
 * receipts, and the submit / cancel row with the server's message when it refuses.
 */
import { Button, Notice } from "@phasewise/ui";

import { TextArea, TextInput } from "~/components/form/inputs";

export function ProductTextFields(props: {
  id: string;
  name: string;
  description: string;
  errors: Record<string, string[] | undefined>;
  onNameChange: (name: string) => void;
  onDescriptionChange: (description: string) => void;
}) {
  return (
    <>
      <TextInput
        id={`${props.id}-name`}
        label="Name"
        hint="Shown on Stripe Checkout and receipts."
        value={props.name}
        errors={props.errors.name}
        onChange={props.onNameChange}
      />
      <TextArea
        id={`${props.id}-description`}
        label="Description (optional)"
        value={props.description}
        errors={props.errors.description}
        onChange={props.onDescriptionChange}
      />
    </>
  );
}

export function FormActions(props: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  onCancel: () => void;
  error: string | undefined;
}) {
  return (
    <>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={props.pending}>
          {props.pending ? props.pendingLabel : props.label}
        </Button>
        <Button tone="ghost" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
      {props.error && <Notice tone="danger">{props.error}</Notice>}
    </>
  );
}
