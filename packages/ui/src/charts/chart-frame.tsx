"use client";

/**
 * The frame every chart shares: a visible title and one-line summary, the SVG exposed as a
 * single image named by both, the same numbers as a table (visually hidden until "Show as
 * table" is pressed, always there for screen readers), and a friendly empty state.
 */
import type { ReactNode } from "react";
import { useId, useState } from "react";

import { Card } from "../card";
import { cn } from "../cn";

export interface ChartTable {
  columns: string[];
  /** The first cell of each row is its header (e.g. the date). */
  rows: string[][];
}

export interface ChartFrameProps {
  title: string;
  headingLevel?: 2 | 3;
  /** One or two sentences with the takeaway, e.g. "Latest week: 2 of 3 sessions". */
  summary: string;
  isEmpty: boolean;
  emptyMessage: string;
  legend?: ReactNode;
  table: ChartTable;
  className?: string;
  /** The SVG itself. */
  children: ReactNode;
}

export function ChartFrame({
  title,
  headingLevel = 2,
  summary,
  isEmpty,
  emptyMessage,
  legend,
  table,
  className,
  children,
}: ChartFrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const tableId = `${id}-table`;
  const [showTable, setShowTable] = useState(false);
  const Heading = headingLevel === 3 ? "h3" : "h2";

  return (
    <Card aria-labelledby={titleId} className={cn("flex flex-col gap-3", className)}>
      <Heading id={titleId} className="text-lg font-semibold text-slate-900">
        {title}
      </Heading>
      {isEmpty ? (
        <p className="rounded-lg bg-slate-50 p-4 text-slate-700">{emptyMessage}</p>
      ) : (
        <>
          <p id={summaryId} className="text-sm text-slate-700">
            {summary}
          </p>
          <div role="img" aria-labelledby={`${titleId} ${summaryId}`}>
            {children}
            {legend && (
              <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
                {legend}
              </div>
            )}
          </div>
          <div>
            <button
              type="button"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((shown) => !shown)}
              className="min-h-11 rounded-lg px-2 text-sm font-medium text-brand-700 underline underline-offset-4 hover:bg-brand-50"
            >
              {showTable ? "Hide table" : "Show as table"}
            </button>
          </div>
          {/* Focusable when shown, so a table wider than a phone scrolls by keyboard too. */}
          <div
            className={showTable ? "overflow-x-auto" : "sr-only"}
            tabIndex={showTable ? 0 : undefined}
            role={showTable ? "region" : undefined}
            aria-label={showTable ? `${title}: table` : undefined}
          >
            <table id={tableId} className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th
                      key={column}
                      scope="col"
                      className="border-b border-slate-300 px-2 py-1 font-semibold"
                    >
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, rowIndex) => (
                  <tr key={rowIndex} className="border-b border-slate-100">
                    {row.map((cell, cellIndex) =>
                      cellIndex === 0 ? (
                        <th key={cellIndex} scope="row" className="px-2 py-1 font-medium">
                          {cell}
                        </th>
                      ) : (
                        <td key={cellIndex} className="px-2 py-1 tabular-nums">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}

/** A legend entry: a small SVG sample of the mark plus its name. */
export function LegendItem({ sample, label }: { sample: ReactNode; label: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
        {sample}
      </svg>
      {label}
    </span>
  );
}
