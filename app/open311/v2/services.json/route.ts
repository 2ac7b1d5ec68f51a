import { listOpen311Services } from "@/lib/open311/list-services";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return listOpen311Services(request, "json");
}
