import "./_board/board.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseBoardQuery } from "@/lib/board/board-tabs";
import { listBoard } from "@/lib/board/list-board";
import type { Locale } from "@/lib/i18n/localized";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { can } from "@/lib/staff/policy";
import { requireStaff } from "@/lib/staff/session";
import { LiveRefresh } from "./_live/live-refresh";
import { BoardTable } from "./_board/board-table";
import { BoardTabs } from "./_board/board-tabs";
import { DivisionPicker } from "./_board/division-picker";
import { Pagination } from "./_board/pagination";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "board" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A division's queue: its requests by status, most urgent first, updating live. */
export default async function BoardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = parseBoardQuery(await searchParams);
  const t = await getTranslations("board");

  const divisions = [...(await catalogueSnapshot()).divisions.values()]
    .filter((division) => can(staff, "board.view", division.id))
    .sort((a, b) => a.id - b.id);
  const division = divisions.find((d) => d.code === query.division) ?? divisions[0];
  if (!division) {
    return (
      <div className="staff-page">
        <h1>{t("title")}</h1>
        <p role="status">{t("noDivision")}</p>
      </div>
    );
  }

  const { rows, counts, today } = await listBoard({
    divisionId: division.id,
    tab: query.tab,
    page: query.page,
    showNames: can(staff, "request.view", division.id),
  });
  const divisionName = locale === "th" ? division.nameTh : division.nameEn;

  return (
    <div className="staff-page board">
      <h1>
        {t("title")}: {divisionName}
      </h1>
      {divisions.length > 1 ? <DivisionPicker divisions={divisions} current={division.code} tab={query.tab} locale={locale} label={t("chooseDivision")} /> : null}
      <BoardTabs division={division.code} current={query.tab} counts={counts} />
      <BoardTable
        rows={rows}
        today={today}
        locale={locale}
        linkToDetails={can(staff, "request.view", division.id)}
        caption={t("caption", { division: divisionName, tab: t(`tabs.${query.tab}`) })}
      />
      <Pagination division={division.code} tab={query.tab} page={query.page} total={counts[query.tab]} />
      {/* New filings, changes and transfers of this division appear within a second. */}
      <LiveRefresh divisionIds={[division.id]} types={["request.filed", "request.changed", "request.transferred"]} announceFiled={t("liveFiled")} />
    </div>
  );
}
