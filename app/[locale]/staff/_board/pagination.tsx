import { getTranslations } from "next-intl/server";
import type { BoardKind, BoardTab } from "@/lib/board/board-tabs";
import { PAGE_SIZE } from "@/lib/board/list-board";
import { Link } from "@/lib/i18n/navigation";

type Props = { division: string; kind: BoardKind; tab: BoardTab; page: number; total: number };

export async function Pagination({ division, kind, tab, page, total }: Props) {
  const t = await getTranslations("board");
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const href = (to: number) => ({ pathname: "/staff", query: { division, kind, tab, page: to } });
  return (
    <nav aria-label={t("page", { page })} className="board-pagination">
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : null}
      <span>
        {page} / {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
