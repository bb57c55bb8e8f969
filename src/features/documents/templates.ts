import nbPlan from '../../../templates/nb/aktivitetsplan.md';
import nbDocumentation from '../../../templates/nb/dokumentasjon.md';
import nbEvaluation from '../../../templates/nb/evaluering.md';
import nbTiltaksplan from '../../../templates/nb/evaluering-tiltaksplan.md';
import nbSkoleeier from '../../../templates/nb/melding-skoleeier.md';
import nbAgenda from '../../../templates/nb/sakliste-ressursteam.md';
import nbAgreement from '../../../templates/nb/samarbeidsavtale.md';
import nnPlan from '../../../templates/nn/aktivitetsplan.md';
import nnDocumentation from '../../../templates/nn/dokumentasjon.md';
import nnEvaluation from '../../../templates/nn/evaluering.md';
import nnTiltaksplan from '../../../templates/nn/evaluering-tiltaksplan.md';
import nnSkoleeier from '../../../templates/nn/melding-skoleeier.md';
import nnAgenda from '../../../templates/nn/sakliste-ressursteam.md';
import nnAgreement from '../../../templates/nn/samarbeidsavtale.md';
import type { DocumentKind, Lang } from '../../domain/documents/placeholders';
import { type DocModel, parseTemplate } from '../../domain/documents/templateFormat';

/** The repository's templates, bundled as text. setUp turns them into the school's editable Docs. */
const SOURCES: Readonly<Record<Lang, Readonly<Record<DocumentKind, string>>>> = {
  nb: {
    aktivitetsplan: nbPlan,
    evaluering: nbEvaluation,
    dokumentasjon: nbDocumentation,
    'melding-skoleeier': nbSkoleeier,
    'evaluering-tiltaksplan': nbTiltaksplan,
    samarbeidsavtale: nbAgreement,
    'sakliste-ressursteam': nbAgenda,
  },
  nn: {
    aktivitetsplan: nnPlan,
    evaluering: nnEvaluation,
    dokumentasjon: nnDocumentation,
    'melding-skoleeier': nnSkoleeier,
    'evaluering-tiltaksplan': nnTiltaksplan,
    samarbeidsavtale: nnAgreement,
    'sakliste-ressursteam': nnAgenda,
  },
};

export function templateModel(kind: DocumentKind, lang: Lang): DocModel {
  return parseTemplate(SOURCES[lang][kind]);
}
