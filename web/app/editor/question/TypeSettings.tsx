import type { Question } from '../../../../schema/survey.ts';
import { ChoiceLimits } from './ChoiceLimits.tsx';
import { DateSettings } from './DateSettings.tsx';
import { EntryList } from './EntryList.tsx';
import { NumberSettings } from './NumberSettings.tsx';
import { ScaleEditor } from './ScaleEditor.tsx';
import { TextSettings } from './TextSettings.tsx';

/** What depends on the type: options, scale, grid rows, bounds, length. */
export function TypeSettings({ question }: { question: Question }) {
  switch (question.type) {
    case 'single':
      return <EntryList question={question} list="options" />;
    case 'multiple':
    case 'ranking':
      return (
        <>
          <EntryList question={question} list="options" />
          <ChoiceLimits question={question} />
        </>
      );
    case 'scale':
      return <ScaleEditor question={question} />;
    case 'matrix':
      return (
        <>
          <EntryList question={question} list="items" />
          <ScaleEditor question={question} />
        </>
      );
    case 'number':
      return <NumberSettings question={question} />;
    case 'short_text':
    case 'long_text':
      return <TextSettings question={question} />;
    case 'date':
      return <DateSettings question={question} />;
  }
}
