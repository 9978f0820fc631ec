import { startSmtpCapture } from "./smtp-capture";

export default async function globalSetup() {
  const server = await startSmtpCapture(
    Number(process.env.E2E_SMTP_PORT),
    process.env.E2E_MAIL_DIR!,
  );
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
