import { getOpen311Definition } from "@/lib/open311/get-definition";

export const dynamic = "force-dynamic";

// /open311/v2/services/{service_code}.json or .xml
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return getOpen311Definition(request, file);
}
