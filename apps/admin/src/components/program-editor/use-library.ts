"use client";

/**
 * The exercise library as the program editor sees it: entries to pick from, the library's copy
 * of each exercise the draft carries (to offer "update from library"), and bringing an exercise
 * into the draft together with the exercises it links to and the equipment it needs.
 */
import type { Dispatch, SetStateAction } from "react";
import { useCallback, useMemo } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { Exercise, ProgramDocument } from "@phasewise/domain";

import { useTRPC } from "~/trpc/react";
import { linkedSlugs, putExercises } from "./draft-operations";

export function useLibrary({
  doc,
  setDoc,
  announce,
}: {
  doc: ProgramDocument;
  setDoc: Dispatch<SetStateAction<ProgramDocument>>;
  announce: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const library = useQuery(trpc.exercises.search.queryOptions({ query: "", limit: 200 }));
  const slugs = useMemo(
    () => [...new Set(doc.exercises.map((exercise) => exercise.slug).filter(Boolean))].sort(),
    [doc.exercises],
  );
  const copies = useQuery({
    ...trpc.exercises.getMany.queryOptions({ slugs }),
    placeholderData: (previous) => previous,
  });
  const libraryCopies = useMemo(
    () => new Map((copies.data ?? []).map((entry) => [entry.exercise.slug, entry.exercise])),
    [copies.data],
  );

  const addFromLibrary = useCallback(
    async (slug: string) => {
      const inLibrary = new Set((library.data ?? []).map((entry) => entry.slug));
      const have = new Set(doc.exercises.map((exercise) => exercise.slug));
      const found: Exercise[] = [];
      let wanted = [slug];
      try {
        while (wanted.length > 0) {
          const entries = await queryClient.fetchQuery(
            trpc.exercises.getMany.queryOptions({ slugs: wanted }),
          );
          found.push(...entries.map((entry) => entry.exercise));
          const known = new Set([...have, ...found.map((exercise) => exercise.slug)]);
          wanted = [...new Set(entries.flatMap((entry) => linkedSlugs(entry.exercise)))].filter(
            (link) => !known.has(link) && inLibrary.has(link),
          );
        }
      } catch {
        announce("The exercise could not be loaded from the library. Try again.");
        return false;
      }
      const [first, ...linked] = found;
      if (!first) return false;
      const { addedEquipment } = putExercises(doc, found);
      setDoc((current) => putExercises(current, found).doc);
      announce(
        [
          `Added "${first.name}" to the program.`,
          linked.length > 0
            ? `Also added the exercises it links to: ${linked.map((item) => item.name).join(", ")}.`
            : "",
          addedEquipment.length > 0
            ? `Added equipment: ${addedEquipment.join(", ")} (edit its label under Program).`
            : "",
        ]
          .filter(Boolean)
          .join(" "),
      );
      return true;
    },
    [announce, doc, library.data, queryClient, setDoc, trpc],
  );

  return { library: library.data ?? [], libraryCopies, addFromLibrary };
}
