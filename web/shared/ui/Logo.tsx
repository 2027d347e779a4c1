/** A pulse line: « prendre le pouls ». Decorative, the name stands beside it. */
export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" class="logo-bg" />
      <path d="M4 17h6l3-8 5 15 3-7h7" class="logo-line" />
    </svg>
  );
}
