import { useState } from 'preact/hooks';
import type { BoxTemplate } from '../../../schema/ideas.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { navigate } from '../frame/router.tsx';
import { useLoad } from '../survey/load.ts';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { fromTemplate } from './box-form.ts';
import { boxPaths } from './box-routes.ts';
import { BoxEditor } from './BoxEditor.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { RadioRow } from './RadioRow.tsx';
import { boxText } from './text.ts';

/** `/app/o/:orgId/boxes/new`: a template (a health centre's box, a CPTS members' box) or an empty box, then its settings. */
export function NewBoxPage({ orgId }: { orgId: string }) {
  const text = useText(boxText);
  const lang = useLang();
  const api = useBoxesApi(orgId);
  const [templates, reload] = useLoad(() => api.templates(), [orgId, lang]);
  const [chosen, setChosen] = useState<BoxTemplate | null>(null);
  return (
    <CoordinatorFrame title={text.newTitle} orgId={orgId} back={{ href: boxPaths.list(orgId), label: text.backToBoxes }}>
      {templates.kind === 'loading' ? (
        <Loading />
      ) : templates.kind !== 'ok' ? (
        <LoadError inPage onRetry={() => void reload()} />
      ) : (
        <>
          <fieldset class="fieldset card">
            <legend>{text.templateLegend}</legend>
            <RadioRow
              id="template-none"
              name="template"
              checked={chosen === null}
              title={text.templateNone}
              help={text.templateNoneHelp}
              onChange={() => setChosen(null)}
            />
            {templates.data.templates.map((t) => (
              <RadioRow
                key={t.templateId}
                id={`template-${t.templateId}`}
                name="template"
                checked={chosen?.templateId === t.templateId}
                title={surveyText(t.title, lang)}
                help={surveyText(t.description, lang)}
                onChange={() => setChosen(t)}
              />
            ))}
          </fieldset>
          <BoxEditor
            key={chosen?.templateId ?? 'none'}
            initial={fromTemplate(chosen)}
            withStatus={false}
            submitLabel={text.create}
            busyLabel={text.creating}
            onSubmit={async (input) => {
              const outcome = await api.create(input);
              if (!outcome.ok) return outcome.errors;
              navigate(boxPaths.queue(orgId, outcome.data.id));
              return [];
            }}
          />
        </>
      )}
    </CoordinatorFrame>
  );
}
