import { trackingUrl } from "@/lib/requests/tracking-link";

/**
 * The mail a resident gets for one public timeline event: Thai first, English below, as
 * plain text and as simple HTML (inline styles only: mail programs drop style sheets).
 *
 * Nothing personal: no name, citizen ID or address, not in the subject (shown on lock
 * screens) nor in the body (kept in the outbox unencrypted). The subject names the
 * reference and what happened; the body adds the service, the event's public text and
 * links to the tracking page, where everything else is.
 */
export type MailEvent = { type: string; messageTh: string; messageEn: string };
export type MailRequest = { reference: string; trackingToken: string; service: { nameTh: string; nameEn: string } };
export type ComposedMail = { subject: string; text: string; html: string };

type Headline = { th: string; en: string };

const HEADLINES: Record<string, Headline> = {
  filed: { th: "ได้รับคำขอของท่านแล้ว", en: "We have received your request" },
  accepted: { th: "เจ้าหน้าที่รับเรื่องแล้ว", en: "An officer has taken up your request" },
  defects_recorded: { th: "ขอเอกสารหรือข้อมูลเพิ่มเติม", en: "Further documents or information needed" },
  resumed: { th: "ดำเนินการต่อแล้ว", en: "Processing continues" },
  transferred: { th: "ส่งเรื่องต่อให้หน่วยงานที่รับผิดชอบ", en: "Passed to the responsible division" },
  message: { th: "ข้อความจากเจ้าหน้าที่", en: "A message from the office" },
  completed: { th: "ดำเนินการแล้วเสร็จ", en: "Your request is complete" },
  rejected: { th: "ไม่อนุมัติ / ยุติเรื่อง", en: "Not approved / closed" },
  overdue_notice: { th: "แจ้งความคืบหน้า: เกินกำหนด", en: "Notice: the decision is late" },
};
// A public event this list does not know yet still reaches the resident, in general words.
const UPDATE: Headline = { th: "ความคืบหน้าของคำขอ", en: "An update on your request" };

const SENDER = { th: "เทศบาลตำบลก้อ", en: "Ko Subdistrict Municipality" };

/** The survey page the completion mail invites to (app/[locale]/track/[token]/survey). */
export function surveyUrl(publicUrl: string, locale: "th" | "en", token: string): string {
  return `${trackingUrl(publicUrl, locale, token)}/survey`;
}

export function composeEventMail(request: MailRequest, event: MailEvent, publicUrl: string): ComposedMail {
  const headline = HEADLINES[event.type] ?? UPDATE;
  const links = {
    th: { track: trackingUrl(publicUrl, "th", request.trackingToken), survey: surveyUrl(publicUrl, "th", request.trackingToken) },
    en: { track: trackingUrl(publicUrl, "en", request.trackingToken), survey: surveyUrl(publicUrl, "en", request.trackingToken) },
  };
  const invite = event.type === "completed";
  // A staff message is one text in the language the officer wrote it: shown once, in the Thai part.
  const englishMessage = event.messageEn === event.messageTh ? "(see the message above)" : event.messageEn;
  const parts = {
    th: {
      lang: "th",
      headline: headline.th,
      lines: [`คำขอเลขที่ ${request.reference}`, `บริการ: ${request.service.nameTh}`],
      message: event.messageTh,
      trackLabel: "ดูสถานะและรายละเอียดของคำขอ",
      track: links.th.track,
      survey: invite ? { label: "โปรดประเมินความพึงพอใจต่อการให้บริการ (ประมาณ 1 นาที)", url: links.th.survey } : null,
      footer: `อีเมลนี้ส่งโดยอัตโนมัติจาก${SENDER.th} โปรดอย่าตอบกลับ`,
    },
    en: {
      lang: "en",
      headline: headline.en,
      lines: [`Reference ${request.reference}`, `Service: ${request.service.nameEn}`],
      message: englishMessage,
      trackLabel: "See your request's status and details",
      track: links.en.track,
      survey: invite ? { label: "Please rate our service (about a minute)", url: links.en.survey } : null,
      footer: `An automatic message from ${SENDER.en}; please do not reply.`,
    },
  };
  return {
    subject: `คำขอ ${request.reference}: ${headline.th} | Request ${request.reference}: ${headline.en}`,
    text: [textPart(parts.th), textPart(parts.en)].join("\n\n----------\n\n"),
    html: htmlDocument([htmlPart(parts.th), htmlPart(parts.en)]),
  };
}

type Part = {
  lang: string;
  headline: string;
  lines: string[];
  message: string;
  trackLabel: string;
  track: string;
  survey: { label: string; url: string } | null;
  footer: string;
};

function textPart(part: Part): string {
  return [
    part.headline,
    "",
    ...part.lines,
    "",
    part.message,
    "",
    `${part.trackLabel}: ${part.track}`,
    ...(part.survey ? ["", `${part.survey.label}: ${part.survey.url}`] : []),
    "",
    part.footer,
  ].join("\n");
}

const STYLE = {
  body: "margin:0;padding:16px;background:#f4f4f4;font-family:Sarabun,Tahoma,Arial,sans-serif;color:#1a1a1a;",
  card: "max-width:600px;margin:0 auto 16px;padding:20px;background:#ffffff;border-radius:8px;",
  headline: "margin:0 0 12px;font-size:20px;",
  line: "margin:0 0 4px;color:#444444;",
  message: "margin:16px 0;padding:12px;border-left:4px solid #0b5cad;background:#f0f5fb;white-space:pre-wrap;",
  button: "display:inline-block;margin:8px 0;padding:10px 16px;background:#0b5cad;color:#ffffff;border-radius:6px;text-decoration:none;",
  footer: "margin:16px 0 0;font-size:13px;color:#666666;",
};

function htmlPart(part: Part): string {
  const link = (label: string, url: string) => `<p style="margin:0;"><a href="${escapeHtml(url)}" style="${STYLE.button}">${escapeHtml(label)}</a></p>`;
  return [
    `<div lang="${part.lang}" style="${STYLE.card}">`,
    `<h1 style="${STYLE.headline}">${escapeHtml(part.headline)}</h1>`,
    ...part.lines.map((line) => `<p style="${STYLE.line}">${escapeHtml(line)}</p>`),
    `<p style="${STYLE.message}">${escapeHtml(part.message)}</p>`,
    link(part.trackLabel, part.track),
    part.survey ? link(part.survey.label, part.survey.url) : "",
    `<p style="${STYLE.footer}">${escapeHtml(part.footer)}</p>`,
    "</div>",
  ].join("\n");
}

function htmlDocument(parts: string[]): string {
  return `<!doctype html>\n<html lang="th"><head><meta charset="utf-8"></head><body style="${STYLE.body}">\n${parts.join("\n")}\n</body></html>\n`;
}

/** Every value put into the HTML goes through this: an officer's `<script>` arrives as text. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
