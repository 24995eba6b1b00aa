import { getDb } from "@/db";
import { responseForError } from "@/lib/http/respond";
import { receiveLamodaWebhook } from "@/lib/sync/lamoda-webhook";

// Authenticated by the marketplace's HMAC signature, not by a user session or API key.
export async function POST(request: Request) {
  try {
    const result = await receiveLamodaWebhook(await getDb(), await request.text(), request.headers);
    return Response.json(result, { status: 200 });
  } catch (err) {
    return responseForError(err);
  }
}
