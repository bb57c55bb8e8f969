/**
 * The global `MimeType` enum of Apps Script: names to the real MIME strings.
 * https://developers.google.com/apps-script/reference/base/mime-type
 * (values checked against gas-fakes' googlemimetypes.js, which is tested against live Apps Script.)
 */
export const MIME = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
} as const;

/** The `MimeType` global handed to the script (a plain enum object: reading it is not a service call). */
export function createMimeType(): GoogleAppsScript.Base.MimeType {
  return Object.freeze({ ...MIME, toString: () => 'MimeType' });
}

/** Google-native types: their content lives in the Docs/Sheets/Forms services, not in bytes. */
export function isGoogleType(mimeType: string | null): boolean {
  return mimeType?.startsWith('application/vnd.google-apps.') ?? false;
}

/** Extension → MIME type, for Blob.setContentTypeFromExtension and Blob.getAs names. */
export const EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: MIME.PDF,
  txt: MIME.PLAIN_TEXT,
  html: MIME.HTML,
  htm: MIME.HTML,
  csv: MIME.CSV,
  css: MIME.CSS,
  js: MIME.JAVASCRIPT,
  json: 'application/json',
  png: MIME.PNG,
  jpg: MIME.JPEG,
  jpeg: MIME.JPEG,
  gif: MIME.GIF,
  bmp: MIME.BMP,
  svg: MIME.SVG,
  zip: MIME.ZIP,
  rtf: MIME.RTF,
  doc: MIME.MICROSOFT_WORD_LEGACY,
  docx: MIME.MICROSOFT_WORD,
  xls: MIME.MICROSOFT_EXCEL_LEGACY,
  xlsx: MIME.MICROSOFT_EXCEL,
  ppt: MIME.MICROSOFT_POWERPOINT_LEGACY,
  pptx: MIME.MICROSOFT_POWERPOINT,
  odt: MIME.OPENDOCUMENT_TEXT,
  ods: MIME.OPENDOCUMENT_SPREADSHEET,
  odp: MIME.OPENDOCUMENT_PRESENTATION,
  odg: MIME.OPENDOCUMENT_GRAPHICS,
};

export function extensionOf(mimeType: string): string | null {
  for (const [ext, mime] of Object.entries(EXTENSIONS)) if (mime === mimeType) return ext;
  return null;
}

/**
 * The name a converted blob gets. Blob.getAs / Document.getAs: "assumes that the part of the filename that
 * follows the last period (if any) is an existing extension that should be replaced. Consequently,
 * 'ShoppingList.12.25.2014' becomes 'ShoppingList.12.25.pdf'."
 * https://developers.google.com/apps-script/reference/base/blob#getAs(String)
 */
export function replaceExtension(name: string | null, mimeType: string): string | null {
  if (name === null) return null;
  const ext = extensionOf(mimeType);
  if (!ext) return name;
  const dot = name.lastIndexOf('.');
  return `${dot >= 0 ? name.slice(0, dot) : name}.${ext}`;
}
