/**
 * The email clients the newsletter fragment is checked against with
 * doiuse-email (caniemail.com data): every client caniemail tracks except
 * three that ignore attributes we keep on purpose, each with a fallback.
 * HEY ignores `width`/`height` attributes (the inline CSS sizes cover it,
 * and Outlook on Windows needs the attributes); Orange's webmail ignores
 * `lang` and `role`; the retired Windows Mail app ignores `role`. Dropping
 * `role="presentation"` would make screen readers announce every layout
 * table in all the other clients.
 */
export const EMAIL_TARGET_CLIENTS = ["*", "!hey.*", "!orange.desktop-webmail", "!outlook.windows-mail"];
