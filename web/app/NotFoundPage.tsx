import type { Dict } from '../shared/i18n/lang.ts';
import { useText } from '../shared/i18n/lang.ts';
import { CoordinatorFrame } from './frame/CoordinatorFrame.tsx';
import { Link } from './frame/router.tsx';

const text: Dict<{ title: string; body: string; back: string }> = {
  fr: { title: 'Page introuvable', body: 'Cette adresse ne correspond à aucune page de l’espace coordination.', back: 'Retour au tableau de bord' },
  en: { title: 'Page not found', body: 'This address does not match any page of the coordination space.', back: 'Back to the dashboard' },
};

export function NotFoundPage() {
  const t = useText(text);
  return (
    <CoordinatorFrame title={t.title}>
      <p>{t.body}</p>
      <p>
        <Link href="/app">{t.back}</Link>
      </p>
    </CoordinatorFrame>
  );
}
