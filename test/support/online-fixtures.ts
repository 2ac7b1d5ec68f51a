import { fileRequest, type FiledRequest } from "@/lib/requests/file-request";
import { koResident } from "./kiosk-device";

/** For integration tests: a street-repair request typed online (not verified from a card). */
export function fileTypedOnline(citizenId = koResident.citizenId): Promise<FiledRequest> {
  return fileRequest({
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    channel: "online",
    applicant: { ...koResident, citizenId, phone: "0812345678" },
    identity: { source: "typed", detail: "typed online by the applicant, not verified from the card" },
    answers: { problemType: "road", location: "หน้าวัด" },
    idempotencyKey: null,
    actor: { type: "public", label: "online" },
  });
}
