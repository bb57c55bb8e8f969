// The fake's world: Drive files with app properties and permissions, spreadsheets with cells, bound
// scripts, forms with revisions and responses. Only what the command line uses, with Google's semantics.
export type Cell = string | number | boolean;

export interface Permission {
  id: string;
  type: 'user';
  role: 'owner' | 'writer' | 'reader';
  emailAddress: string;
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  appProperties: Record<string, string>;
  createdSeq: number;
  trashed: boolean;
  permissions: Permission[];
}

export interface Tab {
  sheetId: number;
  title: string;
  frozenRowCount: number;
  /** Row-major, ragged; missing cells are empty. */
  rows: Cell[][];
}

export interface Spreadsheet {
  id: string;
  tabs: Tab[];
  nextSheetId: number;
}

export interface ScriptProject {
  scriptId: string;
  title: string;
  parentId: string | null;
  files: { name: string; type: string; source: string }[];
  uploads: number;
}

export interface FormItem {
  itemId: string;
  title: string;
  questionItem?: { question: Record<string, unknown> & { questionId: string } };
}

export interface FormResponse {
  responseId: string;
  lastSubmittedTime: string;
  answers: Record<string, { questionId: string; textAnswers: { answers: { value: string }[] } }>;
}

export interface Form {
  formId: string;
  info: { title: string; documentTitle: string; description?: string };
  items: FormItem[];
  revision: number;
  published: boolean;
  acceptingResponses: boolean;
  responses: FormResponse[];
}

export const OWNER = 'skolemiljo-drift@kommune.example';

export class World {
  files = new Map<string, DriveFile>();
  spreadsheets = new Map<string, Spreadsheet>();
  scripts = new Map<string, ScriptProject>();
  forms = new Map<string, Form>();
  /** Permission creates for an address that already had access: a second invitation e-mail. */
  repeatedInvitations: string[] = [];
  private seq = 0;

  newId(prefix: string): string {
    this.seq++;
    return `${prefix}${this.seq.toString(36).padStart(6, '0')}${Math.random().toString(36).slice(2, 10)}`;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  createFile(name: string, mimeType: string, appProperties: Record<string, string> = {}): DriveFile {
    const file: DriveFile = {
      id: this.newId(mimeType.endsWith('form') ? 'form' : 'file'),
      name,
      mimeType,
      appProperties: { ...appProperties },
      createdSeq: this.nextSeq(),
      trashed: false,
      permissions: [{ id: 'owner', type: 'user', role: 'owner', emailAddress: OWNER }],
    };
    this.files.set(file.id, file);
    if (mimeType === 'application/vnd.google-apps.spreadsheet')
      // A new spreadsheet's first tab has id 0, as in Google Sheets.
      this.spreadsheets.set(file.id, {
        id: file.id,
        tabs: [{ sheetId: 0, title: 'Sheet1', frozenRowCount: 0, rows: [] }],
        nextSheetId: 1,
      });
    return file;
  }

  /** A school's register: its spreadsheet holds (or will hold) the cases. The CLI must never read it. */
  isRegister(spreadsheetId: string): boolean {
    const file = this.files.get(spreadsheetId);
    if (file?.appProperties.role === 'school') return true;
    if ([...this.scripts.values()].some((s) => s.parentId === spreadsheetId)) return true;
    return Boolean(this.spreadsheets.get(spreadsheetId)?.tabs.some((t) => t.title === 'Saker'));
  }

  tagged(props: Record<string, string>): DriveFile[] {
    return [...this.files.values()].filter(
      (f) => !f.trashed && Object.entries(props).every(([k, v]) => f.appProperties[k] === v),
    );
  }
}
