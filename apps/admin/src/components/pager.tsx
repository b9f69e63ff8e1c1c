/** Previous/next links under a paged list, with where you are and how many there are. */
import Link from "next/link";

export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  /** What the list holds, plural: "entries", "exercises". */
  noun: string;
  href: (page: number) => string;
  previousLabel?: string;
  nextLabel?: string;
}) {
  const { page, total } = props;
  const pageCount = Math.max(1, Math.ceil(total / props.pageSize));
  return (
    <nav aria-label="Pages" className="flex items-center gap-3">
      {page > 1 && (
        <Link href={props.href(page - 1)} className="underline">
          {props.previousLabel ?? "Previous page"}
        </Link>
      )}
      <span>
        Page {page} of {pageCount} · {total} {props.noun}
      </span>
      {page < pageCount && (
        <Link href={props.href(page + 1)} className="underline">
          {props.nextLabel ?? "Next page"}
        </Link>
      )}
    </nav>
  );
}
