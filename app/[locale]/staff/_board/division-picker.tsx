import type { BoardTab } from "@/lib/board/board-tabs";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";

type Props = {
  divisions: { code: string; nameTh: string; nameEn: string }[];
  current: string;
  tab: BoardTab;
  locale: Locale;
  label: string;
};

/** For people in several divisions: one board per division. */
export function DivisionPicker({ divisions, current, tab, locale, label }: Props) {
  return (
    <nav aria-label={label} className="division-picker">
      <ul>
        {divisions.map((division) => (
          <li key={division.code}>
            <Link href={{ pathname: "/staff", query: { division: division.code, tab } }} aria-current={division.code === current ? "page" : undefined}>
              {locale === "th" ? division.nameTh : division.nameEn}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
