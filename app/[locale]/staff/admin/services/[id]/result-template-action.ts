"use server";

import { revalidatePath } from "next/cache";
import { isAppError } from "@/lib/errors/app-error";
import { updateResultTemplate } from "@/lib/requests/paperwork/update-result-template";
import { adminActionSession } from "../../_lib/guard";

export type ResultTemplateState = { status: "idle" | "saved" | "error"; problem?: string; at: number };

/** Saves a service's result letter template; the operation checks the admin itself. */
export async function saveResultTemplate(_previous: ResultTemplateState, form: FormData): Promise<ResultTemplateState> {
  const at = Date.now();
  try {
    await updateResultTemplate(await adminActionSession(), {
      serviceId: Number(form.get("serviceId")),
      th: String(form.get("templateTh") ?? ""),
      en: String(form.get("templateEn") ?? ""),
    });
    revalidatePath("/[locale]/staff/admin/services/[id]", "page");
    return { status: "saved", at };
  } catch (error) {
    if (isAppError(error)) return { status: "error", problem: error.code, at };
    console.error("result template save failed:", error instanceof Error ? error.message : "unknown error");
    return { status: "error", problem: "unknown", at };
  }
}
