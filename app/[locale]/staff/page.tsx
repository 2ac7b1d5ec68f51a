import "./_board/board.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { chooseBoardScope } from "@/lib/board/board-scope";
import { parseBoardQuery } from "@/lib/board/board-tabs";
import { listBoard } from "@/lib/board/list-board";
import { COMPLAINT_UNIT, mayReadComplainant } from "@/lib/complaints/complainant-identity";
import type { Locale } from "@/lib/i18n/localized";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { can } from "@/lib/staff/policy";
import { requireStaff } from "@/lib/staff/session";
import { LiveRefresh } from "./_live/live-refresh";
import { BoardTable } from "./_board/board-table";
import { BoardKinds, BoardTabs } from "./_board/board-tabs";
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

/**
 * A division's queue, or several divisions' on one board (ADMIN: the whole municipality, by
 * default; heads and officers of several divisions: theirs): requests by status, most
 * urgent first, updating live.
 */
export default async function BoardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = parseBoardQuery(await searchParams);
  const t = await getTranslations("board");

  const allDivisions = [...(await catalogueSnapshot()).divisions.values()];
  const scope = chooseBoardScope(staff, allDivisions, query.division);
  if (!scope) {
    return (
      <div className="staff-page">
        <h1>{t("title")}</h1>
        <p role="status">{t("noDivision")}</p>
      </div>
    );
  }

  const divisionIds = scope.divisions.map((division) => division.id);
  const complaintUnitId = allDivisions.find((division) => division.code === COMPLAINT_UNIT)?.id;
  const { rows, counts, kindCounts, today } = await listBoard({
    divisionIds,
    tab: query.tab,
    page: query.page,
    kind: query.kind,
    showNames: (divisionId, withheld) =>
      mayReadComplainant({ mayView: can(staff, "request.view", divisionId), withheld, staffDivisionIds: staff.divisionIds, complaintUnitId }),
  });
  const nameOf = (division: { nameTh: string; nameEn: string }) => (locale === "th" ? division.nameTh : division.nameEn);
  const allLabel = scope.visible.length === allDivisions.length ? t("allDivisions") : t("myDivisions");
  const divisionName = scope.combined ? allLabel : nameOf(scope.divisions[0]!);

  return (
    <div className="staff-page board">
      <h1>
        {t("title")}: {divisionName}
      </h1>
      {scope.visible.length > 1 ? (
        <DivisionPicker divisions={scope.visible} current={scope.key} tab={query.tab} kind={query.kind} locale={locale} label={t("chooseDivision")} allLabel={allLabel} />
      ) : null}
      <BoardKinds division={scope.key} current={query.kind} counts={kindCounts} />
      <BoardTabs division={scope.key} kind={query.kind} current={query.tab} counts={counts} />
      <BoardTable
        rows={rows}
        today={today}
        locale={locale}
        linkToDetails={(row) => can(staff, "request.view", row.divisionId)}
        caption={t("caption", { division: divisionName, tab: t(`tabs.${query.tab}`) })}
        divisionNames={scope.combined ? new Map(scope.divisions.map((division) => [division.id, nameOf(division)])) : undefined}
      />
      <Pagination division={scope.key} kind={query.kind} tab={query.tab} page={query.page} total={counts[query.tab]} />
      {/* New filings, changes and transfers of these divisions appear within a second. */}
      <LiveRefresh divisionIds={divisionIds} types={["request.filed", "request.changed", "request.transferred"]} announceFiled={t("liveFiled")} />
    </div>
  );
}
