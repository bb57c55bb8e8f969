// The four Google API clients the tool uses, loaded one by one (all of googleapis takes seconds to load).
import type { OAuth2Client } from 'google-auth-library';
import { drive_v3 } from 'googleapis/build/src/apis/drive/v3.js';
import { forms_v1 } from 'googleapis/build/src/apis/forms/v1.js';
import { script_v1 } from 'googleapis/build/src/apis/script/v1.js';
import { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4.js';

export interface Apis {
  drive: drive_v3.Drive;
  sheets: sheets_v4.Sheets;
  script: script_v1.Script;
  forms: forms_v1.Forms;
}

export interface ApiOptions {
  /** Replaces every API's root URL: the tests' local fake of Google. */
  rootUrl?: string;
  timeoutMs: number;
}

export function createApis(auth: OAuth2Client, options: ApiOptions): Apis {
  // Our own Caller retries (with jitter, and knowing which calls are creates), so the client must not.
  const common = {
    auth,
    timeout: options.timeoutMs,
    retry: false,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  };
  return {
    drive: new drive_v3.Drive(common),
    sheets: new sheets_v4.Sheets(common),
    script: new script_v1.Script(common),
    forms: new forms_v1.Forms(common),
  };
}
