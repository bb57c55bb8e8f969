// Removes what must never reach a terminal or a log: e-mail addresses, tokens and keys.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=-]+/gi;
/** Google access tokens (ya29.…) and refresh tokens (1//…). */
const TOKEN = /\b(ya29\.[A-Za-z0-9._-]+|1\/\/[A-Za-z0-9._-]{20,})/g;
const PEM = /-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g;

export function redact(text: string): string {
  return text
    .replace(PEM, '***')
    .replace(BEARER, 'Bearer ***')
    .replace(TOKEN, '***')
    .replace(EMAIL, '<e-post>');
}
