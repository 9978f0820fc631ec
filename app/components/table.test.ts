import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Table } from "./ui";

// The one table component: the markup axe checks on every page that has a table.
const render = (props: Parameters<typeof Table>[0]) =>
  renderToStaticMarkup(createElement(Table, props));

describe("Table", () => {
  const html = render({
    caption: "Businesses scoring low, by area",
    head: ["Area", "Businesses", "Data"],
    numeric: [1, 2],
    rows: [
      ["Coventry", 6, 2],
      ["Dudley", { span: 2, content: "Fewer than 5 businesses, so hidden" }],
    ],
  });

  test("sits in a focusable region named by its caption, so it scrolls in its own box", () => {
    const id =
      /<caption class="table__caption" id="([^"]+)">Businesses scoring low, by area<\/caption>/.exec(
        html,
      )?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(
      `<div class="table-wrapper" role="region" aria-labelledby="${id}" tabindex="0">`,
    );
  });

  test("column headers have scope col, the first cell of a row is its header, numbers are right-aligned", () => {
    expect(html).toContain(
      '<th scope="col">Area</th><th scope="col" class="numeric">Businesses</th><th scope="col" class="numeric">Data</th>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Coventry</th><td class="numeric">6</td><td class="numeric">2</td></tr>',
    );
  });

  test("a spanning cell covers its columns and is not right-aligned", () => {
    expect(html).toContain(
      '<tr><th scope="row">Dudley</th><td colSpan="2">Fewer than 5 businesses, so hidden</td></tr>',
    );
  });

  test("a stacked table labels each cell with its column, for one block per row on a phone", () => {
    const stacked = render({
      caption: "Peers",
      head: ["Group", "Other firms", createElement("span", null, "Middle")],
      numeric: [1],
      stacked: true,
      rows: [
        ["Same sector", 6, 50],
        ["Same area", { span: 2, content: "Not shown" }],
      ],
    });
    expect(stacked).toContain('<table class="table table--stacked">');
    expect(stacked).toContain('<td class="numeric" data-label="Other firms">6</td>');
    // A header that is not text gives no label unless `labels` names it.
    expect(stacked).toContain("<td>50</td>");
    expect(stacked).toContain('<td colSpan="2" data-label="Other firms">Not shown</td>');
    const named = render({
      caption: "Peers",
      head: ["Group", createElement("span", null, "Middle")],
      labels: ["Group", "Middle score"],
      stacked: true,
      rows: [["Same sector", 50]],
    });
    expect(named).toContain('<td data-label="Middle score">50</td>');
    expect(html).not.toContain("data-label");
  });
});
