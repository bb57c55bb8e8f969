import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';
import type { FormSpec, FormsStore, ItemSpec, ItemType, NavType } from './model.js';
import { NAV_TYPES } from './model.js';

/**
 * Form items as Apps Script hands them out: a generic `Item` (from getItems, getItemById) or a typed item
 * (from add…Item or as…Item). Each face has only the methods its reference class has
 * (https://developers.google.com/apps-script/reference/forms/item and the typed item classes): calling
 * `setRequired` on a PageBreakItem, or `setChoiceValues` on a generic Item without `asCheckboxItem()`,
 * fails as it does in Apps Script ("… is not a function").
 */

const FACE_OF: Record<ItemType, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  DATE: 'DateItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
};

const BASE = ['getId', 'getIndex', 'getType', 'getTitle', 'setTitle', 'getHelpText', 'setHelpText'];
const AS = [
  'asTextItem',
  'asParagraphTextItem',
  'asMultipleChoiceItem',
  'asCheckboxItem',
  'asListItem',
  'asDateItem',
  'asSectionHeaderItem',
  'asPageBreakItem',
];
const QUESTION = ['isRequired', 'setRequired'];
const CHOICES = ['getChoices', 'setChoiceValues', 'setChoices', 'createChoice'];
const FACE_METHODS: Record<string, readonly string[]> = {
  Item: [...BASE, ...AS],
  TextItem: [...BASE, ...QUESTION],
  ParagraphTextItem: [...BASE, ...QUESTION],
  DateItem: [...BASE, ...QUESTION],
  MultipleChoiceItem: [...BASE, ...QUESTION, ...CHOICES, 'hasOtherOption', 'showOtherOption'],
  CheckboxItem: [...BASE, ...QUESTION, ...CHOICES, 'hasOtherOption', 'showOtherOption'],
  ListItem: [...BASE, ...QUESTION, ...CHOICES],
  SectionHeaderItem: BASE,
  PageBreakItem: [...BASE, 'getGoToPage', 'getPageNavigationType', 'setGoToPage'],
};
const ALL_METHODS = [...new Set(Object.values(FACE_METHODS).flat())];
/** Methods that return the item itself, for chaining. */
const CHAINING = new Set([
  'setTitle',
  'setHelpText',
  'setRequired',
  'setChoiceValues',
  'setChoices',
  'showOtherOption',
  'setGoToPage',
]);

/** A Choice (https://developers.google.com/apps-script/reference/forms/choice): a value, made by createChoice. */
export interface ChoiceValue {
  readonly _value: string;
  readonly _nav: { type: NavType; goto: number | null } | null;
  readonly _ownerType: ItemType;
}

export function isChoice(value: unknown): value is ChoiceValue {
  return typeof value === 'object' && value !== null && typeof (value as ChoiceValue)._value === 'string';
}

export function isItemFace(value: unknown): value is { _spec: ItemSpec; _form: FormSpec } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { _spec?: unknown })._spec === 'object'
  );
}

/** The item behind a face, which must still be in the form ("Item has been deleted" otherwise). */
function live(form: FormSpec, spec: ItemSpec): ItemSpec {
  if (!form.items.includes(spec)) throw new Error('The item has been deleted.');
  return spec;
}

export function makeChoice(env: Env, form: FormSpec, store: FormsStore, choice: ChoiceValue) {
  return track(
    {
      _value: choice._value,
      _nav: choice._nav,
      _ownerType: choice._ownerType,
      getValue: () => choice._value,
      // Navigation applies only to MultipleChoiceItem (and ListItem) choices; other choices give null.
      getPageNavigationType: () =>
        choice._ownerType === 'CHECKBOX' ? null : (choice._nav?.type ?? (null as unknown as string)),
      getGotoPage: () => {
        const id = choice._nav?.type === 'GO_TO_PAGE' ? choice._nav.goto : null;
        const target = id === null ? undefined : form.items.find((i) => i.id === id);
        return target ? itemFace(env, store, form, target, 'PageBreakItem') : null;
      },
      isCorrectAnswer: () => false,
    },
    'Choice',
    env,
  );
}

function navFrom(form: FormSpec, arg: unknown, what: string): { type: NavType; goto: number | null } {
  if (isItemFace(arg)) {
    if (arg._spec.type !== 'PAGE_BREAK' || arg._form !== form) throw new Error(`Invalid argument: ${what}`);
    return { type: 'GO_TO_PAGE', goto: live(form, arg._spec).id };
  }
  const type = String(arg) as NavType;
  if (!NAV_TYPES.includes(type)) throw new Error(`Invalid argument: ${what}`);
  // GO_TO_PAGE needs a page: only createChoice(value, pageBreakItem) / setGoToPage(pageBreakItem) give one.
  if (type === 'GO_TO_PAGE') throw new Error(`Invalid argument: ${what}`);
  return { type, goto: null };
}

