import { getTranslations } from "next-intl/server";
import { recipientSignOutAction } from "../actions";

/** Sign out: a plain form posting to the server action (works without JavaScript). */
export async function SignOut({ locale }: { locale: string }) {
  const t = await getTranslations("integrity.recipient");
  return (
    <form action={recipientSignOutAction} className="integrity-signout">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--secondary">
        {t("signOut")}
      </button>
    </form>
  );
}
