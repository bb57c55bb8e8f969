/**
 * What the form dialogs and the server say to each other through google.script.run: types only, imported
 * by the server (features) and by the client scripts (src/ui/client), so a renamed field is a compile
 * error on both sides. Plain data only: google.script.run cannot carry a Date (dates are YYYY-MM-DD).
 */

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface FieldBase {
  readonly name: string;
  readonly label: string;
  readonly help?: string;
  readonly required?: boolean;
}

export type FieldSpec =
  | (FieldBase & {
      readonly kind: 'text' | 'email' | 'date' | 'textarea';
      readonly value?: string;
      readonly maxLength?: number;
      readonly rows?: number;
    })
  | (FieldBase & {
      readonly kind: 'select' | 'radio';
      readonly options: readonly Option[];
      readonly value?: string;
    })
  | (FieldBase & {
      readonly kind: 'checkboxes';
      readonly options: readonly Option[];
      readonly value?: readonly string[];
    })
  | {
      readonly kind: 'info';
      readonly name: string;
      readonly text: string;
      readonly tone?: 'note' | 'warning';
    };

/** A form dialog: the server describes it, the client draws it. */
export interface FormSpec {
  /** Which server action handles it (features/dialogs/actions.ts). */
  readonly action: string;
  /** The same request sent twice (a double click, a retry) is done once. */
  readonly requestId: string;
  /** What the action is about (a case number, the row it was on): sent back unchanged. */
  readonly context: Readonly<Record<string, string>>;
  readonly intro?: string;
  readonly fields: readonly FieldSpec[];
  readonly labels: {
    readonly submit: string;
    readonly cancel: string;
    readonly close: string;
    readonly working: string;
    readonly required: string;
  };
  readonly lang: 'nb' | 'nn';
}

export interface FormPayload {
  readonly action: string;
  readonly requestId: string;
  readonly context: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, string | readonly string[]>>;
}

export type FormResult =
  | { readonly status: 'done'; readonly message: string; readonly url?: string; readonly linkText?: string }
  | { readonly status: 'error'; readonly message: string; readonly field?: string };
