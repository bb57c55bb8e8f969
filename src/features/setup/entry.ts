import { DocState } from '../../gas/docState';
import { ROOT_KEY } from '../documents/drive';
import { currentMessages, uiAction } from '../menu/uiAction';
import { protectRegister } from '../register/registerFormat';
import { withWork } from '../register/work';
import { TRIGGER_OWNER, triggerOwner } from './ownership';
import { runSetUp } from './setUp';
import { checkSetup, formatCheck } from './setupCheck';
import { SETUP_STEPS } from './steps';
import { installTriggers } from './triggersStep';

/** Menu: create or repair everything. Idempotent. */
export function setUp(): void {
  uiAction((_t, ui) => {
    const { changes } = runSetUp(SETUP_STEPS);
    const t = currentMessages();
    ui.alert(
      changes.length === 0
        ? t.setUp.nothingToDo
        : `${t.setUp.repaired(changes.length)}\n\n${changes.join('\n')}`,
    );
  });
}

/**
 * Menu «Overta driften …»: a new rektor (or whoever the school chooses) takes over running Skolemiljø.
 * Their triggers are installed, they are made an editor of the protected sheets (so intake and the
 * daily job can always write), and it is logged. The former owner's triggers, which only that person
 * can delete, remove themselves the next time they fire (ownership.ts).
 */
export function menuTakeOver(): void {
  uiAction((t, ui) => {
    const me = Session.getEffectiveUser().getEmail();
    const before = triggerOwner(DocState.load());
    if (before === me) return void ui.alert(t.setUp.alreadyOwner);
    const answer = ui.alert(t.setUp.takeOverTitle, t.setUp.takeOverConfirm(before), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return void ui.alert(t.dialogs.cancelled);
    const message = withWork(me, (w) => {
      w.state.set(TRIGGER_OWNER, me);
      const changes = installTriggers(w.ss, w.state, me, true);
      changes.push(...protectRegister(w.ss, w.settings, me));
      const notes: string[] = [];
      try {
        DriveApp.getFolderById(w.state.get(ROOT_KEY) ?? '').getName();
      } catch {
        notes.push(w.t.setUp.folderNotShared(w.settings.driveFolderUrl));
      }
      w.commit([
        {
          saksnr: '',
          log: [
            {
              subDuty: '',
              event: 'Drift overtatt',
              details: `${before || '–'} → ${me}. ${changes.join(' ')}`,
            },
          ],
        },
      ]);
      return [w.t.setUp.tookOver(before), ...notes].join('\n\n');
    });
    ui.alert(message);
  });
}

/** Menu «Sjekk oppsettet»: item by item, in Norwegian, what is in order and what to do. Changes nothing. */
export function menuCheckSetUp(): void {
  uiAction((t, ui) => {
    ui.alert(t.check.title, formatCheck(t, checkSetup(t)), ui.ButtonSet.OK);
  });
}
