import type { MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";

export const meta: MetaFunction = () => [
  { title: "Accessibility statement - SkillsBridge" },
  {
    name: "description",
    content:
      "How easy SkillsBridge is to use for everyone, what we still need to fix, and how to tell us about a problem.",
  },
];

export default function Accessibility() {
  return (
    <>
      <PageHeading>Accessibility statement</PageHeading>
      <p className="body">
        We want as many people as possible to be able to use SkillsBridge. You should be able to:
      </p>
      <ul className="list">
        <li>make the text bigger, up to 400%, without it spilling off the screen</li>
        <li>use the whole site with a keyboard, or with speech recognition</li>
        <li>use the site with a screen reader</li>
        <li>use the site without JavaScript, on an old phone or a slow connection</li>
      </ul>
      <p className="body">
        We write in plain English, and every chart has a table with the same numbers.
      </p>
      <h2 className="heading-m">How accessible this website is</h2>
      <p className="body">
        We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. We test
        every page with automated checks and by hand. We do not know of any part that fails this
        standard. If you find one, please tell us.
      </p>
      <h2 className="heading-m">Tell us about a problem</h2>
      <p className="body">
        Email <a href="mailto:access@skillsbridge.test">access@skillsbridge.test</a>. We will reply
        within 5 working days.
      </p>
      <h2 className="heading-m">If you are not happy with our reply</h2>
      <p className="body">
        If we do not put a problem right, you can tell the Equality and Human Rights Commission
        (EHRC). It makes sure websites keep to the law for disabled people. You can also contact the
        Equality Advisory and Support Service (EASS).
      </p>
      <p className="body">This statement was last reviewed on 22 November 2026.</p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
