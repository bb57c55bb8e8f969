// The OAuth scopes the tool asks for: the narrowest that work (see docs/skoleeier.md for why each).
export const SCOPES = [
  // Only files this tool created (the schools' spreadsheets, report spreadsheets, registry, form):
  // Sheets and Forms accept it for such files, so no access to anything else in the account's Drive.
  'https://www.googleapis.com/auth/drive.file',
  // Create the bound scripts and upload their code.
  'https://www.googleapis.com/auth/script.projects',
] as const;
