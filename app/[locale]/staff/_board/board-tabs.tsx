import { getTranslations } from "next-intl/server";
import { BOARD_KINDS, BOARD_TABS, type BoardKind, type BoardTab } from "@/lib/board/board-tabs";
import type { BoardCounts, KindCounts } from "@/lib/board/list-board";
import { Link } from "@/lib/i18n/navigation";

type Props = { division: string; kind: BoardKind; current: BoardTab; counts: BoardCounts };

/** Tabs as links (each view has its own address, and works without JavaScript). */
export async function BoardTabs({ division, kind, current, counts }: Props) {
  const t = await getTranslations("board");
  return (
    <nav aria-label={t("tabsLabel")} className="board-tabs">
      <ul>
        {BOARD_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={{ pathname: "/staff", query: { division, kind, tab } }}
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

/** Service requests and complaints are two lists; the number is each one's open requests. */
export async function BoardKinds({ division, current, counts }: { division: string; current: BoardKind; counts: KindCounts }) {
  const t = await getTranslations("board");
  return (
    <nav aria-label={t("kindsLabel")} className="board-tabs board-kinds">
      <ul>
        {BOARD_KINDS.map((kind) => (
          <li key={kind}>
            <Link href={{ pathname: "/staff", query: { division, kind } }} aria-current={kind === current ? "page" : undefined} className="board-tab">
              {t(`kinds.${kind}`)} <span className="board-tab__count">{counts[kind]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
