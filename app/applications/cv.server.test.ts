import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { ukDay } from "~/time/uk-time";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { CV_MAX_BYTES, cvMessages, describeFileSize } from "./cv";
import {
  attachCv,
  cvForApplicant,
  cvForEmployer,
  cvResponse,
  cvTypeOf,
  readCvForm,
  removeCv,
} from "./cv.server";

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/files/${name}`));
let counter = 0;

async function draft(state: "draft" | "new" = "draft") {
  const org = await makeOrg("sme");
  const { id: vacancyId } = await makeApprenticeship(org.id, new Date());
  const email = `cv-${Date.now()}-${++counter}@unit.test`;
  const { id } = await prisma.application.create({
    data: { apprenticeshipId: vacancyId, email, state, name: "Sam Patel" },
    select: { id: true },
  });
  return { org, vacancyId, email, applicationId: id };
}

function multipart(fields: [string, string | File][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return new Request("http://localhost/apply/cv", { method: "POST", body: form });
}

describe("what counts as a CV", () => {
  test("PDF, DOCX and ODT are known by their content; a page of HTML named .pdf is not a PDF", async () => {
    expect((await cvTypeOf(fixture("cv.pdf")))?.extension).toBe("pdf");
    expect((await cvTypeOf(fixture("cv.docx")))?.extension).toBe("docx");
    expect((await cvTypeOf(fixture("cv.odt")))?.extension).toBe("odt");
    expect(await cvTypeOf(fixture("not-a-pdf.pdf"))).toBeNull();
    // A zip that is not a document is refused too.
    expect(await cvTypeOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBeNull();
  });
});

test("sizes read plainly: 2 MB, 1.5 MB, 12 KB", () => {
  expect(describeFileSize(CV_MAX_BYTES)).toBe("2 MB");
  expect(describeFileSize(1.5 * 1024 * 1024)).toBe("1.5 MB");
  expect(describeFileSize(12 * 1024)).toBe("12 KB");
  expect(describeFileSize(100)).toBe("1 KB");
});

describe("reading the upload form", () => {
  test("one file in 'cv' is read with the other fields; an empty file box is no file", async () => {
    const read = await readCvForm(
      multipart([
        ["intent", "upload"],
        ["cv", new File([fixture("cv.pdf")], "My CV.pdf", { type: "application/pdf" })],
      ]),
    );
    expect(read.ok && read.upload?.fileName).toBe("My CV.pdf");
    expect(read.ok && read.form.get("intent")).toBe("upload");
    const none = await readCvForm(
      multipart([
        ["intent", "continue"],
        ["cv", new File([], "", { type: "application/octet-stream" })],
      ]),
    );
    expect(none.ok && none.upload).toBeNull();
  });

  test("a file over 2 MB, or a second file, is a message for the page", async () => {
    const big = new File([new Uint8Array(CV_MAX_BYTES + 1)], "big.pdf");
    expect(await readCvForm(multipart([["cv", big]]))).toEqual({
      ok: false,
      message: cvMessages.tooBig,
    });
    const one = new File([fixture("cv.pdf")], "a.pdf");
    expect(
      await readCvForm(
        multipart([
          ["cv", one],
          ["cv", one],
        ]),
      ),
    ).toEqual({ ok: false, message: cvMessages.oneFile });
    expect(await readCvForm(multipart([["other", one]]))).toEqual({
      ok: false,
      message: cvMessages.oneFile,
    });
  });
});

describe("attaching a CV to a draft", () => {
  test("a real PDF is kept with the type its content shows, not the name's", async () => {
    const { vacancyId, applicationId } = await draft();
    const bytes = fixture("cv.docx");
    expect(
      await attachCv(applicationId, vacancyId, { fileName: "C:\\Users\\sam\\cv.pdf", bytes }),
    ).toEqual({ status: "done", value: undefined });
    const stored = await prisma.applicationFile.findUniqueOrThrow({
      where: { applicationId },
      select: { fileName: true, mediaType: true, size: true, content: true },
    });
    expect(stored.fileName).toBe("cv.pdf");
    expect(stored.mediaType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(stored.size).toBe(bytes.byteLength);
    expect(Buffer.from(stored.content).equals(Buffer.from(bytes))).toBe(true);
    // A second file replaces the first.
    await attachCv(applicationId, vacancyId, { fileName: "new.pdf", bytes: fixture("cv.pdf") });
    expect(await prisma.applicationFile.count({ where: { applicationId } })).toBe(1);
    expect((await removeCv(applicationId, vacancyId)).status).toBe("done");
    expect(await prisma.applicationFile.count({ where: { applicationId } })).toBe(0);
  });

  test("a file that claims to be a PDF but is not, or is empty, is refused and not kept", async () => {
    const { vacancyId, applicationId } = await draft();
    expect(
      await attachCv(applicationId, vacancyId, {
        fileName: "cv.pdf",
        bytes: fixture("not-a-pdf.pdf"),
      }),
    ).toEqual({ status: "refused", reason: cvMessages.wrongType, field: "cv" });
    expect(
      await attachCv(applicationId, vacancyId, { fileName: "cv.pdf", bytes: new Uint8Array() }),
    ).toMatchObject({ status: "refused", reason: cvMessages.empty });
    expect(await prisma.applicationFile.count({ where: { applicationId } })).toBe(0);
  });

  test("a sent application, or another vacancy's draft, takes no file", async () => {
    const sent = await draft("new");
    const upload = { fileName: "cv.pdf", bytes: fixture("cv.pdf") };
    expect((await attachCv(sent.applicationId, sent.vacancyId, upload)).status).toBe("not-found");
    const other = await draft();
    expect((await attachCv(other.applicationId, sent.vacancyId, upload)).status).toBe("not-found");
  });
});

describe("who can download it", () => {
  test("the vacancy's employer once sent, and the applicant; no other firm, no other address", async () => {
    const { org, vacancyId, email, applicationId } = await draft();
    await attachCv(applicationId, vacancyId, { fileName: "cv.pdf", bytes: fixture("cv.pdf") });
    // A draft is the applicant's alone.
    expect(await cvForEmployer(org.id, vacancyId, applicationId)).toBeNull();
    await prisma.application.update({ where: { id: applicationId }, data: { state: "new" } });
    expect(await cvForEmployer(org.id, vacancyId, applicationId)).not.toBeNull();
    const otherFirm = await makeOrg("sme");
    expect(await cvForEmployer(otherFirm.id, vacancyId, applicationId)).toBeNull();
    expect(await cvForApplicant(email, applicationId)).not.toBeNull();
    expect(await cvForApplicant("someone@unit.test", applicationId)).toBeNull();
  });

  test("the download is an attachment with the checked type, kept by no cache", async () => {
    const response = cvResponse({
      content: fixture("cv.pdf"),
      mediaType: "application/pdf",
      application: { name: "Sam O'Neil" },
    });
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="skillsbridge-cv-sam-o-neil-${ukDay(new Date())}.pdf"`,
    );
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(fixture("cv.pdf"));
  });

  test("deleting the application deletes its file", async () => {
    const { vacancyId, applicationId } = await draft();
    await attachCv(applicationId, vacancyId, { fileName: "cv.pdf", bytes: fixture("cv.pdf") });
    await prisma.application.delete({ where: { id: applicationId } });
    expect(await prisma.applicationFile.count({ where: { applicationId } })).toBe(0);
  });
});
