import { useId } from "react";
import type { PresentedTable } from "./table";

/**
 * An insight table. Wide tables scroll sideways inside their own box (the page
 * itself never does), so the box is a labelled, focusable region that keyboard
 * users can scroll too.
 */
export function InsightDataTable({ caption, table }: { caption: string; table: PresentedTable }) {
  const id = useId();
  return (
    <div className="table-wrapper" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table">
        <caption className="table__caption" id={`${id}-caption`}>
          {caption}
        </caption>
        <thead>
          <tr>
            {table.head.map((cell, i) => (
              <th scope="col" key={i} className={table.numeric.includes(i) ? "numeric" : undefined}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.texts.map((text, i) => (
                <td key={i} className="numeric">
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
