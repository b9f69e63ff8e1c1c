"use client";

/**
 * The form that creates a program: its title, its address (suggested from the title until
 * edited, checked as typed and again by the server, which says when it is taken), and what to
 * start from. On success the editor opens on the new draft.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import { Button, Notice } from "@phasewise/ui";

import { Select, TextInput } from "~/components/form/inputs";
import { slugify } from "~/components/program-editor/draft-operations";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

const slugShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkLocally(title: string, slug: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!title.trim()) errors.title = ["Give the program a title"];
  if (!slug) errors.slug = ["Choose an address for the program"];
  else if (!slugShape.test(slug)) {
    errors.slug = ["Use lowercase letters, digits and single dashes"];
  } else if (slug.length > 64) errors.slug = ["Keep the address under 64 characters"];
  return errors;
}

export function NewProgramForm(props: { programs: { id: string; title: string; slug: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.programs.create.mutationOptions());
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [copyFrom, setCopyFrom] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [sent, setSent] = useState<{ title: string; slug: string } | null>(null);

  const local = checkLocally(title, slug);
  // A server refusal stays at its field until that field changes.
  const server = sent?.slug === slug && sent.title === title ? fieldErrorsOf(create.error) : {};
  const errorsAt = (field: string) => server[field] ?? (attempted ? local[field] : undefined);
  const otherError =
    create.error && Object.keys(fieldErrorsOf(create.error)).length === 0 ? create.error : null;

  return (
    <form
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (Object.keys(local).length > 0) return;
        setSent({ title, slug });
        create.mutate(
          { title, slug, copyFrom: copyFrom || undefined },
          { onSuccess: (created) => router.push(`/programs/${created.programId}`) },
        );
      }}
    >
      <TextInput
        id="program-title"
        label="Title"
        value={title}
        errors={errorsAt("title")}
        onChange={(next) => {
          setTitle(next);
          if (!slugTouched) setSlug(slugify(next));
        }}
      />
      <TextInput
        id="program-slug"
        label="Address (slug)"
        hint="Lowercase letters, digits and dashes. It names the program in links, enrolments and products, and cannot change later."
        value={slug}
        errors={errorsAt("slug")}
        onChange={(next) => {
          setSlugTouched(true);
          setSlug(next);
        }}
      />
      <Select
        id="program-copy-from"
        label="Start from"
        hint="A copy takes the other program's current draft (not its versions or customers)."
        value={copyFrom}
        placeholder="A blank skeleton: one phase, one session and a baseline check-in"
        choices={props.programs.map((program) => ({
          value: program.id,
          label: `A copy of ${program.title} (${program.slug})`,
        }))}
        errors={server.copyFrom}
        onChange={setCopyFrom}
      />
      {otherError && (
        <Notice tone="danger" title="The program was not created">
          {otherError.message}
        </Notice>
      )}
      <div>
        <Button type="submit" disabled={create.isPending || create.isSuccess}>
          {create.isPending || create.isSuccess ? "Creating…" : "Create program"}
        </Button>
      </div>
    </form>
  );
}
