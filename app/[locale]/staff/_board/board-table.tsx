import { getTranslations } from "next-intl/server";
import type { BoardRow } from "@/lib/board/list-board";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";

type Props = {
  rows: BoardRow[];
  today: string;
  locale: Locale;
  /** Whether this person may open the row's request (asked per row: the combined board mixes divisions). */
  linkToDetails: (row: BoardRow) => boolean;
  caption: string;
  /** The combined board names each row's division. */
  divisionNames?: ReadonlyMap<number, string>;
};

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export async function BoardTable({ rows, today, locale, linkToDetails, caption, divisionNames }: Props) {
  const t = await getTranslations("board");
  if (rows.length === 0) return <p className="board-empty">{t("empty")}</p>;
  const dateTime = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Bangkok",
  });
  const date = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });

  return (
    <table className="board-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("columns.reference")}</th>
          {divisionNames ? <th scope="col">{t("columns.division")}</th> : null}
          <th scope="col">{t("columns.service")}</th>
          <th scope="col">{t("columns.applicant")}</th>
          <th scope="col">{t("columns.ticket")}</th>
          <th scope="col">{t("columns.filed")}</th>
          <th scope="col">{t("columns.due")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const open = row.status !== "done" && row.status !== "rejected";
          const left = daysBetween(today, row.dueDate);
          return (
            <tr
              key={row.reference}
              className={(open && left < 0 && row.status !== "waiting_applicant") || row.acknowledgeOverdue ? "board-row--overdue" : undefined}
            >
              <th scope="row">
                {linkToDetails(row) ? <Link href={`/staff/requests/${row.reference}`}>{row.reference}</Link> : row.reference}
                <span className="board-status">{t(`status.${row.status}`)}</span>
                {row.acknowledgeOverdue ? <span className="board-due board-due--overdue">{t("acknowledgeOverdue")}</span> : null}
                {row.mergedInto ? <span className="board-status">{t("mergedInto", { reference: row.mergedInto })}</span> : null}
              </th>
              {divisionNames ? <td>{divisionNames.get(row.divisionId) ?? "–"}</td> : null}
              <td>
                {row.service[locale]}
                <span className="board-channel">{t(`channel.${row.channel}`)}</span>
              </td>
              <td>{row.applicantName[locale]}</td>
              <td>{row.queueTicket ?? "–"}</td>
              <td>{dateTime.format(row.filedAt)}</td>
              <td>
                {date.format(new Date(`${row.dueDate}T00:00:00Z`))}
                {open ? (
                  <span className={left < 0 ? "board-due board-due--overdue" : "board-due"}>
                    {left < 0 ? t("overdueBy", { days: -left }) : t("dueIn", { days: left })}
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
