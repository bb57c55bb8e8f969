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
      /** Values offered as the user types (a datalist): the school's people, say. */
      readonly suggestions?: readonly Option[];
      /** The keyboard a phone or tablet shows: 'numeric' for a whole number (validated by the server). */
      readonly inputMode?: 'numeric';
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
      /** 'heading' starts a group of fields (a form as long as the settings). */
      readonly tone?: 'note' | 'warning' | 'heading';
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
  /** Opens on this result: a menu action that did its work at once shows what it made, with a link. */
  readonly shown?: FormResult;
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

/** The case sidebar: the case's head, chronology, measures, documents and the next steps it allows. */
export interface CaseViewData {
  readonly saksnr: string;
  /** The row the case was on when read: sent back as a hint, checked by number. */
  readonly row: number;
  readonly status: string;
  readonly serious: boolean;
  readonly incomplete: string;
  readonly head: readonly { readonly label: string; readonly value: string }[];
  readonly deadlines: readonly {
    readonly label: string;
    readonly date: string;
    readonly state: 'overdue' | 'soon' | 'done' | '';
    /** The state in words: colour is never the only signal. */
    readonly stateText: string;
  }[];
  readonly texts: readonly { readonly label: string; readonly value: string }[];
  readonly chronology: readonly {
    readonly subDuty: string;
    readonly entries: readonly {
      readonly time: string;
      readonly who: string;
      readonly event: string;
      readonly details: string;
    }[];
  }[];
  readonly measures: readonly { readonly tiltak: string; readonly meta: string }[];
  readonly documents: readonly { readonly title: string; readonly url: string }[];
  readonly actions: readonly { readonly id: string; readonly label: string; readonly primary: boolean }[];
  /** The absence routine's steps (worrying absence, school refusal), when the case follows it. */
  readonly routine?: readonly { readonly label: string; readonly state: string; readonly done: boolean }[];
}

export interface CaseListItem {
  readonly saksnr: string;
  readonly row: number;
  readonly status: string;
  /** The most pressing deadline in words, or ''. */
  readonly next: string;
  readonly state: 'overdue' | 'soon' | '';
}

export interface SidebarLabels {
  readonly deadlines: string;
  readonly steps: string;
  readonly caseInfo: string;
  readonly chronology: string;
  readonly measures: string;
  readonly documents: string;
  readonly noMeasures: string;
  readonly noDocuments: string;
  readonly refresh: string;
  readonly loading: string;
  readonly back: string;
  readonly myCases: string;
  readonly allOpen: string;
  readonly none: string;
  readonly incomplete: string;
  readonly routine: string;
}

export interface SidebarData {
  readonly lang: 'nb' | 'nn';
  readonly labels: SidebarLabels;
  readonly view: CaseViewData | null;
  readonly list: readonly CaseListItem[] | null;
}

export type SidebarResult =
  | { readonly status: 'ok'; readonly view: CaseViewData; readonly message?: string }
  | { readonly status: 'error'; readonly message: string };
