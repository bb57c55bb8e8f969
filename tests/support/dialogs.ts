export { lastForm, pageJson, submitForm, viaDialog } from '../../tools/scenarios/dialogs';
