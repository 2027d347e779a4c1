import { useState } from 'preact/hooks';
import type { Lang } from '../../../../schema/lang.ts';
import type { SurveyInput } from '../../../../schema/survey.ts';
import { LangContext, useLang, useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';
import { PreviewForm } from './PreviewForm.tsx';
import '../../../respond/respond.css';

type Props = {
  survey: SurveyInput;
  page: number;
  onPage: (page: number) => void;
  /** On phones the preview replaces the editor: a way back. */
  onBack?: () => void;
};

/** The live preview, in the language chosen here (the editor's by default); « Recommencer » clears the test answers. */
export function PreviewPane({ survey, page, onPage, onBack }: Props) {
  const text = useText(editorText);
  const [lang, setLang] = useState<Lang>(useLang());
  const [run, setRun] = useState(0);
  return (
    <section id="ed-preview" class="ed-preview" aria-labelledby="ed-preview-heading">
      <div class="ed-preview-head">
        <h2 id="ed-preview-heading">{text.previewHeading}</h2>
        <fieldset class="ed-segmented">
          <legend class="sr-only">{text.previewLang}</legend>
          {(['fr', 'en'] as const).map((option) => (
            <label key={option} class="ed-segment">
              <input type="radio" name="ed-preview-lang" value={option} checked={lang === option} onChange={() => setLang(option)} />
              <span lang={option}>{option === 'fr' ? 'Français' : 'English'}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          class="ed-button"
          onClick={() => {
            setRun((n) => n + 1);
            onPage(0);
          }}
        >
          {text.previewRestart}
        </button>
        {onBack && (
          <button type="button" class="ed-button ed-preview-back" onClick={onBack}>
            {text.previewBackPhone}
          </button>
        )}
      </div>
      <p class="ed-muted">{text.previewIntro}</p>
      <div class="ed-preview-frame" lang={lang}>
        <LangContext.Provider value={lang}>
          <PreviewForm key={run} survey={survey} page={page} onPage={onPage} />
        </LangContext.Provider>
      </div>
    </section>
  );
}
