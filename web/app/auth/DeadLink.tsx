import { useText } from '../../shared/i18n/lang.ts';
import { Link } from '../frame/router.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { authText } from './text.ts';

/** A one-time link already used or expired (setup, password reset): what happened, and the way to sign in. */
export function DeadLink({ title, help }: { title: string; help: string }) {
  const text = useText(authText);
  return (
    <AuthLayout title={title}>
      <p>{help}</p>
      <p class="actions">
        <Link class="button" href="/login">
          {text.goToLogin}
        </Link>
      </p>
    </AuthLayout>
  );
}
