import type { Instrument } from './instrument.ts';

/**
 * WHO-5 Well-Being Index: 5 items on how the last two weeks went, each answered 0 (« Jamais »)
 * to 5 (« Tout le temps »); the stored value is the item score. Scoring (worker/domain/scoring.ts):
 * raw sum 0–25, percentage = raw × 4.
 *
 * The French is the official version (WHO-5 site of the Capital Region of Denmark psychiatry).
 * The response labels below still have to be checked against the official PDF.
 */
export type Who5Response = 'time';

export const who5 = {
  id: 'who5',
  version: '1998',
  name: { fr: 'Indice de bien-être OMS-5 (WHO-5)', en: 'WHO-5 Well-Being Index' },
  source: {
    fr:
      'Bureau régional de l’OMS pour l’Europe (1998) ; Psychiatric Centre North Zealand, Danemark. ' +
      'Version française officielle : « WHO-5 questionnaires », site du WHO-5 de la psychiatrie de la Région capitale du Danemark (psykiatri-regionh.dk).',
    en:
      'WHO Regional Office for Europe (1998); Psychiatric Centre North Zealand, Denmark. ' +
      'Official French version: « WHO-5 questionnaires », WHO-5 site of the Capital Region of Denmark psychiatry (psykiatri-regionh.dk).',
  },
  licence: { fr: 'Domaine public ; la source doit être mentionnée.', en: 'Public domain; the source must be mentioned.' },
  citation: 'WHO-5 Well-Being Index. WHO Regional Office for Europe, 1998; Psychiatric Centre North Zealand, Denmark.',
  language: { source: 'en', available: ['fr', 'en'] },
  validatedTranslation: { fr: true },
  translationNote: {
    fr: 'Version française officielle. Libellés à vérifier contre le PDF officiel.',
    en: 'Official French version. Check the labels against the official PDF.',
  },
  stem: { fr: 'Au cours des deux dernières semaines', en: 'Over the last two weeks' },
  responseScales: {
    time: {
      points: [
        { value: 0, label: { fr: 'Jamais', en: 'At no time' } },
        { value: 1, label: { fr: 'De temps en temps', en: 'Some of the time' } },
        { value: 2, label: { fr: 'Moins de la moitié du temps', en: 'Less than half of the time' } },
        { value: 3, label: { fr: 'Plus de la moitié du temps', en: 'More than half of the time' } },
        { value: 4, label: { fr: 'La plupart du temps', en: 'Most of the time' } },
        { value: 5, label: { fr: 'Tout le temps', en: 'All of the time' } },
      ],
    },
  },
  scales: [
    {
      id: 'wellbeing',
      name: { fr: 'Bien-être', en: 'Well-being' },
      heading: { fr: 'Au cours des deux dernières semaines', en: 'Over the last two weeks' },
      items: [
        {
          id: 'i1',
          response: 'time',
          reversed: false,
          text: { fr: 'Je me suis senti(e) bien et de bonne humeur', en: 'I have felt cheerful and in good spirits' },
        },
        { id: 'i2', response: 'time', reversed: false, text: { fr: 'Je me suis senti(e) calme et tranquille', en: 'I have felt calm and relaxed' } },
        {
          id: 'i3',
          response: 'time',
          reversed: false,
          text: { fr: 'Je me suis senti(e) plein(e) d’énergie et vigoureux(se)', en: 'I have felt active and vigorous' },
        },
        {
          id: 'i4',
          response: 'time',
          reversed: false,
          text: { fr: 'Je me suis réveillé(e) en me sentant frais(che) et dispos(e)', en: 'I woke up feeling fresh and rested' },
        },
        {
          id: 'i5',
          response: 'time',
          reversed: false,
          text: { fr: 'Ma vie quotidienne a été remplie de choses intéressantes', en: 'My daily life has been filled with things that interest me' },
        },
      ],
    },
  ],
} as const satisfies Instrument<Who5Response>;
