import { DocState } from '../../gas/docState';
import { cacheLinks } from '../../gas/links';
import { triggerOwner } from '../setup/ownership';
import type { SetupStep } from '../setup/setupStep';
import { filterRegister, formatRegister, protectRegister } from './registerFormat';
import { REGISTER_SHEET } from './registerSheet';

/** setUp: the register as a working tool (colours, dropdowns, filter, protections) and cached links. */
export const registerStep: SetupStep = {
  name: 'Saksregister',
  run({ ss, settings }) {
    const state = DocState.load();
    const sheet = ss.getSheetByName(REGISTER_SHEET.name)!;
    const changes = [
      ...formatRegister(sheet, settings(), state, { verify: true }),
      ...filterRegister(sheet),
      ...protectRegister(ss, settings(), triggerOwner(state) || Session.getEffectiveUser().getEmail()),
    ];
    cacheLinks(ss, state);
    state.set('language', settings().language);
    state.save();
    return changes;
  },
};
