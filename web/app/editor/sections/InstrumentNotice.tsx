import { useMemo } from 'preact/hooks';
import { cbi } from '../../../../schema/instruments/cbi.ts';
import { instrumentProblems, instrumentStatus, type Instrument } from '../../../../schema/instruments/instrument.ts';
import { who5 } from '../../../../schema/instruments/who5.ts';
import { useLang } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';

const INSTRUMENTS: readonly Instrument[] = [cbi, who5];

const TEXT = {
  fr: {
    intact: (name: string) => `${name} : questionnaire validé, scoré automatiquement.`,
    intactHelp:
      'Vous pouvez ajouter des questions autour, mais ne modifiez ni ses items, ni leurs libellés, ni leurs réponses : toute modification lui retire son statut validé et son score.',
    altered: (name: string) => `${name} modifié : il n’est plus présenté comme validé et n’est plus scoré.`,
    alteredHelp: (ids: string) =>
      `Questions différentes de l’original : ${ids}. Recréez le questionnaire depuis le modèle « Santé des professionnels » pour retrouver le score.`,
    translation: 'Traduction française : ',
  },
  en: {
    intact: (name: string) => `${name}: validated questionnaire, scored automatically.`,
    intactHelp:
      'You may add questions around it, but do not change its items, their wording or their answers: any change removes its validated status and its score.',
    altered: (name: string) => `${name} changed: it is no longer presented as validated and no longer scored.`,
    alteredHelp: (ids: string) =>
      `Questions that differ from the original: ${ids}. Start again from the « Santé des professionnels » template to get the score back.`,
    translation: 'French translation: ',
  },
};

/** Tells coordinators which validated instruments the survey carries, and when an edit has cost one its score. */
export function InstrumentNotice() {
  const { draft } = useEditor();
  const lang = useLang();
  const text = TEXT[lang];
  const found = useMemo(
    () =>
      INSTRUMENTS.flatMap((instrument) => {
        const status = instrumentStatus(draft, instrument);
        if (status === 'absent') return [];
        const questions = [...new Set(instrumentProblems(draft, instrument).map((p) => p.question))];
        return [{ instrument, status, questions }];
      }),
    [draft],
  );
  if (found.length === 0) return null;
  return (
    <section class="ed-notice ed-instruments" aria-label={lang === 'en' ? 'Validated questionnaires' : 'Questionnaires validés'}>
      {found.map(({ instrument, status, questions }) => (
        <div key={instrument.id} class={status === 'altered' ? 'ed-instrument-altered' : undefined} role={status === 'altered' ? 'alert' : undefined}>
          <p>
            <strong>{status === 'intact' ? text.intact(instrument.name[lang]) : text.altered(instrument.name[lang])}</strong>
          </p>
          <p>{status === 'intact' ? text.intactHelp : text.alteredHelp(questions.join(', '))}</p>
          {status === 'intact' && !instrument.validatedTranslation.fr && (
            <p>
              {text.translation}
              {instrument.translationNote[lang]}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
