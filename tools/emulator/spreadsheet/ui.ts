import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';

/**
 * The spreadsheet's user interface: menus, alerts, prompts, sidebars and dialogs.
 * https://developers.google.com/apps-script/reference/base/ui
 * Tests answer alerts and prompts in advance with `_answer`; an unanswered one throws, so a test
 * never silently clicks "OK" for the user.
 */

export interface MenuItem {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: MenuSpec;
}
export interface MenuSpec {
  name: string;
  items: MenuItem[];
}
export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
}
export interface Answer {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text?: string;
}

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class UiState {
  readonly menus: MenuSpec[] = [];
  readonly dialogs: { title: string; prompt: string; kind: 'alert' | 'prompt'; answer: Answer }[] = [];
  readonly shown: ShownHtml[] = [];
  private readonly answers: Answer[] = [];

  answer(...answers: Answer[]): void {
    this.answers.push(...answers);
  }
  take(title: string, prompt: string, kind: 'alert' | 'prompt', buttons: string): Answer {
    const next = this.answers.shift();
    const answer = next ?? (buttons === 'OK' && kind === 'alert' ? { button: 'OK' as const } : undefined);
    if (!answer)
      throw new Error(`Apps Script emulator: no answer queued for the ${kind} "${title}: ${prompt}".`);
    this.dialogs.push({ title, prompt, kind, answer });
    return answer;
  }
}

const MENU_METHODS = new Set(['addItem', 'addSeparator', 'addSubMenu', 'addToUi']);

class EmuMenu implements Partial<GoogleAppsScript.Base.Menu> {
  constructor(
    readonly _spec: MenuSpec,
    readonly _state: UiState,
  ) {}
  private self(): GoogleAppsScript.Base.Menu {
    return gas(proxyOf(this));
  }
  addItem(caption: string, functionName: string) {
    this._spec.items.push({ caption, functionName });
    return this.self();
  }
  addSeparator() {
    this._spec.items.push({ caption: '', separator: true });
    return this.self();
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu) {
    const sub = (menu as unknown as EmuMenu)._spec;
    this._spec.items.push({ caption: sub.name, submenu: sub });
    return this.self();
  }
  addToUi(): void {
    const i = this._state.menus.findIndex((m) => m.name === this._spec.name);
    if (i >= 0) this._state.menus.splice(i, 1, this._spec);
    else this._state.menus.push(this._spec);
  }
}

export class EmuUi implements Partial<GoogleAppsScript.Base.Ui> {
  readonly Button = gas<typeof GoogleAppsScript.Base.Button>(BUTTON);
  readonly ButtonSet = gas<typeof GoogleAppsScript.Base.ButtonSet>(BUTTON_SET);
  constructor(
    readonly _env: Env,
    readonly _state: UiState,
  ) {}
  static _create(env: Env, state: UiState): EmuUi {
    return track(new EmuUi(env, state), 'Ui', env, new Set(['createMenu', 'createAddonMenu']));
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return gas(
      track(new EmuMenu({ name: caption, items: [] }, this._state), 'Menu', this._env, MENU_METHODS),
    );
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.createMenu('Utvidelser › Skolemiljø');
  }
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] =
      typeof b === 'string' ? [a, b, String(c ?? 'OK')] : ['', a, String(b ?? 'OK')];
    return gas(this._state.take(title, prompt, 'alert', buttons).button);
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] =
      typeof b === 'string' ? [a, b, String(c ?? 'OK')] : ['', a, String(b ?? 'OK')];
    const answer = this._state.take(title, prompt, 'prompt', buttons === 'OK' ? 'PROMPT' : buttons);
    return gas(
      track(
        { getResponseText: () => answer.text ?? '', getSelectedButton: () => answer.button },
        'PromptResponse',
        this._env,
      ),
    );
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const o = userInterface as unknown as { _title: string; _content: string; _width?: number };
    this._state.shown.push({ kind: 'sidebar', title: o._title, html: o._content });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const o = userInterface as unknown as { _content: string; _width?: number; _height?: number };
    this._state.shown.push({
      kind: 'modal',
      title,
      html: o._content,
      width: o._width,
      height: o._height,
    } as ShownHtml);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const o = userInterface as unknown as { _content: string };
    this._state.shown.push({ kind: 'modeless', title, html: o._content });
  }
}
