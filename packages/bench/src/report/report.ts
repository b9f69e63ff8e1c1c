/**
 * Collects the figures of a run: each is printed as it is measured, next to its target with OK
 * or OVER, and again in the summary table at the end. Nothing here fails the run.
 */
export interface Figure {
  section: string;
  label: string;
  /** Null when the figure could not be measured; `note` says why. */
  value: number | null;
  unit: string;
  /** The figure is OK at or under this value. */
  max?: number;
  digits?: number;
  note?: string;
}

const labelWidth = 46;
const valueWidth = 14;
const targetWidth = 14;

function formatValue(figure: Figure): string {
  if (figure.value === null) return "n/a";
  const digits = figure.digits ?? 0;
  return `${figure.value.toFixed(digits)} ${figure.unit}`.trim();
}

function formatTarget(figure: Figure): string {
  return figure.max === undefined ? "" : `≤ ${figure.max} ${figure.unit}`.trim();
}

function verdictOf(figure: Figure): string {
  if (figure.max === undefined) return "";
  if (figure.value === null) return "n/a";
  return figure.value <= figure.max ? "OK" : "OVER";
}

function formatLine(figure: Figure, label = figure.label): string {
  const cells = [
    label.padEnd(labelWidth),
    formatValue(figure).padStart(valueWidth),
    "  ",
    formatTarget(figure).padEnd(targetWidth),
    verdictOf(figure).padEnd(5),
  ];
  const line = cells.join("").trimEnd();
  return figure.note
    ? `${line.padEnd(labelWidth + valueWidth + targetWidth + 7)} ${figure.note}`
    : line;
}

export function createReport() {
  const figures: Figure[] = [];
  return {
    heading(title: string) {
      console.log(`\n== ${title} ${"=".repeat(Math.max(0, 90 - title.length))}`);
    },
    note(text: string) {
      console.log(`   ${text}`);
    },
    add(figure: Figure) {
      figures.push(figure);
      console.log(`   ${formatLine(figure)}`);
    },
    printSummary(header: string) {
      this.heading("Summary");
      console.log(`   ${header}`);
      console.log(
        `   ${"figure".padEnd(labelWidth)}${"value".padStart(valueWidth)}  ${"target".padEnd(targetWidth)}`,
      );
      let section = "";
      for (const figure of figures) {
        if (figure.section !== section) {
          section = figure.section;
          console.log(`   ${section}`);
        }
        console.log(`   ${formatLine(figure, `  ${figure.label}`)}`);
      }
      const over = figures.filter((figure) => verdictOf(figure) === "OVER").length;
      const unmeasured = figures.filter((figure) => verdictOf(figure) === "n/a").length;
      const targeted = figures.filter((figure) => figure.max !== undefined).length;
      console.log(
        `\n   ${targeted - over - unmeasured} of ${targeted} targets met` +
          (over ? `, ${over} OVER` : "") +
          (unmeasured ? `, ${unmeasured} not measured` : "") +
          ".",
      );
    },
  };
}

export type Report = ReturnType<typeof createReport>;
