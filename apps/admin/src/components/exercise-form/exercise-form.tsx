"use client";

/**
 * Create or edit a library exercise: text, ordered steps, cues, mistakes, safety notes,
 * equipment, media with a preview, easier and harder variants and substitutes. Checked with the
 * domain's schema as you type (shown after the first save attempt) and again by the server.
 */
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import type { Exercise } from "@phasewise/domain";
import { exerciseSchema } from "@phasewise/domain";
import { Button, Notice } from "@phasewise/ui";

import type { FieldErrors } from "~/lib/field-errors";
import { errorCodeOf, fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { TextArea, TextInput } from "../form/inputs";
import { TextList } from "../form/text-list";
import { slugify } from "../program-editor/draft-operations";
import { ExerciseLinks } from "./exercise-links";
import { MediaPreview } from "./media-preview";

const blank: Exercise = {
  slug: "",
  name: "",
  summary: "",
  targetAreas: [],
  equipment: [],
  setup: "",
  steps: [""],
  cues: [],
  mistakes: [],
  safetyNotes: [],
  media: {},
  substitutes: [],
};

function localErrors(exercise: Exercise): FieldErrors {
  const parsed = exerciseSchema.safeParse(exercise);
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".");
      (errors[key] ??= []).push(issue.message);
    }
  }
  return errors;
}

export function ExerciseForm(props: {
  initial?: { exercise: Exercise; revision: number };
  library: { slug: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const isNew = !props.initial;
  const [exercise, setExercise] = useState<Exercise>(props.initial?.exercise ?? blank);
  const [revision, setRevision] = useState<number | null>(props.initial?.revision ?? null);
  const [slugTouched, setSlugTouched] = useState(!isNew);
  const [attempted, setAttempted] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useMutation(trpc.exercises.save.mutationOptions());

  const local = useMemo(() => localErrors(exercise), [exercise]);
  const server = fieldErrorsOf(save.error);
  const errorsAt = (field: string): string[] | undefined => {
    const fromServer = server[`exercise.${field}`];
    if (fromServer?.length) return fromServer;
    return attempted ? local[field] : undefined;
  };
  const set = <K extends keyof Exercise>(field: K, value: Exercise[K]) => {
    setSavedAt(null);
    setExercise((current) => ({ ...current, [field]: value }));
  };
  const others = props.library.filter((entry) => entry.slug !== exercise.slug);
  const choices = others.map((entry) => ({ value: entry.slug, label: entry.name }));
  const listProps = (
    field: "targetAreas" | "equipment" | "steps" | "cues" | "mistakes" | "safetyNotes",
  ) => ({
    id: `exercise-${field}`,
    items: exercise[field],
    onChange: (items: string[]) => set(field, items),
    onAnnounce: setAnnouncement,
    errorsAt: (index: number) => errorsAt(`${field}.${index}`),
    listErrors: errorsAt(field),
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (Object.keys(local).length > 0) {
          setAnnouncement(`${Object.keys(local).length} fields need attention.`);
          return;
        }
        save.mutate(
          { revision, exercise },
          {
            onSuccess: (result) => {
              if (result.created) {
                router.push(`/exercises/${result.slug}?created=1`);
                return;
              }
              setRevision(result.revision);
              setSavedAt(new Date().toISOString());
              router.refresh();
            },
          },
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          id="exercise-name"
          label="Name"
          value={exercise.name}
          errors={errorsAt("name")}
          onChange={(name) => {
            set("name", name);
            if (!slugTouched) set("slug", slugify(name));
          }}
        />
        <TextInput
          id="exercise-slug"
          label="Slug"
          hint={
            isNew
              ? "Lowercase letters, digits and dashes. Programs refer to it; it cannot change later."
              : "Fixed: programs refer to it."
          }
          value={exercise.slug}
          readOnly={!isNew}
          errors={errorsAt("slug")}
          onChange={(slug) => {
            setSlugTouched(true);
            set("slug", slug);
          }}
        />
      </div>
      <TextArea
        id="exercise-summary"
        label="Summary"
        value={exercise.summary}
        errors={errorsAt("summary")}
        onChange={(value) => set("summary", value)}
      />
      <TextArea
        id="exercise-setup"
        label="Setup"
        value={exercise.setup}
        errors={errorsAt("setup")}
        onChange={(value) => set("setup", value)}
      />
      <TextList
        {...listProps("steps")}
        label="Steps, in order"
        itemLabel="Step"
        addLabel="Add a step"
        multiline
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <TextList
          {...listProps("cues")}
          label="Coaching cues"
          itemLabel="Cue"
          addLabel="Add a cue"
        />
        <TextList
          {...listProps("mistakes")}
          label="Common mistakes"
          itemLabel="Mistake"
          addLabel="Add a mistake"
        />
      </div>
      <TextList
        {...listProps("safetyNotes")}
        label="Safety notes"
        itemLabel="Safety note"
        addLabel="Add a safety note"
        multiline
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <TextList
          {...listProps("targetAreas")}
          label="Target areas"
          itemLabel="Target area"
          addLabel="Add a target area"
          hint="What the customer should feel working, in plain words."
        />
        <TextList
          {...listProps("equipment")}
          label="Equipment (keys)"
          itemLabel="Equipment key"
          addLabel="Add equipment"
          hint="Keys such as wall or band-or-cable; a program adds missing ones to its equipment list."
        />
      </div>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 font-semibold">Media</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput
            id="exercise-video"
            label="Video URL"
            type="url"
            value={exercise.media.videoUrl ?? ""}
            errors={errorsAt("media.videoUrl")}
            onChange={(url) => set("media", { ...exercise.media, videoUrl: url || undefined })}
          />
          <TextInput
            id="exercise-image"
            label="Image URL"
            type="url"
            value={exercise.media.imageUrl ?? ""}
            errors={errorsAt("media.imageUrl")}
            onChange={(url) => set("media", { ...exercise.media, imageUrl: url || undefined })}
          />
        </div>
        <MediaPreview
          videoUrl={exercise.media.videoUrl}
          imageUrl={exercise.media.imageUrl}
          name={exercise.name}
        />
      </fieldset>

      <ExerciseLinks
        exercise={exercise}
        choices={choices}
        errorsAt={errorsAt}
        onChange={(links) => {
          setSavedAt(null);
          setExercise((current) => ({ ...current, ...links }));
        }}
      />

      {save.error && (
        <Notice
          tone="danger"
          title={errorCodeOf(save.error) === "CONFLICT" ? "Not saved: conflict" : "Not saved"}
        >
          {save.error.message}
        </Notice>
      )}
      {attempted && Object.keys(local).length > 0 && (
        <Notice tone="danger" title="Some fields need attention">
          Each problem is shown at its field.
        </Notice>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : isNew ? "Create exercise" : "Save exercise"}
        </Button>
        {savedAt && <p role="status">Saved.</p>}
      </div>
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
