import { Fragment } from 'preact';
import { telHref } from './tel.ts';

/** Numbers to call as `tel:` links, « 15 ou 112 »: one tap dials from a phone. */
export function PhoneLinks({ phones, or }: { phones: string[]; or: string }) {
  return (
    <>
      {phones.map((phone, index) => (
        <Fragment key={phone}>
          {index > 0 && ` ${or} `}
          <a class="feedback-phone" href={telHref(phone)}>
            {phone}
          </a>
        </Fragment>
      ))}
    </>
  );
}
