import { commonText } from '../i18n/common-text.ts';
import { useText, type Lang } from '../i18n/lang.ts';

/** Offers the other language, written in that language. */
export function LangSwitch({ onSwitch }: { onSwitch: (lang: Lang) => void }) {
  const text = useText(commonText);
  const target = text.switchToLang as Lang;
  return (
    <button type="button" class="lang-switch" lang={target} aria-label={text.switchLabel} onClick={() => onSwitch(target)}>
      {text.switchTo}
    </button>
  );
}
