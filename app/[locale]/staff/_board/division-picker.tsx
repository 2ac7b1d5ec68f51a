import { ALL_DIVISIONS, type BoardKind, type BoardTab } from "@/lib/board/board-tabs";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";

type Props = {
  divisions: { code: string; nameTh: string; nameEn: string }[];
  current: string;
  tab: BoardTab;
  /** Kept when switching division: someone reading complaints goes on reading complaints. */
  kind: BoardKind;
  locale: Locale;
  label: string;
  /** The combined board's name ("all divisions of the municipality" or "all my divisions"). */
  allLabel: string;
};

/** For people in several divisions: all of them on one board, or one board per division. */
export function DivisionPicker({ divisions, current, tab, kind, locale, label, allLabel }: Props) {
  return (
    <nav aria-label={label} className="division-picker">
      <ul>
        <li>
          <Link href={{ pathname: "/staff", query: { division: ALL_DIVISIONS, tab, kind } }} aria-current={current === ALL_DIVISIONS ? "page" : undefined}>
            {allLabel}
          </Link>
        </li>
        {divisions.map((division) => (
          <li key={division.code}>
            <Link href={{ pathname: "/staff", query: { division: division.code, tab, kind } }} aria-current={division.code === current ? "page" : undefined}>
              {locale === "th" ? division.nameTh : division.nameEn}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
