/**
 * The school's people: e-mail address, name and role, from the sheet «Personale». The register keeps
 * e-mail addresses (they give access and reminders); documents sent home and to Statsforvalteren name
 * people by name and role instead ("Kari Lærer (kontaktlærer)").
 */

export interface Person {
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

export const PEOPLE_HEADERS = ['E-post', 'Navn', 'Rolle'] as const;

const EMAIL_IN_TEXT = /[^@\s,;<>()"]+@[^@\s,;<>()"]+\.[^@\s,;<>()"]+/g;

/** The rows of «Personale» (headers first) as people; rows without an address or a name are skipped. */
export function parsePeople(values: readonly (readonly unknown[])[]): Person[] {
  const [head, ...rows] = values;
  if (!head) return [];
  const at = (name: string) => head.findIndex((h) => String(h).trim().toLowerCase() === name.toLowerCase());
  const [e, n, r] = PEOPLE_HEADERS.map(at);
  if (e === undefined || n === undefined || e < 0 || n < 0) return [];
  return rows
    .map((row) => ({
      email: String(row[e] ?? '')
        .trim()
        .toLowerCase(),
      name: String(row[n] ?? '').trim(),
      role: r !== undefined && r >= 0 ? String(row[r] ?? '').trim() : '',
    }))
    .filter((p) => p.email.includes('@') && p.name !== '');
}

/** How a person is printed: "Kari Lærer (kontaktlærer)", or the name alone when no role is written. */
export function personLabel(p: Person): string {
  return p.role ? `${p.name} (${p.role})` : p.name;
}

export interface People {
  /** `text` with every known e-mail address replaced by the person's name and role. */
  label(text: string): string;
  /** The e-mail addresses in `texts` that «Personale» does not name, once each, in order. */
  unnamed(texts: readonly string[]): string[];
  readonly list: readonly Person[];
}

/** The directory: the sheet's people, and the rektor from «Innstillinger» when the sheet lacks them. */
export function peopleDirectory(people: readonly Person[], rektor?: Person): People {
  const byEmail = new Map<string, Person>();
  if (rektor?.email && rektor.name) byEmail.set(rektor.email.toLowerCase(), rektor);
  for (const p of people) byEmail.set(p.email, p);
  const find = (email: string) => byEmail.get(email.toLowerCase());
  return {
    list: [...byEmail.values()],
    label: (text) =>
      text.replace(EMAIL_IN_TEXT, (email) => {
        const p = find(email);
        return p ? personLabel(p) : email;
      }),
    unnamed: (texts) => {
      const missing: string[] = [];
      for (const t of texts)
        for (const email of t.match(EMAIL_IN_TEXT) ?? []) {
          const e = email.toLowerCase();
          if (!find(e) && !missing.includes(e)) missing.push(e);
        }
      return missing;
    },
  };
}
