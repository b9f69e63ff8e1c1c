"use client";

/** The changelog line and the publish button; refusals come back with their reason. */
import { useState } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";

import { Button, Notice } from "@phasewise/ui";

import { TextInput } from "~/components/form/inputs";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export function PublishForm(props: { programId: string; revision: number; nextVersion: number }) {
  const trpc = useTRPC();
  const [changelog, setChangelog] = useState("");
  const [missing, setMissing] = useState(false);
  const publish = useMutation(trpc.programs.publish.mutationOptions());
  const errors = fieldErrorsOf(publish.error);

  if (publish.data) {
    return (
      <Notice tone="success" title={`Published version ${publish.data.version}`}>
        <p>New customers start on it. Customers already enrolled stay on their version.</p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link
            href={`/programs/${props.programId}/enrollments?to=${publish.data.version}`}
            className="underline"
          >
            Move enrolments to version {publish.data.version}
          </Link>
          <Link href={`/audit?targetId=${props.programId}`} className="underline">
            See it in the audit log
          </Link>
          <Link href={`/programs/${props.programId}`} className="underline">
            Back to the editor
          </Link>
        </p>
      </Notice>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (changelog.trim() === "") {
          setMissing(true);
          return;
        }
        publish.mutate({ programId: props.programId, revision: props.revision, changelog });
      }}
    >
      <TextInput
        id="changelog"
        label="Changelog: one line about what changed"
        hint="Shown in the version history and the audit log."
        value={changelog}
        errors={missing ? ["Write one line about what changed"] : errors.changelog}
        onChange={(value) => {
          setChangelog(value);
          setMissing(false);
        }}
      />
      {publish.error && !errors.changelog && (
        <Notice tone="danger" title="Not published">
          {publish.error.message}
        </Notice>
      )}
      <div>
        <Button type="submit" disabled={publish.isPending}>
          {publish.isPending ? "Publishing…" : `Publish version ${props.nextVersion}`}
        </Button>
      </div>
    </form>
  );
}
