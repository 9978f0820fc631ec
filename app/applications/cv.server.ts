// An applicant's CV: checked by its content with file-type, kept in the
// database beside its application (docs/decisions/031), so it is never in a
// public folder or at a guessable address and it goes when the application goes
// (deleted by the applicant, or by retention). Only the vacancy's employer and
// the applicant can download it.
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { fileTypeFromBuffer } from "file-type";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { downloadFileName } from "~/insights/csv";
import { ukDay } from "~/time/uk-time";
import { CV_FIELD, CV_MAX_BYTES, cleanFileName, cvMessages, cvTypes, type CvType } from "./cv";

/** The type of a CV from its first bytes, or null when it is not one we take. */
export async function cvTypeOf(bytes: Uint8Array): Promise<CvType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return cvTypes.find((t) => t.mediaType === found?.mime) ?? null;
}

export type CvUpload = { fileName: string; bytes: Uint8Array<ArrayBuffer> };

class TooManyFilesError extends Error {}

/**
 * Read a multipart form with at most one file, in field `cv`, of at most 2 MB;
 * other fields are short text. Too big or too many files is a message for the
 * page, never a 500. Without a chosen file, `upload` is null.
 */
export async function readCvForm(
  request: Request,
): Promise<
  | { ok: true; form: FormData; upload: CvUpload | null }
  | { ok: false; message: string; unreadable?: boolean }
> {
  const files = unstable_createMemoryUploadHandler({ maxPartSize: CV_MAX_BYTES });
  const text = unstable_createMemoryUploadHandler({ maxPartSize: 2_000 });
  let fileParts = 0;
  const handler: UploadHandler = async (part) => {
    if (typeof part.filename !== "string") return text(part);
    if (part.name !== CV_FIELD || ++fileParts > 1) throw new TooManyFilesError();
    return files(part);
  };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError)
      return { ok: false, message: error.field === CV_FIELD ? cvMessages.tooBig : "" };
    if (error instanceof TooManyFilesError) return { ok: false, message: cvMessages.oneFile };
    return { ok: false, message: "", unreadable: true };
  }
  const file = form.get(CV_FIELD);
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
    return { ok: true, form, upload: null };
  }
  return {
    ok: true,
    form,
    upload: { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
  };
}

/** Attach (or replace) the draft's CV, once its content shows it is a PDF, DOCX or ODT. */
export async function attachCv(
  draftId: string,
  vacancyId: string,
  upload: CvUpload,
): Promise<CommandResult> {
  if (upload.bytes.byteLength === 0) return refused(cvMessages.empty, CV_FIELD);
  if (upload.bytes.byteLength > CV_MAX_BYTES) return refused(cvMessages.tooBig, CV_FIELD);
  const type = await cvTypeOf(upload.bytes);
  if (!type) return refused(cvMessages.wrongType, CV_FIELD);
  const draft = await prisma.application.findFirst({
    where: { id: draftId, apprenticeshipId: vacancyId, state: "draft" },
    select: { id: true },
  });
  if (!draft) return notFound();
  const file = {
    fileName: cleanFileName(upload.fileName),
    mediaType: type.mediaType,
    size: upload.bytes.byteLength,
    content: upload.bytes,
  };
  await prisma.applicationFile.upsert({
    where: { applicationId: draft.id },
    create: { applicationId: draft.id, ...file },
    update: file,
  });
  return done();
}

export async function removeCv(draftId: string, vacancyId: string): Promise<CommandResult> {
  const draft = await prisma.application.findFirst({
    where: { id: draftId, apprenticeshipId: vacancyId, state: "draft" },
    select: { id: true },
  });
  if (!draft) return notFound();
  await prisma.applicationFile.deleteMany({ where: { applicationId: draft.id } });
  return done();
}

/** What a page says about a CV: no bytes. */
export const cvSummarySelect = { fileName: true, size: true, mediaType: true } as const;

export function cvSummaryOf(applicationId: string) {
  return prisma.applicationFile.findUnique({
    where: { applicationId },
    select: cvSummarySelect,
  });
}

const downloadSelect = { content: true, mediaType: true } as const;

/** A sent application's CV, for a member of the vacancy's employer (ownership in the `where`). */
export function cvForEmployer(organisationId: string, vacancyId: string, applicationId: string) {
  return prisma.applicationFile.findFirst({
    where: {
      application: {
        id: applicationId,
        apprenticeshipId: vacancyId,
        state: { not: "draft" },
        apprenticeship: { organisationId },
      },
    },
    select: { ...downloadSelect, application: { select: { name: true } } },
  });
}

/** The applicant's own CV, by the confirmed address their session holds. */
export function cvForApplicant(email: string, applicationId: string) {
  return prisma.applicationFile.findFirst({
    where: { application: { id: applicationId, email } },
    select: { ...downloadSelect, application: { select: { name: true } } },
  });
}

/**
 * The download: always an attachment (a browser never opens it in the site's
 * origin), its type from the content check, never cached by others. server.js
 * adds nosniff to every response.
 */
export function cvResponse(file: {
  content: Uint8Array;
  mediaType: string;
  application: { name: string | null };
}): Response {
  const extension = cvTypes.find((t) => t.mediaType === file.mediaType)?.extension ?? "bin";
  const name = downloadFileName(
    "cv",
    [file.application.name ?? "applicant"],
    ukDay(new Date()),
    extension,
  );
  return new Response(new Blob([new Uint8Array(file.content)], { type: file.mediaType }), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="${name}"`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
