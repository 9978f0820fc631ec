// What an applicant's CV may be: the page says it, the server checks it.
// Client-safe (no file-type, no database).

/** The form field the file comes in. */
export const CV_FIELD = "cv";

/** 2 MB: a CV of a few pages with a photo fits; a scanned book does not. */
export const CV_MAX_BYTES = 2 * 1024 * 1024;

/** The types taken, as read from a file's content (never its name or the browser's word). */
export const cvTypes = [
  { mediaType: "application/pdf", extension: "pdf", name: "PDF" },
  {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    name: "Word (DOCX)",
  },
  { mediaType: "application/vnd.oasis.opendocument.text", extension: "odt", name: "ODT" },
] as const;

export type CvType = (typeof cvTypes)[number];

export const cvMessages = {
  tooBig: "The file must be 2 MB or smaller. Try saving it as a PDF, or without photos.",
  wrongType:
    "The file must be a PDF, a Word document (DOCX) or an ODT. Save your CV as one of those and try again.",
  empty: "The file is empty. Choose your CV again.",
  oneFile: "Choose one file only.",
  noneChosen: "Choose a file to add, or press Continue to go on without one.",
} as const;

/** "1.2 MB", "640 KB": for the page that shows the file. */
export function describeFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What the page shows of the applicant's own file name: its last part, plain, not too long. */
export function cleanFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? "";
  // Control characters and the marks Windows forbids in names (codes below 32 are controls).
  const plain = [...last]
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && !'<>:"|?*'.includes(c))
    .join("")
    .trim();
  return (plain || "cv").slice(0, 120);
}
