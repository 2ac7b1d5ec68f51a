import { getTranslations } from "next-intl/server";
import { BOARD_TABS, type BoardTab } from "@/lib/board/board-tabs";
import type { BoardCounts } from "@/lib/board/list-board";
import { Link } from "@/lib/i18n/navigation";

type Props = { division: string; current: BoardTab; counts: BoardCounts };

/** Tabs as links (each view has its own address, and works without JavaScript). */
export async function BoardTabs({ division, current, counts }: Props) {
  const t = await getTranslations("board");
  return (
    <nav aria-label={t("tabsLabel")} className="board-tabs">
      <ul>
        {BOARD_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={{ pathname: "/staff", query: { division, tab } }}
              aria-current={tab === current ? "page" : undefined}
              className={`board-tab board-tab--${tab}`}
            >
              {t(`tabs.${tab}`)} <span className="board-tab__count">{counts[tab]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
