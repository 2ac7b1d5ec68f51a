import { describe, expect, it } from "vitest";
import { composeEventMail, escapeHtml } from "./compose";

const request = { reference: "KO-2570-000042", trackingToken: "abc_DEF-123", service: { nameTh: "แจ้งซ่อม <ไฟฟ้า>", nameEn: "Repair & lights" } };
const BASE = "https://eservice.ko.example";

describe("the mail for a timeline event", () => {
  it("says what happened and the reference in the subject, Thai first, and links to the tracking page in both languages", () => {
    const mail = composeEventMail(request, { type: "accepted", messageTh: "เจ้าหน้าที่รับเรื่องแล้ว", messageEn: "An officer has taken up the request" }, BASE);
    expect(mail.subject).toBe("คำขอ KO-2570-000042: เจ้าหน้าที่รับเรื่องแล้ว | Request KO-2570-000042: An officer has taken up your request");
    expect(mail.text.indexOf("เจ้าหน้าที่รับเรื่องแล้ว")).toBeLessThan(mail.text.indexOf("An officer"));
    expect(mail.text).toContain(`${BASE}/track/abc_DEF-123`);
    expect(mail.text).toContain(`${BASE}/en/track/abc_DEF-123`);
    expect(mail.text).not.toContain("/survey");
  });

  it("escapes every value in the HTML, the service name included", () => {
    const mail = composeEventMail(request, { type: "message", messageTh: `<img src=x onerror="alert(1)">`, messageEn: `<img src=x onerror="alert(1)">` }, BASE);
    expect(mail.html).not.toMatch(/<img|<ไฟฟ้า>|Repair & lights/);
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("แจ้งซ่อม &lt;ไฟฟ้า&gt;");
    // A staff message is one text: written once, not repeated in the English part.
    expect(mail.text.split(`<img src=x onerror="alert(1)">`)).toHaveLength(2);
  });

  it("invites the resident to the survey when the request is completed", () => {
    const mail = composeEventMail(request, { type: "completed", messageTh: "ดำเนินการแล้วเสร็จ: ซ่อมแล้ว", messageEn: "Completed: ซ่อมแล้ว" }, BASE);
    expect(mail.text).toContain(`${BASE}/track/abc_DEF-123/survey`);
    expect(mail.html).toContain(`href="${BASE}/en/track/abc_DEF-123/survey"`);
  });

  it("words an event type it does not know as a general update", () => {
    expect(composeEventMail(request, { type: "something_new", messageTh: "ก", messageEn: "a" }, BASE).subject).toContain("ความคืบหน้าของคำขอ");
  });

  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
