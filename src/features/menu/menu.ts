import type { Messages } from '../../i18n';

/**
 * The Skolemiljø menu. Built in onOpen, which for an add-on runs in AuthMode.NONE: it may touch
 * nothing but the Ui, so it takes the messages as an argument instead of reading settings.
 * Each item names an exported function of main.ts.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, t: Messages): void {
  const documents = ui
    .createMenu(t.menu.documents)
    .addItem(t.menu.makePlan, 'menuMakePlan')
    .addItem(t.menu.makeEvaluation, 'menuMakeEvaluation')
    .addItem(t.menu.makeDocumentation, 'menuMakeDocumentation')
    .addItem(t.menu.makeSkoleeierNotice, 'menuMakeSkoleeierNotice')
    .addItem(t.menu.makeAgenda, 'menuMakeAgenda');
  const absence = ui
    .createMenu(t.menu.absence)
    .addItem(t.menu.absenceStart, 'menuAbsenceStart')
    .addItem(t.menu.absenceStep, 'menuAbsenceStep')
    .addItem(t.menu.makeAgreement, 'menuMakeAgreement');
  const wheel = ui
    .createMenu(t.menu.wheel)
    .addItem(t.menu.showWheel, 'menuShowWheel')
    .addItem(t.menu.markWheelDone, 'menuMarkWheelDone')
    .addItem(t.menu.makeTiltaksplanEvaluation, 'menuMakeTiltaksplanEvaluation');
  ui.createAddonMenu()
    .addItem(t.menu.myCases, 'menuMyCases')
    .addItem(t.menu.showCase, 'menuShowCase')
    .addItem(t.menu.registerConcern, 'menuRegisterConcern')
    .addItem(t.menu.registerEvent, 'menuRegisterEvent')
    .addItem(t.menu.changeStatus, 'menuChangeStatus')
    .addItem(t.menu.assign, 'menuAssign')
    .addItem(t.menu.closeCase, 'menuCloseCase')
    .addItem(t.menu.reopenCase, 'menuReopenCase')
    .addItem(t.menu.newMeasure, 'menuNewMeasure')
    .addItem(t.menu.skoleeierNotified, 'menuSkoleeierNotified')
    .addItem(t.menu.statsforvalter, 'menuStatsforvalter')
    .addItem(t.menu.consent, 'menuConsent')
    .addItem(t.menu.barnevern, 'menuBarnevern')
    .addSubMenu(absence)
    .addSubMenu(documents)
    .addSeparator()
    .addSubMenu(wheel)
    .addSeparator()
    .addItem(t.menu.formLink, 'menuShowFormLink')
    .addItem(t.menu.anonymisedReport, 'menuAnonymisedReport')
    .addItem(t.menu.settings, 'menuSettings')
    .addItem(t.menu.checkLog, 'menuCheckLog')
    .addItem(t.menu.archive, 'menuArchive')
    .addItem(t.menu.runDaily, 'menuRunDailyJobs')
    .addItem(t.menu.setUp, 'setUp')
    .addItem(t.menu.checkSetUp, 'menuCheckSetUp')
    .addItem(t.menu.takeOver, 'menuTakeOver')
    .addItem(t.menu.help, 'menuHelp')
    .addToUi();
}
