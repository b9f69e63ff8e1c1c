/** The "Archived" badge of a program, with when and by whom in its title. */
import { formatDateTime } from "~/lib/format";

interface Props {
  archived: { at: Date; by: { name: string | null; email: string } | null };
}

export function ArchivedBadge({ archived }: Props) {
  const who = archived.by ? ` by ${archived.by.name ?? archived.by.email}` : "";
  return (
    <span
      className="ml-2 inline-block rounded-full bg-slate-200 px-2 py-0.5 align-middle text-xs font-semibold text-slate-800"
      title={`Archived ${formatDateTime(archived.at)}${who}`}
    >
      Archived
    </span>
  );
}
