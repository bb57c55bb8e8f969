import { currentMessages, uiAction } from '../menu/uiAction';
import { runSetUp } from './setUp';
import { SETUP_STEPS } from './steps';

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
