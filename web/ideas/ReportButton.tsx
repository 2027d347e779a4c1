import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useText } from '../shared/i18n/lang.ts';
import { ideasText } from './text.ts';

/** « Signaler », asked again in place before it is sent; focus moves to the question, then to the outcome. */
export function ReportButton({ ideaText, onReport }: { ideaText: string; onReport: () => Promise<boolean> }) {
  const text = useText(ideasText);
  const [step, setStep] = useState<'idle' | 'asking' | 'done'>('idle');
  const question = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (step === 'asking') question.current?.focus();
  }, [step]);
  if (step === 'done')
    return (
      <p class="idea-reported" role="status">
        {text.reported}
      </p>
    );
  if (step === 'asking')
    return (
      <div class="idea-report-ask">
        <p ref={question} tabIndex={-1} class="idea-report-question">
          {text.reportConfirm}
        </p>
        <button type="button" class="button button-secondary" onClick={async () => (await onReport()) && setStep('done')}>
          {text.reportYes}
        </button>
        <button type="button" class="button button-secondary" onClick={() => setStep('idle')}>
          {text.reportNo}
        </button>
      </div>
    );
  return (
    <button type="button" class="link-button idea-report" onClick={() => setStep('asking')}>
      {text.report}
      <span class="sr-only">{text.reportFor(ideaText)}</span>
    </button>
  );
}
