import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { type ReactNode, useEffect, useRef } from "react";
import type { Role } from "~/auth/roles";
import { accountNavigationFor, navigationFor } from "./navigation";

export function Layout({
  user,
  flash,
  children,
}: {
  user: { name: string; role: Role } | null;
  flash: string | null;
  children: ReactNode;
}) {
  const links = navigationFor(user?.role ?? null);
  const accountLinks = accountNavigationFor(user?.role ?? null);
  const menu = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  // With JavaScript a link changes the page without a new document: close the
  // menu then, as a new page would.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.key]);
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <header className="header">
        <div className="width-container header__inner">
          <Link to="/" className="header__service">
            SkillsBridge
          </Link>
          <span className="header__tagline">West Midlands Digital Skills Partnership</span>
        </div>
        {/* On a phone the menu waits behind a "Menu" button, so the page's
            own content starts on the first screen. <details> gives that
            button without JavaScript, with its open or closed state told to
            screen readers and the keyboard working as people expect; a link
            to a menu at the foot of the page would move them away from
            where they are. On a desktop the stylesheet keeps it open and
            hides the button. */}
        <nav className="nav" aria-label="Main">
          <details className="width-container nav__menu" ref={menu}>
            <summary className="nav__toggle">Menu</summary>
            <div className="nav__lists">
              <ul className="nav__list">
                {links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.to === "/"} className="nav__link">
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
              <ul className="nav__list nav__list--account">
                {accountLinks.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} className="nav__link">
                      {link.label}
                    </NavLink>
                  </li>
                ))}
                {user ? (
                  <li>
                    <Form method="post" action="/sign-out" className="nav__form">
                      <button type="submit" className="nav__link nav__button">
                        Sign out
                      </button>
                    </Form>
                  </li>
                ) : null}
              </ul>
            </div>
          </details>
        </nav>
      </header>
      <div className="width-container">
        <main className="main" id="main-content" tabIndex={-1}>
          {flash ? (
            <div
              className="banner banner--success flash"
              role="status"
              aria-labelledby="flash-title"
            >
              <div className="banner__header">
                <h2 className="banner__title" id="flash-title">
                  Success
                </h2>
              </div>
              <div className="banner__content">
                <p className="banner__heading">{flash}</p>
              </div>
            </div>
          ) : null}
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <h2 className="visually-hidden">Support links</h2>
          <ul className="footer__list">
            <li>
              <Link to="/accessibility">Accessibility statement</Link>
            </li>
            <li>
              <Link to="/privacy">Privacy notice</Link>
            </li>
            <li>
              <Link to="/cookies">Cookies</Link>
            </li>
          </ul>
          <p className="footer__meta">
            SkillsBridge is run by the West Midlands Digital Skills Partnership.
          </p>
        </div>
      </footer>
    </>
  );
}
