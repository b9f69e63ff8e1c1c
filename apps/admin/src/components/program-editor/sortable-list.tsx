"use client";

/**
 * A reorderable list: drag an item by its handle (native HTML5 drag and drop), or use its
 * "Move up" / "Move down" buttons from the keyboard. Every move is announced to screen readers
 * and keyboard focus follows the moved item.
 */
import type { DragEvent, ReactNode } from "react";
import { useState } from "react";

import { cn } from "@phasewise/ui";

export interface ReorderControls {
  /** The handle and the two buttons, to place in the item's header. */
  controls: ReactNode;
}

interface SortableListProps<T> {
  items: readonly T[];
  /** DOM id stem; the buttons of item i are `${idPrefix}-${i}-up` and `-down`. */
  idPrefix: string;
  /** What the list holds, for announcements: "exercises in Range at every angle". */
  listName: string;
  itemName: (item: T, index: number) => string;
  onMove: (from: number, to: number, announcement: string) => void;
  renderItem: (item: T, index: number, reorder: ReorderControls) => ReactNode;
  className?: string;
  /** Accessible name of the list itself. */
  label: string;
}

function focusLater(id: string, fallback: string) {
  requestAnimationFrame(() => {
    const target = document.getElementById(id) as HTMLButtonElement | null;
    const other = document.getElementById(fallback) as HTMLButtonElement | null;
    (target && !target.disabled ? target : other)?.focus();
  });
}

export function SortableList<T>(props: SortableListProps<T>) {
  const { items, idPrefix } = props;
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  const move = (from: number, to: number, focus?: "up" | "down") => {
    if (to < 0 || to >= items.length || from === to) return;
    const item = items[from];
    if (item === undefined) return;
    const name = props.itemName(item, from);
    props.onMove(
      from,
      to,
      `Moved "${name}" to position ${to + 1} of ${items.length} in ${props.listName}.`,
    );
    if (focus) {
      const other = focus === "up" ? "down" : "up";
      focusLater(`${idPrefix}-${to}-${focus}`, `${idPrefix}-${to}-${other}`);
    }
  };

  const onDragOver = (event: DragEvent, index: number) => {
    if (dragFrom === null) return; // a drag from another list: let it bubble to its own list
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = "move";
    if (dropAt !== index) setDropAt(index);
  };

  const onDrop = (event: DragEvent, index: number) => {
    if (dragFrom === null) return;
    event.preventDefault();
    event.stopPropagation();
    move(dragFrom, index);
    setDragFrom(null);
    setDropAt(null);
  };

  return (
    <ol aria-label={props.label} className={cn("flex flex-col gap-3", props.className)}>
      {items.map((item, index) => {
        const name = props.itemName(item, index);
        const controls = (
          <div className="flex shrink-0 items-center gap-1">
            <span
              draggable
              aria-hidden="true"
              title="Drag to reorder"
              data-drag-handle
              className="cursor-grab rounded px-2 py-2 text-lg leading-none text-slate-600 select-none hover:bg-slate-100 active:cursor-grabbing"
              onDragStart={(event) => {
                event.stopPropagation();
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", String(index));
                const row = event.currentTarget.closest("li");
                if (row) event.dataTransfer.setDragImage(row, 16, 16);
                setDragFrom(index);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDropAt(null);
              }}
            >
              ⠿
            </span>
            <button
              type="button"
              id={`${idPrefix}-${index}-up`}
              aria-label={`Move "${name}" up`}
              disabled={index === 0}
              className="min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:opacity-40"
              onClick={() => move(index, index - 1, "up")}
            >
              ↑
            </button>
            <button
              type="button"
              id={`${idPrefix}-${index}-down`}
              aria-label={`Move "${name}" down`}
              disabled={index === items.length - 1}
              className="min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:opacity-40"
              onClick={() => move(index, index + 1, "down")}
            >
              ↓
            </button>
          </div>
        );
        return (
          <li
            // Items are edited in place (keys included), so position is their identity here.
            key={index}
            data-testid={`${idPrefix}-${index}`}
            onDragOver={(event) => onDragOver(event, index)}
            onDrop={(event) => onDrop(event, index)}
            className={cn(
              "rounded-xl",
              dragFrom === index && "opacity-50",
              dropAt === index &&
                dragFrom !== null &&
                dragFrom !== index &&
                "ring-2 ring-brand-600",
            )}
          >
            {props.renderItem(item, index, { controls })}
          </li>
        );
      })}
    </ol>
  );
}
