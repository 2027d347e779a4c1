import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { editorText } from '../text.ts';

/** The survey's title and introduction, in both languages. */
export function DetailsSection() {
  const text = useText(editorText);
  const { draft, current, change } = useEditor();
  return (
    <section class="ed-section" aria-labelledby="ed-details-heading">
      <h2 id="ed-details-heading">{text.detailsHeading}</h2>
      <p class="ed-muted">{text.detailsIntro}</p>
      <BilingualField
        fieldKey="title"
        label={text.surveyTitle}
        value={draft.title}
        onChange={(title) => change({ ...current(), title: title ?? { fr: '' } })}
      />
      <BilingualField
        fieldKey="description"
        label={text.surveyDescription}
        value={draft.description}
        optional
        multiline
        onChange={(description) => {
          const { description: _old, ...rest } = current();
          change(description ? { ...rest, description } : rest);
        }}
      />
    </section>
  );
}