/** The operations of every face, on the shared ItemSpec. */
function operations(env: Env, store: FormsStore, form: FormSpec, spec: ItemSpec) {
  const item = () => live(form, spec);
  const choiceItem = () => item();
  return {
    getId: () => item().id,
    getIndex: () => form.items.indexOf(item()),
    getType: () => item().type,
    getTitle: () => item().title,
    setTitle: (title: string) => {
      // Find the question's column by its current title first: a person may have moved it.
      store.followMovedColumns(form);
      item().title = String(title ?? '');
      store.writeHeader(form);
    },
    getHelpText: () => item().helpText,
    setHelpText: (text: string) => {
      item().helpText = String(text ?? '');
    },
    isRequired: () => item().required,
    setRequired: (enabled: boolean) => {
      item().required = Boolean(enabled);
    },
    getChoices: () =>
      choiceItem().choices.map((value, i) =>
        makeChoice(env, form, store, {
          _value: value,
          _nav: spec.choiceNav?.[i] ?? null,
          _ownerType: spec.type,
        }),
      ),
    /** "Throws an exception if the given array is empty." Plain values drop any page navigation. */
    setChoiceValues: (values: string[]) => {
      if (!Array.isArray(values) || values.length === 0)
        throw new Error('Invalid argument: values (the array is empty)');
      const s = choiceItem();
      s.choices = values.map(String);
      s.choiceNav = null;
    },
    /**
     * "Throws an exception if the given array is empty or contains a null element"; "Choices that use page
     * navigation cannot be combined in the same item with choices that do not use page navigation."
     * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setChoices(Choice)
     */
    setChoices: (choices: unknown[]) => {
      if (!Array.isArray(choices) || choices.length === 0 || choices.some((c) => !isChoice(c)))
        throw new Error('Invalid argument: choices');
      const list = choices as ChoiceValue[];
      const withNav = list.filter((c) => c._nav !== null).length;
      if (withNav > 0 && withNav < list.length)
        throw new Error(
          'Choices that use page navigation cannot be combined with choices that do not use page navigation.',
        );
      if (withNav > 0 && spec.type === 'CHECKBOX') throw new Error('Invalid argument: choices');
      const s = choiceItem();
      s.choices = list.map((c) => c._value);
      s.choiceNav = withNav > 0 ? list.map((c) => c._nav!) : null;
    },
    createChoice: (value: string, second?: unknown) => {
      const s = choiceItem();
      if (value === null || value === undefined) throw new Error('Invalid argument: value');
      let nav: ChoiceValue['_nav'] = null;
      // createChoice(value, isCorrect) is the quiz form; navigation only exists on MultipleChoice and List.
      if (second !== undefined && typeof second !== 'boolean') {
        if (s.type === 'CHECKBOX')
          throw new Error(
            "The parameters don't match the method signature for FormApp.CheckboxItem.createChoice.",
          );
        nav = navFrom(form, second, 'navigationItem');
      }
      return makeChoice(env, form, store, { _value: String(value), _nav: nav, _ownerType: s.type });
    },
    hasOtherOption: () => item().otherOption,
    showOtherOption: (enabled: boolean) => {
      item().otherOption = Boolean(enabled);
    },
    getGoToPage: () => {
      const nav = item().pageNav;
      const target = nav.type === 'GO_TO_PAGE' ? form.items.find((i) => i.id === nav.goto) : undefined;
      return target ? itemFace(env, store, form, target, 'PageBreakItem') : null;
    },
    getPageNavigationType: () => item().pageNav.type,
    setGoToPage: (target: unknown) => {
      item().pageNav = navFrom(form, target, 'goToPageItem');
    },
  };
}

/** The tracked face `faceName` ('Item' or a typed item class) of one item. */
export function itemFace(
  env: Env,
  store: FormsStore,
  form: FormSpec,
  spec: ItemSpec,
  faceName = 'Item',
): GoogleAppsScript.Forms.Item {
  const ops = operations(env, store, form, spec) as Record<string, (...args: unknown[]) => unknown>;
  const allowed = new Set(FACE_METHODS[faceName]);
  const face: Record<string, unknown> = { _spec: spec, _form: form, _face: faceName };
  let proxy: unknown;
  for (const name of ALL_METHODS) {
    if (!allowed.has(name)) {
      face[name] = () => {
        throw new TypeError(`${faceName}.${name} is not a function`);
      };
      continue;
    }
    if (name.startsWith('as')) {
      const wanted = name.slice(2);
      face[name] = () => {
        const type = live(form, spec).type;
        // "Throws a scripting exception if the ItemType was not already …"
        if (FACE_OF[type] !== wanted) throw new Error(`Item is not a ${wanted}.`);
        return itemFace(env, store, form, spec, wanted);
      };
      continue;
    }
    const op = ops[name]!;
    face[name] = CHAINING.has(name)
      ? (...args: unknown[]) => {
          op(...args);
          return proxy;
        }
      : op;
  }
  proxy = track(face, faceName, env);
  return gas(proxy);
}

export function typedFace(env: Env, store: FormsStore, form: FormSpec, spec: ItemSpec) {
  return itemFace(env, store, form, spec, FACE_OF[spec.type]);
}
