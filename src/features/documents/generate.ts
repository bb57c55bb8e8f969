import { docUrl, templateFileName, textHash } from '../../domain/documents/caseDocuments';
import type { DocumentValues } from '../../domain/documents/documentData';
import type { DocumentKind, Lang } from '../../domain/documents/placeholders';
import type { DocState } from '../../gas/docState';
import type { Messages } from '../../i18n';
import { UserError } from '../menu/userError';
import { checkLayout, fillBody, type LayoutFacts, readFacts } from './docEngine';
import { layoutKey, templateKey } from './drive';

const PDF = 'application/pdf';

export interface GenerateOptions {
  readonly kind: DocumentKind;
  readonly lang: Lang;
  /** The new file's name (documentFileName): a case number and a version, no personal data. */
  readonly name: string;
  readonly folder: GoogleAppsScript.Drive.Folder;
  readonly values: DocumentValues;
  /** Also export a PDF beside the Doc, for the archive and for sending home. */
  readonly pdf: boolean;
  readonly state: DocState;
  readonly t: Messages;
}

export interface CaseFile {
  readonly id: string;
  readonly file: GoogleAppsScript.Drive.File;
}

export interface Generated {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly pdf: boolean;
  /** The Doc and its PDF, for sharing them without opening them again. */
  readonly files: readonly CaseFile[];
}

/**
 * Makes one document from the school's own template: copies it into the folder, reads the copy's text,
 * fills it and saves it, then exports the PDF. A template seen before (same text) is not checked again;
 * a changed one is checked first, and when it has a problem (an unknown placeholder, say) the unfilled
 * copy goes straight to the trash and the message names the problem: no document is made, and the
 * copy never held anything but the template. Any failure while filling also trashes the copy.
 */
export function generateDocument(o: GenerateOptions): Generated {
  const { kind, lang, t, state } = o;
  const templateName = templateFileName(kind, lang);
  const templateId = state.get(templateKey(lang, kind));
  let template: GoogleAppsScript.Drive.File;
  try {
    if (!templateId) throw new Error('no template');
    template = DriveApp.getFileById(templateId);
  } catch {
    throw new UserError(t.documents.noTemplate(templateName));
  }

  const copy = template.makeCopy(o.name, o.folder);
  const id = copy.getId();
  const doc = DocumentApp.openById(id);
  try {
    const body = doc.getBody();
    const text = body.getText();
    const lines = text.split('\n');
    const key = layoutKey(templateId!);
    const known = state.getJson<RememberedLayout | null>(key, null);
    const hash = textHash(text);
    let facts: LayoutFacts;
    let tables: GoogleAppsScript.Document.Table[] | null = null;
    if (known && known.hash === hash) {
      facts = known.facts;
    } else {
      const read = readFacts(body, lines, t.documents, templateName);
      const problems = checkLayout(lines, read.facts, kind, lang);
      if (problems.length > 0) {
        throw new UserError(
          t.documents.templateProblems(templateName, problems.map((p) => `• ${p}`).join('\n')),
        );
      }
      facts = read.facts;
      tables = read.tables;
      state.setJson(key, { hash, facts });
    }
    fillBody(body, lines, facts, o.values, kind, t.documents, templateName, tables);
    // Drive copies and exports a Doc as last saved.
    doc.saveAndClose();
  } catch (error) {
    discard(doc, copy);
    throw error;
  }
  const files: CaseFile[] = [{ id, file: copy }];
  if (o.pdf) {
    const pdf = o.folder.createFile(copy.getAs(PDF));
    files.push({ id: pdf.getId(), file: pdf });
  }
  return { id, url: docUrl(id), name: o.name, pdf: o.pdf, files };
}

/** A template's layout, remembered with the hash of the text it was read from. */
export interface RememberedLayout {
  readonly hash: string;
  readonly facts: LayoutFacts;
}

/** Remembers the layout of a template just written (setUp), so the first document needs no check. */
export function rememberLayout(
  state: DocState,
  templateId: string,
  body: GoogleAppsScript.Document.Body,
  t: Messages,
  name: string,
): void {
  const text = body.getText();
  const { facts } = readFacts(body, text.split('\n'), t.documents, name);
  state.setJson(layoutKey(templateId), { hash: textHash(text), facts });
}

function discard(doc: GoogleAppsScript.Document.Document, copy: GoogleAppsScript.Drive.File): void {
  try {
    doc.saveAndClose();
  } catch {
    // Already closed.
  }
  copy.setTrashed(true);
}
