import type { SurveyDraft } from '../survey.ts';

type Draft = SurveyDraft['pages'][number]['questions'][number];
type Label = { fr: string; en: string };
export type Option = { id: string; label: Label };

/**
 * A profile question: single choice, « je préfère ne pas répondre » offered; with `breakdown`, usable
 * as a report breakdown. The keys keep the order the templates have always been served in.
 */
export const profileQuestion = (id: string, label: Label, options: Option[], { required = false, breakdown = true } = {}): Draft => ({
  id,
  type: 'single',
  label,
  ...(required ? { required: true } : {}),
  preferNotToAnswer: true,
  ...(breakdown ? { breakdown: true } : {}),
  options,
});

/** The five-point agreement scale of Likert statements (matrices), worded once. */
export const agreementScale = {
  min: 1,
  max: 5,
  labels: [
    { value: 1, label: { fr: 'Pas du tout d’accord', en: 'Strongly disagree' } },
    { value: 2, label: { fr: 'Plutôt pas d’accord', en: 'Disagree' } },
    { value: 3, label: { fr: 'Ni d’accord ni pas d’accord', en: 'Neither agree nor disagree' } },
    { value: 4, label: { fr: 'Plutôt d’accord', en: 'Agree' } },
    { value: 5, label: { fr: 'Tout à fait d’accord', en: 'Strongly agree' } },
  ],
};

/** The professions of primary care, worded once: each template picks its list, in its order. */
export const professions = {
  gp: { id: 'gp', label: { fr: 'Médecin généraliste', en: 'General practitioner' } },
  doctor: { id: 'doctor', label: { fr: 'Médecin', en: 'Doctor' } },
  nurse: { id: 'nurse', label: { fr: 'Infirmier ou infirmière', en: 'Nurse' } },
  pharmacist: { id: 'pharmacist', label: { fr: 'Pharmacien ou pharmacienne', en: 'Pharmacist' } },
  physio: { id: 'physio', label: { fr: 'Masseur-kinésithérapeute', en: 'Physiotherapist' } },
  rehab: { id: 'rehab', label: { fr: 'Rééducation (kinésithérapie, orthophonie…)', en: 'Rehabilitation (physiotherapy, speech therapy…)' } },
  coordination: { id: 'admin', label: { fr: 'Secrétariat ou coordination', en: 'Administration or coordination' } },
  reception: { id: 'admin', label: { fr: 'Secrétariat, accueil ou coordination', en: 'Reception, administration or coordination' } },
  other: { id: 'other', label: { fr: 'Autre profession', en: 'Other profession' } },
} satisfies Record<string, Option>;

/** « Quelle est votre profession ? », the breakdown every template's results are read by. */
export const professionQuestion = (options: Option[], { required = false } = {}): Draft =>
  profileQuestion('profession', { fr: 'Quelle est votre profession ?', en: 'What is your profession?' }, options, { required });

/** « Quel est votre mode d’exercice ? »: self-employed, salaried or both. */
export const practiceModeQuestion = ({ breakdown = false } = {}): Draft =>
  profileQuestion(
    'practice_mode',
    { fr: 'Quel est votre mode d’exercice ?', en: 'How do you practise?' },
    [
      { id: 'liberal', label: { fr: 'Libéral', en: 'Self-employed' } },
      { id: 'salaried', label: { fr: 'Salarié', en: 'Salaried' } },
      { id: 'mixed', label: { fr: 'Mixte', en: 'Both' } },
    ],
    { breakdown },
  );
