import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { CardData, FilingError, FilingResponse } from "@/lib/kiosk/contract";
import { fileKioskRequest } from "@/lib/kiosk/file-kiosk-request";
import { fileRequest, type FileRequestInput } from "@/lib/requests/file-request";
import { getRequestDetail } from "@/lib/requests/workflow/get-request-detail";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident, makeKiosk, signedFiling, type TestKiosk } from "@/test/support/kiosk-device";
import { makeStaff } from "@/test/support/workflow-fixtures";
import { checkEligibility } from "./check-eligibility";

let kiosk: TestKiosk;
let welfare: StaffPrincipal;
beforeAll(async () => {
  await seedDatabase(db);
  kiosk = await makeKiosk("Counter 1");
  welfare = await makeStaff("OFFICER", ["WELFARE"]);
});
afterAll(() => db.$disconnect());

// The demo elderly card (kiosk-agent/cards/elderly.json): born 1937, year only; an ID of type 3.
const boonma: CardData = {
  ...koResident,
  citizenId: "3510500012687",
  nameTh: { prefix: "นาง", first: "บุญมา", middle: "", last: "ศรีวิชัย" },
  nameEn: { prefix: "Mrs.", first: "Boonma", middle: "", last: "Sriwichai" },
  birthDate: "1937",
  gender: "female",
};
const elderlyAnswers = { onBehalf: false, paymentMethod: "cash_self", receivesStatePension: false };
// Filing on Monday 7 December 2026 in Ko.
const now = new Date("2026-12-07T03:00:00Z");
const everything = async () => ({ requests: await db.request.count(), audit: await db.auditLog.count(), events: await db.requestEvent.count() });

const online = (overrides: Partial<FileRequestInput> = {}): FileRequestInput => ({
  serviceCode: "ELDERLY_ALLOWANCE",
  channel: "online",
  applicant: { ...koResident, phone: "0812345678" },
  identity: { source: "typed", detail: "typed online, not verified" },
  answers: elderlyAnswers,
  idempotencyKey: null,
  actor: { type: "public", label: "online" },
  now,
  ...overrides,
});

describe("filing with eligibility rules", () => {
  it("refuses the 46-year-old's kiosk filing for the elderly allowance with not_eligible, writing nothing", async () => {
    const before = await everything();
    const body = await signedFiling(kiosk, { serviceCode: "ELDERLY_ALLOWANCE", answers: elderlyAnswers });
    const result = await fileKioskRequest(body, "https://ko.example");
    expect(result.status).toBe(422);
    const error = (result.body as FilingError).error;
    expect(error.code).toBe("not_eligible");
    expect(error.failures).toHaveLength(1);
    expect(error.failures![0]).toMatchObject({ rule: "age", message: { th: expect.stringContaining("60 ปี") } });
    expect(error.failures![0]!.advice.en).toMatch(/^You can register from 1 October 2038/);
    expect(await everything()).toEqual(before);
    // The nonce is not used up: the same read could still file another service.
    expect((await db.attestationNonce.findUniqueOrThrow({ where: { nonce: body.attestation.nonce } })).usedAt).toBeNull();
  });

  it("refuses an online filing the same way", async () => {
    const before = await everything();
    const error = await fileRequest(online()).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("not_eligible");
    expect(isAppError(error) && (error.details.failures as { rule: string }[]).map((f) => f.rule)).toEqual(["age"]);
    expect(await everything()).toEqual(before);
  });

  it("refuses online on an answer: a state pension", async () => {
    const elderly = { ...koResident, birthDate: "1950-05-05", phone: "0812345678" };
    const error = await fileRequest(online({ applicant: elderly, answers: { ...elderlyAnswers, receivesStatePension: true } })).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("not_eligible");
  });

  it("files what the rules cannot decide and shows the officer what to check", async () => {
    const result = await fileKioskRequest(await signedFiling(kiosk, { serviceCode: "ELDERLY_ALLOWANCE", answers: elderlyAnswers, card: boonma }), "https://ko.example");
    expect(result.status).toBe(201);
    const { reference } = result.body as FilingResponse;
    const detail = await getRequestDetail({ staff: welfare, reference });
    expect(detail!.eligibilityFlags).toEqual([{ kind: "undecided", rule: "thai_nationality", text: expect.objectContaining({ en: expect.stringMatching(/starting 3, 4 or 8/) }) }]);
  });

  it("files a typed online address for the disability allowance, flagged for the officer", async () => {
    const typed = { ...koResident, address: { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text: "99/1 ม.3 ต.ก้อ อ.ลี้ จ.ลำพูน" }, phone: "0812345678" };
    const filed = await fileRequest(online({ serviceCode: "DISABILITY_ALLOWANCE", applicant: typed, answers: { onBehalf: false, disabilityTypes: ["visual"], paymentMethod: "cash_self" } }));
    const stored = await db.request.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(JSON.parse(stored.eligibilityFlags)).toMatchObject([{ kind: "undecided", rule: "resident" }]);
  });

  it("lets the officer file at the counter for someone the rules refuse, recording the failures as flags", async () => {
    const filed = await fileRequest(
      online({ channel: "counter", identity: { source: "card_chip", detail: "card at the counter" }, actor: { type: "staff", label: "officer" } }),
    );
    const detail = await getRequestDetail({ staff: welfare, reference: filed.reference });
    expect(detail!.eligibilityFlags).toMatchObject([{ kind: "failed", rule: "age", advice: { en: expect.stringMatching(/1 October 2038/) } }]);
  });

  it("files an eligible applicant with no flags", async () => {
    const filed = await fileRequest(online({ serviceCode: "DISABILITY_ALLOWANCE", answers: { onBehalf: false, disabilityTypes: ["visual"], paymentMethod: "cash_self" } }));
    expect((await db.request.findUniqueOrThrow({ where: { reference: filed.reference } })).eligibilityFlags).toBe("[]");
  });

  it("answers the check before filing with the same rules", async () => {
    const result = await checkEligibility("ELDERLY_ALLOWANCE", koResident, undefined, "card_chip", "2026-12-07");
    expect(result?.outcome).toBe("ineligible");
    expect(await checkEligibility("NO_SUCH_SERVICE", koResident, undefined, "card_chip")).toBeNull();
  });
});
