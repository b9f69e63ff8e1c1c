"use client";

/**
 * Session templates: reorder, add, duplicate and remove them (removing one also takes it out of
 * every phase). Each card holds the session's fields and exercises (see session-card.tsx).
 */
import { ProblemsAt } from "./draft-fields";
import {
  duplicateSession,
  insertAt,
  moveItem,
  newSession,
  removeSession,
} from "./draft-operations";
import { EditorCard, SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { estimateMinutes, SessionBody, sessionCard } from "./session-card";
import { SortableList } from "./sortable-list";

export function SessionsSection({ programId }: { programId: string }) {
  const editor = useEditor();
  const { sessions, phases, exercises } = editor.doc;
  const setDoc = (edit: Parameters<typeof editor.change>[0], announcement: string) =>
    editor.change(edit, announcement);
  return (
    <section
      id="f-sessions"
      tabIndex={-1}
      aria-labelledby="sessions-heading"
      className="flex flex-col gap-3"
    >
      <h2 id="sessions-heading" className="text-xl font-semibold">
        Sessions
      </h2>
      <p className="text-slate-700">
        Session templates; a phase rotates through the ones it lists. Open a session to edit its
        exercises and their doses.
      </p>
      <ProblemsAt path={["sessions"]} />
      <SortableList
        label="Sessions"
        idPrefix="sessions-order"
        listName="sessions"
        items={sessions}
        itemName={(session) => session.title || session.key}
        onMove={(from, to, announcement) =>
          setDoc((doc) => ({ ...doc, sessions: moveItem(doc.sessions, from, to) }), announcement)
        }
        renderItem={(session, index, { controls }) => {
          const minutes = estimateMinutes(session, exercises);
          const usedIn = phases.filter((phase) => phase.sessionKeys.includes(session.key));
          return (
            <EditorCard
              cardId={sessionCard(session.key)}
              path={["sessions", index]}
              level={3}
              title={session.title}
              subtitle={[
                session.key,
                `${session.prescriptions.length} exercises`,
                minutes === null ? undefined : `about ${minutes} min`,
                usedIn.length > 0
                  ? `in ${usedIn.map((phase) => phase.title || phase.key).join(", ")}`
                  : "in no phase",
              ]
                .filter(Boolean)
                .join(" · ")}
              reorder={controls}
              actions={
                <>
                  <SmallButton
                    aria-label={`Duplicate session "${session.title}"`}
                    onClick={() => {
                      const copy = duplicateSession(editor.doc, session);
                      setDoc(
                        (doc) => ({ ...doc, sessions: insertAt(doc.sessions, index + 1, copy) }),
                        `Duplicated "${session.title}" as "${copy.title}".`,
                      );
                      editor.setOpen(sessionCard(copy.key), true);
                    }}
                  >
                    Duplicate
                  </SmallButton>
                  <SmallButton
                    tone="danger"
                    aria-label={`Remove session "${session.title}"`}
                    onClick={() => {
                      if (
                        window.confirm(
                          `Remove the session "${session.title}" and take it out of every phase?`,
                        )
                      ) {
                        setDoc(
                          (doc) => removeSession(doc, index),
                          `Removed the session "${session.title}".`,
                        );
                      }
                    }}
                  >
                    Remove
                  </SmallButton>
                </>
              }
            >
              <SessionBody session={session} index={index} programId={programId} />
            </EditorCard>
          );
        }}
      />
      <div>
        <SmallButton
          onClick={() => {
            const session = newSession(editor.doc);
            setDoc(
              (doc) => ({ ...doc, sessions: [...doc.sessions, session] }),
              "Added a new session.",
            );
            editor.setOpen(sessionCard(session.key), true);
          }}
        >
          Add a session
        </SmallButton>
      </div>
    </section>
  );
}
