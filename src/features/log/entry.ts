import { uiAction } from '../menu/uiAction';
import { withWork } from '../register/work';
import { checkLog, checkReport, describeFinding } from './logCheck';

/**
 * Menu «Kontroller loggen»: checks that no row of «Logg» was edited, removed or inserted by hand, and names
 * the first row where that happened. The check is itself logged (who checked, when, what was found).
 */
export function menuCheckLog(): void {
  uiAction((t, ui) => {
    const report = withWork(Session.getActiveUser().getEmail(), (w) => {
      const v = checkLog(w.ss, w.state);
      w.log.add({
        saksnr: '',
        subDuty: '',
        event: w.t.logCheck.event,
        details: v.ok
          ? w.t.logCheck.eventOk(v.chained)
          : w.t.logCheck.eventBroken(describeFinding(v.findings[0]!, w.t), v.findings.length),
      });
      return checkReport(v, w.t);
    });
    ui.alert(t.logCheck.title, report, ui.ButtonSet.OK);
  });
}
