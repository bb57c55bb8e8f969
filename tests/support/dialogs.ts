export { lastForm, pageJson, shownMessage, submitForm, viaDialog } from '../../tools/scenarios/dialogs';
