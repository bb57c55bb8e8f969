/**
 * What the plan and evaluation dialogs send to the server through google.script.run. The client is a
 * browser: everything it sends is checked here (types, lengths, choices) before it is used. Dates travel
 * as `YYYY-MM-DD` strings, never as Date objects (google.script.run cannot carry them).
 */
import * as z from 'zod/mini';

const MAX_TEXT = 8000;
const text = () => z._default(z.string().check(z.maxLength(MAX_TEXT)), '');
const shortText = () => z._default(z.string().check(z.maxLength(500)), '');
const isoDate = () => z._default(z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)), '');
const id = () => z.string().check(z.minLength(1), z.maxLength(100));

export const ANONYMITY_CHOICES = ['replace', 'keep'] as const;
export type AnonymityChoice = (typeof ANONYMITY_CHOICES)[number];

export const PlanRequestSchema = z.object({
  saksnr: id(),
  requestId: id(),
  problem: text(),
  /** What the investigation showed (who was heard, and how); optional. */
  undersokelse: text(),
  elevensBeskrivelse: text(),
  /** Why the student was not heard, when the description is empty (§ 10-1: the student must be heard). */
  ikkeHort: text(),
  elevensOnsker: text(),
  foresattesSyn: text(),
  barnetsBeste: text(),
  gjennomforing: text(),
  merknader: text(),
  evalueringsdato: isoDate(),
  pdf: z._default(z.boolean(), true),
  anonymity: z.optional(z.enum(ANONYMITY_CHOICES)),
});
export type PlanRequest = z.infer<typeof PlanRequestSchema>;

export const VERDICTS = ['videreføre', 'endre', 'avslutte'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const LEVELS = ['individ', 'gruppe', 'system'] as const;
export const CONCLUSIONS = ['avslutte', 'videreføre', 'ny plan'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export const EvaluationRequestSchema = z.object({
  saksnr: id(),
  requestId: id(),
  date: isoDate(),
  deltakere: shortText(),
  elevensOpplevelse: text(),
  foresattesSyn: text(),
  decisions: z.array(
    z.object({
      row: z.int().check(z.minimum(2), z.maximum(1_000_000)),
      tiltak: z.string().check(z.maxLength(MAX_TEXT)),
      verdict: z.enum(VERDICTS),
      kommentar: shortText(),
    }),
  ),
  newMeasures: z._default(
    z.array(
      z.object({
        tiltak: z.string().check(z.maxLength(MAX_TEXT)),
        niva: z.enum(LEVELS),
        hvem: shortText(),
      }),
    ),
    [],
  ),
  problemetLost: z.enum(['ja', 'nei', 'delvis']),
  begrunnelse: text(),
  konklusjon: z.enum(CONCLUSIONS),
  nesteEvaluering: isoDate(),
  eksternHjelp: z._default(z.array(z.string().check(z.maxLength(100))), []),
  eksternHjelpKommentar: shortText(),
  oppfolging: text(),
  pdf: z._default(z.boolean(), true),
  anonymity: z.optional(z.enum(ANONYMITY_CHOICES)),
});
export type EvaluationRequest = z.infer<typeof EvaluationRequestSchema>;

/** The request, or null when the client sent something else. */
export function parsePlanRequest(raw: unknown): PlanRequest | null {
  const r = PlanRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseEvaluationRequest(raw: unknown): EvaluationRequest | null {
  const r = EvaluationRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** What the dialogs get back. Plain data: it crosses google.script.run. */
export type DialogResult =
  | { readonly status: 'done'; readonly message: string; readonly url: string; readonly title: string }
  | {
      readonly status: 'names';
      readonly message: string;
      readonly names: { name: string; suggestion: string }[];
    }
  | { readonly status: 'error'; readonly message: string };
